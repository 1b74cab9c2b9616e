#include "web/engine/JupyterWebView.h"

#include "web/engine/JupyterPage.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineDownloadRequest>
#include <QWebEngineFindTextResult>
#include <QWebEngineHistory>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <algorithm>
#include <array>

namespace SageDesk::Ui::Web {

Q_DECLARE_LOGGING_CATEGORY(lcWeb)

namespace {

// Chromium's zoom steps.
constexpr std::array kZoomSteps{0.25, 0.33, 0.5,  0.67, 0.75, 0.8, 0.9, 1.0, 1.1,
                                1.25, 1.5,  1.75, 2.0,  2.5,  3.0, 4.0, 5.0};

// Jupyter's own sign-in form: the server no longer knows the session's cookie.
bool isLoginPage(const QUrl& url)
{
    return url.path().endsWith(QLatin1String("/login"));
}

QString centeredStyle()
{
    return QStringLiteral("QLabel { font-size: 15px; }");
}

} // namespace

JupyterWebView::JupyterWebView(QWebEngineProfile* profile, QWidget* parent)
    : QWidget(parent)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("jupyterView"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_page = new JupyterPage(profile, this);
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("jupyterWebView"));
    m_view->setPage(m_page);
    createToolBar();
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("jupyterNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; padding: 4px 8px; }"));
    m_notice->hide();
    m_layout->addWidget(m_notice);
    createFindBar();
    m_downloads = new QWidget(this);
    m_downloads->setObjectName(QStringLiteral("jupyterDownloads"));
    new QVBoxLayout(m_downloads);
    m_downloads->layout()->setContentsMargins(6, 2, 6, 2);
    m_downloads->hide();
    m_layout->addWidget(m_downloads);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    createStandInPages();
    m_layout->addWidget(m_stack, 1);

    connect(m_page, &QWebEnginePage::loadingChanged, this, &JupyterWebView::onLoadingChanged);
    connect(m_page, &QWebEnginePage::loadFinished, this, &JupyterWebView::onLoadFinished);
    connect(m_page, &QWebEnginePage::titleChanged, this, [this](const QString& title) {
        if (m_hooks.titleChanged && !m_page->isSigningIn()) {
            m_hooks.titleChanged(title);
        }
    });
    // Queued: the console asks a person, and Chromium's navigation must not wait inside that dialog.
    connect(
        m_page, &JupyterPage::navigationBlocked, this,
        [this](const QUrl& url) {
            if (m_hooks.navigationBlocked) {
                m_hooks.navigationBlocked(url);
            }
        },
        Qt::QueuedConnection);
    connect(m_page, &JupyterPage::certificateRejected, this,
            [this](const QString& host, const QString& text) {
                showMessage(tr("The certificate of %1 is not valid: %2\nSageDesk does not open pages whose "
                               "certificate cannot be trusted.")
                                .arg(host, text));
            });
    connect(m_page, &QWebEnginePage::windowCloseRequested, this, [this] {
        if (m_hooks.closeAccepted) {
            m_hooks.closeAccepted();
        }
    });
    connect(m_page, &JupyterPage::leavingCancelled, this, [this] {
        if (m_hooks.closeCancelled) {
            m_hooks.closeCancelled();
        }
    });
    m_page->setWindowFactory([this]() -> QWebEnginePage* {
        if (!m_hooks.childOpened) {
            return nullptr;
        }
        auto* child = new JupyterWebView(m_profile);
        child->m_page->adoptOrigin(m_page->origin());
        child->m_lab = m_lab;
        child->m_everLoaded = true;
        m_hooks.childOpened(child);
        return child->m_page;
    });
}

JupyterWebView::~JupyterWebView()
{
    // The page goes before the view that shows it.
    m_view->setPage(nullptr);
    delete m_page;
}

