#include "web/JupyterWorkspace.h"

#include "aws/AwsConnection.h"
#include "aws/services/SageMakerClient.h"
#include "console/ConsoleSession.h"
#include "core/Redaction.h"
#include "instances/AccountBar.h"
#include "instances/ConsoleView.h"
#include "web/WebEngineLoader.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>

namespace SageDesk::Ui::Web {

Q_LOGGING_CATEGORY(lcWorkspace, "sagedesk.web.tabs")

namespace {

constexpr int kIdleMs = 1500;

QString zoomKey(const QString& account, const QString& name)
{
    return QStringLiteral("web/zoom/%1/%2").arg(account, name);
}

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        return true;
    default:
        return false;
    }
}

} // namespace

struct JupyterWorkspace::Tab
{
    QString name;
    bool lab = false;
    QString account;
    bool child = false;   // a window the page opened: never the tab "Open Jupyter" focuses
    bool stopped = false; // showing the stand-in page until the instance is InService again
    bool deleted = false;
    bool closing = false;
    JupyterView* view = nullptr;
    QPointer<QWidget> widget;
    QPointer<QMainWindow> detached;
    QString pageTitle;
};

JupyterWorkspace::JupyterWorkspace(QTabWidget* tabs, ConsoleView* console, QObject* parent)
    : QObject(parent)
    , m_tabWidget(tabs)
    , m_console(console)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleMs);
    connect(&m_idle, &QTimer::timeout, this, &JupyterWorkspace::warmUp);
    connect(m_tabWidget, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (Tab* tab = tabOf(m_tabWidget->widget(index))) {
            m_closingAll = nullptr; // a person closing one tab is no longer quitting
            tab->closing = true;
            tab->view->requestClose();
        }
    });
}

JupyterWorkspace::~JupyterWorkspace()
{
    for (const std::unique_ptr<Tab>& tab : m_tabs) {
        delete tab->detached.data();
    }
}

void JupyterWorkspace::start(const ConsoleOptions& options)
{
    m_options = options;
    if (options.jupyterInTabs) {
        m_console->setJupyterOpener([this](const QString& name, bool lab) { open(name, lab); });
    }
    if (ConsoleSession* session = m_console->session()) {
        connect(session, &ConsoleSession::statusChanged, this, &JupyterWorkspace::followStatuses);
        connect(session, &ConsoleSession::listApplied, this, &JupyterWorkspace::followStatuses);
    }
    if (options.warmUpWebEngine && options.jupyterInTabs) {
        qApp->installEventFilter(this);
        m_idle.start();
    }
}

bool JupyterWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (isInput(event->type()) && m_idle.isActive()) {
        m_idle.start(); // someone is using the window: not idle yet
    }
    if (event->type() == QEvent::Close) {
        for (const std::unique_ptr<Tab>& tab : m_tabs) {
            if (tab->detached == watched) {
                // Closing a detached window closes its tab, after the page's beforeunload.
                event->ignore();
                tab->closing = true;
                tab->view->requestClose();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

QString JupyterWorkspace::currentAccount() const
{
    const ConsoleScope scope = m_console->accountBar()->scope();
    if (scope.isLocal()) {
        return QStringLiteral("local"); // local mode is an account of its own
    }
    // arn:aws:sts::<account>:assumed-role/...: profiles of one account share its profile.
    const QStringList arn =
        m_console->session() ? m_console->session()->identity().split(QLatin1Char(':')) : QStringList();
    if (arn.size() > 4 && !arn.at(4).isEmpty()) {
        return QStringLiteral("aws-") + arn.at(4);
    }
    return QStringLiteral("profile-") + scope.profileName();
}

QString JupyterWorkspace::storageDir(const QString& account) const
{
    const QString base =
        m_options.webDataDir.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/web")
            : m_options.webDataDir;
    const QString folder = QString::fromLatin1(
        QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return QDir(base).filePath(folder);
}

void JupyterWorkspace::warmUp()
{
    qApp->removeEventFilter(this);
    if (m_warm) {
        return;
    }
    if (WebEngineModule* module = WebEngineLoader::module()) {
        m_warm = true;
        const QString account = currentAccount();
        module->warmUp(account, storageDir(account));
    }
}

JupyterWorkspace::Tab* JupyterWorkspace::find(const QString& name, bool lab) const
{
    const QString account = currentAccount();
    for (const std::unique_ptr<Tab>& tab : m_tabs) {
        if (!tab->child && tab->name == name && tab->lab == lab && tab->account == account) {
            return tab.get();
        }
    }
    return nullptr;
}

JupyterWorkspace::Tab* JupyterWorkspace::tabOf(const QWidget* widget) const
{
    for (const std::unique_ptr<Tab>& tab : m_tabs) {
        if (widget && tab->widget == widget) {
            return tab.get();
        }
    }
    return nullptr;
}

QWidget* JupyterWorkspace::viewOf(const QString& name, bool lab) const
{
    const Tab* tab = find(name, lab);
    return tab ? tab->widget.data() : nullptr;
}

void JupyterWorkspace::open(const QString& name, bool lab)
{
    if (Tab* existing = find(name, lab)) {
        focus(*existing);
        return;
    }
    WebEngineModule* module = WebEngineLoader::module();
    if (!module) {
        emit statusMessage(tr("Jupyter opens in the web browser: %1").arg(WebEngineLoader::error()));
        m_console->session()->openJupyter(name, lab);
        return;
    }
    m_idle.stop();
    qApp->removeEventFilter(this);
    const QString account = currentAccount();
    if (m_options.chooseDownloadPath) {
        module->setSavePathChooser(m_options.chooseDownloadPath);
    }
    JupyterView* view = module->createView(account, storageDir(account), nullptr);
    Tab& tab = addTab(view, name, lab, account, false);
    presign(tab, false);
}

JupyterWorkspace::Tab& JupyterWorkspace::addTab(JupyterView* view, const QString& name, bool lab,
                                                const QString& account, bool child)
{
    auto tab = std::make_unique<Tab>();
    tab->name = name;
    tab->lab = lab;
    tab->account = account;
    tab->child = child;
    tab->view = view;
    tab->widget = view->widget();
    tab->widget->setObjectName(QStringLiteral("jupyterTab"));
    view->setZoom(QSettings().value(zoomKey(account, name), 1.0).toDouble());
    Tab& added = *tab;
    m_tabs.push_back(std::move(tab));
    setHooks(added);
    const int index = m_tabWidget->addTab(added.widget, QString());
    updateTitle(added);
    m_tabWidget->setCurrentIndex(index);
    return added;
}

void JupyterWorkspace::setHooks(Tab& tab)
{
    Tab* t = &tab;
    JupyterViewHooks hooks;
    hooks.signInAgain = [this, t] { presign(*t, false); };
    hooks.navigationBlocked = [this, t](const QUrl& url) { confirmOutside(*t, url); };
    hooks.titleChanged = [this, t](const QString& title) {
        t->pageTitle = title;
        updateTitle(*t);
    };
    hooks.zoomChanged = [t](double factor) { QSettings().setValue(zoomKey(t->account, t->name), factor); };
    hooks.startRequested = [this, t] {
        if (t->account == currentAccount() && m_console->session()) {
            m_console->session()->startInstances({t->name});
        }
    };
    hooks.closeAccepted = [this, t] { remove(t); };
    // Staying on a page cancels closing its tab, and quitting: a later close must not finish either.
    hooks.closeCancelled = [this, t] {
        t->closing = false;
        m_closingAll = nullptr;
    };
    hooks.openInBrowserRequested = [this, t] { presign(*t, true); };
    hooks.detachRequested = [this, t] { toggleDetached(*t); };
    hooks.childOpened = [this, t](JupyterView* child) {
        Tab& added = addTab(child, t->name, t->lab, t->account, true);
        if (t->detached) {
            toggleDetached(added);
        }
    };
    tab.view->setHooks(std::move(hooks));
}

void JupyterWorkspace::updateTitle(Tab& tab)
{
    const QString view = tab.lab ? tr("JupyterLab") : tr("Jupyter");
    // Never the URL: the page's title at most (Jupyter's titles name the notebook).
    const QString title = tab.child && !tab.pageTitle.isEmpty()
                              ? tr("%1 \u2014 %2").arg(tab.name, tab.pageTitle)
                              : tr("%1 \u2014 %2").arg(tab.name, view);
    if (tab.detached) {
        tab.detached->setWindowTitle(tr("%1 \u2014 SageDesk").arg(title));
        return;
    }
    const int index = m_tabWidget->indexOf(tab.widget);
    if (index >= 0) {
        m_tabWidget->setTabText(index, title);
        m_tabWidget->setTabToolTip(index, tab.pageTitle);
    }
}

void JupyterWorkspace::presign(Tab& tab, bool forBrowser)
{
    ConsoleSession* session = m_console->session();
    Aws::AwsConnection* connection = session ? session->connection() : nullptr;
    if (!connection || tab.account != currentAccount()) {
        tab.view->showMessage(
            tr("Signing in to %1 needs the account it was opened in. Switch back to that account and "
               "choose Reconnect.")
                .arg(tab.name));
        return;
    }
    QPointer<QWidget> alive = tab.widget;
    Tab* t = &tab;
    qCDebug(lcWorkspace) << "presigning" << tab.name;
    Aws::SageMakerClient(connection->context())
        .createPresignedNotebookInstanceUrl(tab.name)
        .then(this, [this, alive, t, forBrowser](const Aws::AwsResult<QString>& result) {
            if (!alive) {
                return; // the tab closed meanwhile
            }
            if (!result.ok()) {
                t->view->showMessage(tr("Signing in to %1 failed: %2")
                                         .arg(t->name, Redaction::redact(result.error().toDisplayString())));
                return;
            }
            qCDebug(lcWorkspace) << "presigned" << t->name;
            const QUrl url(t->lab ? Aws::SageMakerClient::jupyterLabUrl(result.value()) : result.value());
            if (forBrowser) {
                openOutside(url);
            } else {
                t->view->signIn(url, t->lab);
            }
        });
}

void JupyterWorkspace::focus(Tab& tab)
{
    if (tab.detached) {
        tab.detached->raise();
        tab.detached->activateWindow();
        return;
    }
    m_tabWidget->setCurrentWidget(tab.widget);
}

void JupyterWorkspace::toggleDetached(Tab& tab)
{
    if (tab.detached) {
        QMainWindow* window = tab.detached;
        tab.detached = nullptr;
        window->takeCentralWidget();
        window->removeEventFilter(this);
        window->deleteLater();
        m_tabWidget->addTab(tab.widget, QString());
        tab.view->setDetached(false);
        updateTitle(tab);
        m_tabWidget->setCurrentWidget(tab.widget);
        m_tabWidget->window()->raise();
        return;
    }
    const int index = m_tabWidget->indexOf(tab.widget);
    if (index >= 0) {
        m_tabWidget->removeTab(index);
    }
    auto* window = new QMainWindow;
    window->setObjectName(QStringLiteral("detachedJupyterWindow"));
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->setCentralWidget(tab.widget);
    window->resize(m_tabWidget->size());
    window->installEventFilter(this);
    tab.detached = window;
    tab.view->setDetached(true);
    updateTitle(tab);
    tab.widget->show();
    window->show();
}

void JupyterWorkspace::remove(Tab* tab)
{
    const auto it =
        std::find_if(m_tabs.begin(), m_tabs.end(), [tab](const auto& entry) { return entry.get() == tab; });
    if (it == m_tabs.end()) {
        return;
    }
    std::unique_ptr<Tab> removed = std::move(*it);
    m_tabs.erase(it);
    const int index = m_tabWidget->indexOf(removed->widget);
    if (index >= 0) {
        m_tabWidget->removeTab(index);
    }
    if (removed->detached) {
        removed->detached->removeEventFilter(this);
        removed->detached->deleteLater();
    }
    if (removed->widget) {
        removed->widget->hide();
        removed->widget->deleteLater();
    }
    if (m_tabs.empty() && m_closingAll) {
        const auto done = std::move(m_closingAll);
        m_closingAll = nullptr;
        done();
    }
}

void JupyterWorkspace::closeAll(std::function<void()> done)
{
    if (m_tabs.empty()) {
        done();
        return;
    }
    m_closingAll = std::move(done);
    std::vector<Tab*> open;
    for (const std::unique_ptr<Tab>& tab : m_tabs) {
        open.push_back(tab.get());
    }
    for (Tab* tab : open) {
        tab->closing = true;
        tab->view->requestClose();
    }
}

void JupyterWorkspace::confirmOutside(Tab& tab, const QUrl& url)
{
    const QString shown = url.adjusted(QUrl::RemoveUserInfo).toDisplayString();
    emit statusMessage(
        tr("%1 stayed on the notebook instance; it wanted to open %2").arg(tab.name, url.host()));
    QMessageBox box(
        QMessageBox::Question, tr("Open outside SageDesk?"),
        tr("The notebook wants to open a page that is not part of the notebook instance:\n%1").arg(shown),
        QMessageBox::NoButton, tab.widget->window());
    box.setObjectName(QStringLiteral("openOutsideConfirmation"));
    box.setInformativeText(
        tr("SageDesk keeps notebook tabs on their instance. Open it in your web browser?"));
    QPushButton* openButton = box.addButton(tr("Open in browser"), QMessageBox::AcceptRole);
    openButton->setObjectName(QStringLiteral("openOutsideButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == openButton) {
        openOutside(url);
    }
}

void JupyterWorkspace::openOutside(const QUrl& url)
{
    if (m_options.openUrl) {
        m_options.openUrl(url);
    } else {
        QDesktopServices::openUrl(url);
    }
}

void JupyterWorkspace::followStatuses()
{
    ConsoleSession* session = m_console->session();
    if (!session || session->connectionState() != ConsoleSession::ConnectionState::Online) {
        return;
    }
    const QString account = currentAccount();
    for (const std::unique_ptr<Tab>& tab : m_tabs) {
        if (tab->account != account || tab->closing) {
            continue;
        }
        const NotebookInstance* instance = session->instance(tab->name);
        const auto status = instance ? std::optional(instance->notebookInstanceStatus) : std::nullopt;
        const bool deleted = !status || *status == NotebookInstanceStatus::Deleting;
        if (status == NotebookInstanceStatus::InService) {
            if (tab->stopped) {
                tab->stopped = false;
                tab->deleted = false;
                presign(*tab, false);
            }
        } else if (deleted ? !tab->deleted : !tab->stopped && status != NotebookInstanceStatus::Updating) {
            // Stopping, Stopped, Failed, Pending, deleted: the server is gone or not there yet.
            tab->stopped = true;
            tab->deleted = deleted;
            tab->view->showStopped(tab->name, deleted);
        }
    }
}

void JupyterWorkspace::clearBrowsingData()
{
    const QString base = QFileInfo(storageDir(QStringLiteral("local"))).absolutePath();
    QStringList dirs;
    for (const QFileInfo& entry : QDir(base).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        dirs << entry.absoluteFilePath();
    }
    // Without the module loaded no profile is open: the folders are all there is.
    if (WebEngineLoader::isLoaded()) {
        WebEngineLoader::module()->clearBrowsingData(dirs);
    } else {
        for (const QString& dir : dirs) {
            QDir(dir).removeRecursively();
        }
    }
    emit statusMessage(tr("Browsing data cleared: cookies, cache and storage of every account."));
}

} // namespace SageDesk::Ui::Web