void JupyterWebView::createToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("jupyterToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this](const QString& text, const QString& name, const QList<QKeySequence>& keys, auto slot) {
        auto* action = m_toolBar->addAction(text);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    add(tr("Reload"), QStringLiteral("reloadAction"), {QKeySequence::Refresh}, [this] {
        if (isShowingPage()) {
            m_page->triggerAction(QWebEnginePage::Reload);
        } else if (m_hooks.signInAgain) {
            m_hooks.signInAgain();
        }
    });
    m_toolBar->addSeparator();
    add(tr("Zoom out"), QStringLiteral("zoomOutAction"), {QKeySequence::ZoomOut}, [this] { changeZoom(-1); });
    add(tr("Actual size"), QStringLiteral("zoomResetAction"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
        [this] { changeZoom(0); });
    add(tr("Zoom in"), QStringLiteral("zoomInAction"),
        {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, [this] { changeZoom(1); });
    m_toolBar->addSeparator();
    add(tr("Find"), QStringLiteral("findAction"), {QKeySequence::Find}, [this] {
        m_findBar->show();
        m_findEdit->setFocus();
        m_findEdit->selectAll();
    });
    add(tr("Open in browser"), QStringLiteral("openInBrowserAction"), {}, [this] {
        if (m_hooks.openInBrowserRequested) {
            m_hooks.openInBrowserRequested();
        }
    });
    m_detachAction = add(tr("Detach"), QStringLiteral("detachAction"), {}, [this] {
        if (m_hooks.detachRequested) {
            m_hooks.detachRequested();
        }
    });
    m_layout->addWidget(m_toolBar);
}

void JupyterWebView::createFindBar()
{
    m_findBar = new QWidget(this);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    auto* row = new QHBoxLayout(m_findBar);
    row->setContentsMargins(6, 2, 6, 2);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setPlaceholderText(tr("Find in page"));
    m_findEdit->setClearButtonEnabled(true);
    row->addWidget(m_findEdit, 1);
    m_findResult = new QLabel(m_findBar);
    m_findResult->setObjectName(QStringLiteral("findResult"));
    row->addWidget(m_findResult);
    auto* previous = new QPushButton(tr("Previous"), m_findBar);
    auto* next = new QPushButton(tr("Next"), m_findBar);
    auto* close = new QPushButton(tr("Close"), m_findBar);
    row->addWidget(previous);
    row->addWidget(next);
    row->addWidget(close);
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { find(false); });
    connect(m_findEdit, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(previous, &QPushButton::clicked, this, [this] { find(true); });
    connect(next, &QPushButton::clicked, this, [this] { find(false); });
    // Chromium counts the matches after each search: "2 of 5", or that there is none.
    connect(m_page, &QWebEnginePage::findTextFinished, this, [this](const QWebEngineFindTextResult& result) {
        if (m_findEdit->text().isEmpty()) {
            m_findResult->clear();
        } else if (result.numberOfMatches() == 0) {
            m_findResult->setText(tr("Not found"));
        } else {
            m_findResult->setText(tr("%1 of %2").arg(result.activeMatch()).arg(result.numberOfMatches()));
        }
    });
    connect(close, &QPushButton::clicked, this, [this] {
        m_findResult->clear();
        m_page->findText(QString());
        m_findBar->hide();
        m_view->setFocus();
    });
    auto* escape = new QAction(m_findBar);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, close, &QPushButton::click);
    m_findBar->addAction(escape);
    m_findBar->hide();
    m_layout->addWidget(m_findBar);
}

void JupyterWebView::createStandInPages()
{
    m_stoppedPage = new QWidget(this);
    m_stoppedPage->setObjectName(QStringLiteral("instanceStoppedPage"));
    auto* stopped = new QVBoxLayout(m_stoppedPage);
    stopped->addStretch(1);
    m_stoppedText = new QLabel(m_stoppedPage);
    m_stoppedText->setObjectName(QStringLiteral("instanceStoppedText"));
    m_stoppedText->setAlignment(Qt::AlignCenter);
    m_stoppedText->setWordWrap(true);
    m_stoppedText->setStyleSheet(centeredStyle());
    stopped->addWidget(m_stoppedText);
    m_startButton = new QPushButton(tr("Start"), m_stoppedPage);
    m_startButton->setObjectName(QStringLiteral("startInstanceButton"));
    stopped->addWidget(m_startButton, 0, Qt::AlignHCenter);
    stopped->addStretch(2);
    connect(m_startButton, &QPushButton::clicked, this, [this] {
        m_startButton->setEnabled(false);
        m_stoppedText->setText(tr("Starting the notebook instance\u2026 The notebook comes back here once it "
                                  "is InService."));
        if (m_hooks.startRequested) {
            m_hooks.startRequested();
        }
    });
    m_stack->addWidget(m_stoppedPage);

    m_messagePage = new QWidget(this);
    m_messagePage->setObjectName(QStringLiteral("sessionMessagePage"));
    auto* message = new QVBoxLayout(m_messagePage);
    message->addStretch(1);
    m_messageText = new QLabel(m_messagePage);
    m_messageText->setObjectName(QStringLiteral("sessionMessageText"));
    m_messageText->setAlignment(Qt::AlignCenter);
    m_messageText->setWordWrap(true);
    m_messageText->setStyleSheet(centeredStyle());
    message->addWidget(m_messageText);
    auto* reconnect = new QPushButton(tr("Reconnect"), m_messagePage);
    reconnect->setObjectName(QStringLiteral("reconnectButton"));
    message->addWidget(reconnect, 0, Qt::AlignHCenter);
    message->addStretch(2);
    connect(reconnect, &QPushButton::clicked, this, [this] {
        m_retriedSignIn = false;
        m_returnTo = m_lastGoodUrl;
        if (m_hooks.signInAgain) {
            m_hooks.signInAgain();
        }
    });
    m_stack->addWidget(m_messagePage);
}

void JupyterWebView::signIn(const QUrl& presignedUrl, bool lab)
{
    m_lab = lab;
    if (m_returnTo.isEmpty() && m_lastGoodUrl.isValid()) {
        m_returnTo = m_lastGoodUrl;
    }
    m_stack->setCurrentWidget(m_view);
    m_page->beginSignIn(presignedUrl);
    m_page->load(presignedUrl);
}

void JupyterWebView::showStopped(const QString& instanceName, bool deleted)
{
    m_startButton->setVisible(!deleted);
    m_startButton->setEnabled(true);
    m_stoppedText->setText(deleted ? tr("The notebook instance %1 has been deleted.").arg(instanceName)
                                   : tr("Instance stopped \u2014 start %1 to continue working in it. Its "
                                        "notebooks are kept.")
                                         .arg(instanceName));
    if (m_stack->currentWidget() == m_view) {
        m_returnTo = m_lastGoodUrl;
    }
    m_stack->setCurrentWidget(m_stoppedPage);
    // The server is gone: nothing should keep polling it in the background.
    m_page->setUrl(QUrl(QStringLiteral("about:blank")));
}

void JupyterWebView::showMessage(const QString& text)
{
    m_messageText->setText(text);
    m_stack->setCurrentWidget(m_messagePage);
}

bool JupyterWebView::isShowingPage() const
{
    return m_stack->currentWidget() == m_view;
}

void JupyterWebView::setZoom(double factor)
{
    m_view->setZoomFactor(std::clamp(factor, kZoomSteps.front(), kZoomSteps.back()));
}

void JupyterWebView::changeZoom(int steps)
{
    double factor = 1.0;
    const double current = m_view->zoomFactor();
    if (steps > 0) {
        const auto next = std::upper_bound(kZoomSteps.begin(), kZoomSteps.end(), current + 0.001);
        factor = next == kZoomSteps.end() ? kZoomSteps.back() : *next;
    } else if (steps < 0) {
        const auto next = std::lower_bound(kZoomSteps.begin(), kZoomSteps.end(), current - 0.001);
        factor = next == kZoomSteps.begin() ? kZoomSteps.front() : *(next - 1);
    }
    setZoom(factor);
    if (m_hooks.zoomChanged) {
        m_hooks.zoomChanged(m_view->zoomFactor());
    }
}

void JupyterWebView::find(bool backward)
{
    if (m_findEdit->text().isEmpty()) {
        m_findResult->clear();
    }
    m_page->findText(m_findEdit->text(),
                     backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags());
}

void JupyterWebView::requestClose()
{
    if (!m_everLoaded || !isShowingPage()) {
        if (m_hooks.closeAccepted) {
            m_hooks.closeAccepted();
        }
        return;
    }
    // Chromium runs the beforeunload handlers (Jupyter's unsaved-changes check) and answers with
    // windowCloseRequested when the page may go.
    m_page->triggerAction(QWebEnginePage::RequestClose);
}

void JupyterWebView::setDetached(bool detached)
{
    m_detachAction->setText(detached ? tr("Reattach") : tr("Detach"));
}

void JupyterWebView::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void JupyterWebView::onLoadingChanged(const QWebEngineLoadingInfo& info)
{
    qCDebug(lcWeb) << "loading" << info.status() << info.url().path() << info.errorDomain()
                   << info.errorCode() << (m_page->isSigningIn() ? "(signing in)" : "");
    if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus) {
        m_lastLoadHttpError = false;
        return;
    }
    if (info.status() != QWebEngineLoadingInfo::LoadSucceededStatus &&
        info.status() != QWebEngineLoadingInfo::LoadFailedStatus) {
        return;
    }
    const bool refused = info.errorDomain() == QWebEngineLoadingInfo::HttpErrorDomain &&
                         (info.errorCode() == 401 || info.errorCode() == 403);
    m_lastLoadHttpError = info.errorDomain() == QWebEngineLoadingInfo::HttpErrorDomain;
    if (m_page->isSigningIn()) {
        return;
    }
    if (refused || isLoginPage(info.url())) {
        qCInfo(lcWeb) << "the Jupyter session ended:" << (refused ? info.errorCode() : 0);
        sessionEnded();
    }
}

void JupyterWebView::onLoadFinished(bool ok)
{
    const QUrl url = m_page->url();
    if (url.scheme() == QLatin1String("about")) {
        return;
    }
    m_everLoaded = true;
    if (m_page->isSigningIn()) {
        if (m_page->isSignInPage(url)) {
            // The endpoint's own page: the "no JupyterLab" notice on its way on, or a refusal (an
            // expired link, an instance that is not running), which says what happened.
            return;
        }
        m_page->finishSignIn();
        // The presigned URL must not stay reachable through Back.
        m_page->history()->clear();
        setNotice(m_lab && !url.path().contains(QLatin1String("/lab"))
                      ? tr("JupyterLab is not installed on this computer, so the classic Jupyter view "
                           "is open instead.")
                      : QString());
        if (m_hooks.titleChanged) {
            m_hooks.titleChanged(m_page->title());
        }
        if (m_returnTo.isValid() && m_page->isSameOrigin(m_returnTo) && m_returnTo != url) {
            const QUrl target = m_returnTo;
            m_returnTo.clear();
            m_page->load(target);
            return;
        }
        m_returnTo.clear();
    }
    if (ok && !m_lastLoadHttpError && !isLoginPage(url) && m_page->isSameOrigin(url)) {
        m_lastGoodUrl = url;
        m_retriedSignIn = false;
    }
}

void JupyterWebView::sessionEnded()
{
    if (m_retriedSignIn || !m_hooks.signInAgain) {
        showMessage(tr("The Jupyter session has ended or was refused. Reconnect to sign in again."));
        return;
    }
    m_retriedSignIn = true;
    m_returnTo = m_lastGoodUrl;
    m_hooks.signInAgain();
}

void JupyterWebView::trackDownload(QWebEngineDownloadRequest* download)
{
    auto* row = new QWidget(m_downloads);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* name = new QLabel(download->downloadFileName(), row);
    auto* progress = new QProgressBar(row);
    progress->setObjectName(QStringLiteral("downloadProgress"));
    progress->setRange(0, 0);
    auto* cancel = new QPushButton(tr("Cancel"), row);
    layout->addWidget(name);
    layout->addWidget(progress, 1);
    layout->addWidget(cancel);
    m_downloads->layout()->addWidget(row);
    m_downloads->show();
    connect(cancel, &QPushButton::clicked, download, &QWebEngineDownloadRequest::cancel);
    auto update = [download, progress] {
        if (download->totalBytes() > 0) {
            progress->setRange(0, 1000);
            progress->setValue(int(1000 * download->receivedBytes() / download->totalBytes()));
        }
    };
    connect(download, &QWebEngineDownloadRequest::receivedBytesChanged, progress, update);
    connect(
        download, &QWebEngineDownloadRequest::isFinishedChanged, row, [this, download, row, name, cancel] {
            const bool done = download->state() == QWebEngineDownloadRequest::DownloadCompleted;
            name->setText(done ? tr("Saved %1").arg(download->downloadFileName())
                               : tr("%1 was not saved: %2")
                                     .arg(download->downloadFileName(), download->interruptReasonString()));
            cancel->setText(tr("Dismiss"));
            disconnect(cancel, nullptr, download, nullptr);
            connect(cancel, &QPushButton::clicked, row, [this, row] {
                row->deleteLater();
                if (m_downloads->findChildren<QProgressBar*>().size() <= 1) {
                    m_downloads->hide();
                }
            });
            if (auto* bar = row->findChild<QProgressBar*>()) {
                bar->setRange(0, 1);
                bar->setValue(1);
            }
        });
}

} // namespace SageDesk::Ui::Web
