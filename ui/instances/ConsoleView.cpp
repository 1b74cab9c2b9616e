#include "instances/ConsoleView.h"

#include "aws/AwsConnection.h"
#include "aws/client/AwsClientContext.h"
#include "aws/config/AwsConfig.h"
#include "console/cache/InstanceCache.h"
#include "console/create/CreateDraftStore.h"
#include "console/models/InstanceFilterProxyModel.h"
#include "console/models/InstanceTableModel.h"
#include "console/models/PriceCatalog.h"
#include "core/LocalDates.h"
#include "core/Redaction.h"
#include "discovery/StartupPolicy.h"
#include "instances/AccountBar.h"
#include "instances/EmptyTableWelcome.h"
#include "instances/InstanceDetailsPane.h"
#include "instances/InstanceLogsView.h"
#include "instances/LocalEndpointConnector.h"
#include "instances/StatusDelegate.h"
#include "instances/TrayNotifier.h"
#include "instances/UpdateSettingsDialog.h"
#include "wizard/CreateWizard.h"
#include "wizard/TagEditorDialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace SageDesk::Ui {

namespace {

const auto kProfileKey = QStringLiteral("console/profile");
const auto kRegionKey = QStringLiteral("console/region");
const auto kLongRunningKey = QStringLiteral("notifications/longRunningHours");

QString bannerStyle(const QString& color)
{
    return QStringLiteral("QLabel { background: %1; color: white; padding: 4px 8px; border-radius: 3px; }")
        .arg(color);
}

} // namespace

ConsoleView::ConsoleView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("consoleView"));
    m_actions = new InstanceActions(this);
    m_longRunningAction = new QAction(tr("Warn about &long-running instances\u2026"), this);
    m_longRunningAction->setObjectName(QStringLiteral("longRunningAction"));
    connect(m_longRunningAction, &QAction::triggered, this, &ConsoleView::askLongRunningHours);
    m_proxy = new InstanceFilterProxyModel(this);
    createWidgets();
}

ConsoleView::~ConsoleView()
{
    // The session's connection may still answer; it must go before the cache it writes to.
    delete m_session;
    m_session = nullptr;
}

void ConsoleView::createWidgets()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_accountBar = new AccountBar(this);
    layout->addWidget(m_accountBar);

    auto* filterRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search by name"));
    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setClearButtonEnabled(true);
    filterRow->addWidget(m_search, 1);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (NotebookInstanceStatus status : NotebookInstanceStatuses::all()) {
        m_statusFilter->addItem(InstanceTableModel::statusText(status), int(status));
    }
    filterRow->addWidget(m_statusFilter);
    layout->addLayout(filterRow);

    m_offlineBanner = new QLabel(this);
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setStyleSheet(bannerStyle(QStringLiteral("#8a6d00")));
    // Banners show server messages and names: plain text, so that no message can bring markup,
    // links or images into the window.
    m_offlineBanner->setTextFormat(Qt::PlainText);
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->hide();
    layout->addWidget(m_offlineBanner);
    m_errorBanner = new QLabel(this);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setStyleSheet(bannerStyle(StatusDelegate::colorOf(NotebookInstanceStatus::Failed).name()));
    m_errorBanner->setTextFormat(Qt::PlainText);
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBanner->hide();
    layout->addWidget(m_errorBanner);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("instanceTable"));
    m_table->setAccessibleName(tr("Notebook instances"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InstanceTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_statusDelegate = new StatusDelegate(m_table);
    m_table->setItemDelegateForColumn(InstanceTableModel::StatusColumn, m_statusDelegate);
    m_welcome = new EmptyTableWelcome(m_table, m_proxy, m_actions->createAction());
    m_details = new InstanceDetailsPane(m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1000, 330});
    layout->addWidget(m_splitter, 1);

    m_notifier = new TrayNotifier(this);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &InstanceFilterProxyModel::setNameContains);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_statusFilter->currentData().toInt();
        m_proxy->setStatusFilter(value < 0 ? std::nullopt : std::optional(NotebookInstanceStatus(value)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateSelection();
        updateDetails();
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& position) {
        QMenu menu(this);
        m_actions->addTo(&menu);
        menu.exec(m_table->viewport()->mapToGlobal(position));
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (NotebookInstanceStatus(index.data(InstanceTableModel::StatusRole).toInt()) ==
            NotebookInstanceStatus::InService) {
            openJupyter(false);
        }
    });
    connect(m_accountBar, &AccountBar::choiceChanged, this, &ConsoleView::applyAccountChoice);
    connectActions();
}

void ConsoleView::connectActions()
{
    using Kind = InstanceActions::Kind;
    connect(m_actions->action(Kind::Start), &QAction::triggered, this,
            [this] { m_session->startInstances(selectedNames()); });
    connect(m_actions->action(Kind::Stop), &QAction::triggered, this,
            [this] { m_session->stopInstances(selectedNames()); });
    connect(m_actions->action(Kind::Delete), &QAction::triggered, this, &ConsoleView::confirmDelete);
    connect(m_actions->action(Kind::UpdateSettings), &QAction::triggered, this, &ConsoleView::editSettings);
    connect(m_actions->action(Kind::OpenJupyter), &QAction::triggered, this, [this] { openJupyter(false); });
    connect(m_actions->action(Kind::OpenJupyterLab), &QAction::triggered, this,
            [this] { openJupyter(true); });
    connect(m_actions->createAction(), &QAction::triggered, this, &ConsoleView::openCreateWizard);
    connect(m_actions->editTagsAction(), &QAction::triggered, this, &ConsoleView::editTags);
    connect(m_actions->refreshAction(), &QAction::triggered, this, [this] {
        if (m_session) {
            m_errorBanner->hide();
            m_session->refresh();
        }
    });
}

void ConsoleView::start(const ConsoleOptions& options)
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_options = options;
    m_cache = std::make_unique<InstanceCache>();
    if (!m_cache->open(options.cachePath.isEmpty() ? InstanceCache::defaultPath() : options.cachePath)) {
        showError(tr("The offline cache could not be opened: %1").arg(m_cache->lastError()));
        m_cache.reset();
    }
    m_session = new ConsoleSession(*options.clock, m_cache.get(), options.intervals, this);
    m_session->setLongRunningThresholdHours(
        QSettings().value(kLongRunningKey, options.longRunningHours).toDouble());
    InstanceTableModel* model = m_session->model();
    m_proxy->setSourceModel(model);
    fitColumns();
    m_local = std::make_unique<LocalEndpointConnector>(options.localDataDir, options.localProgram);
    connect(m_local.get(), &LocalEndpointConnector::ready, this, [this] {
        if (m_accountBar->isLocal()) {
            std::unique_ptr<Aws::AwsConnection> connection = m_local->createConnection();
            const QString scope =
                connection ? ConsoleScope::local(connection->region()).cacheKey() : QString();
            m_session->setConnection(std::move(connection), scope);
        }
    });
    connect(m_local.get(), &LocalEndpointConnector::failed, this, &ConsoleView::showError);

    connect(m_session, &ConsoleSession::connectionStateChanged, this, &ConsoleView::updateConnection);
    connect(m_session, &ConsoleSession::listApplied, this, &ConsoleView::updateConnection);
    connect(m_session, &ConsoleSession::identityChanged, m_accountBar, &AccountBar::setIdentity);
    connect(m_session, &ConsoleSession::statusChanged, this,
            [this](const QString& name, NotebookInstanceStatus, NotebookInstanceStatus status,
                   const QString& reason) { m_notifier->notifyStatus(name, status, reason); });
    connect(m_session, &ConsoleSession::longRunning, m_notifier, &TrayNotifier::notifyLongRunning);
    connect(m_session, &ConsoleSession::actionFailed, this,
            [this](NotebookInstanceAction, const QString& name, const Aws::AwsError& error) {
                showError(tr("%1: %2").arg(name, error.toDisplayString()));
            });
    connect(m_session, &ConsoleSession::urlReady, this, [this](const QString&, const QUrl& url) {
        if (m_options.openUrl) {
            m_options.openUrl(url);
        } else {
            QDesktopServices::openUrl(url);
        }
    });
    connect(m_session, &ConsoleSession::tagsReady, m_details, &InstanceDetailsPane::showTags);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        scheduleBusyCheck();
        updateSelection();
        updateDetails();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConsoleView::scheduleBusyCheck);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ConsoleView::scheduleBusyCheck);

    // The start-up policy picks the first scope; the account bar only remembers the last choice (an
    // empty profile is Local). applyAccountChoice() starts sagedesk-local when Local needs it.
    StartupInputs startup;
    startup.caller = StartupCaller::Console;
    startup.localDataDir = m_local->dataDir();
    if (const QSettings settings; settings.contains(kProfileKey)) {
        const QString profile = settings.value(kProfileKey).toString();
        startup.remembered = profile.isEmpty()
                                 ? ConsoleScope::local()
                                 : ConsoleScope::profile(profile, settings.value(kRegionKey).toString());
    }
    const StartupChoice choice = StartupPolicy::choose(startup);
    m_accountBar->setProfiles(choice.profiles);
    m_accountBar->select(choice.scope);
    applyAccountChoice();
}

void ConsoleView::fitColumns()
{
    // From what the columns hold in the UI locale: Korean dates and headers are wider than English
    // ones. The name takes what is left, so that the cost column stays in view.
    using Model = InstanceTableModel;
    const QFontMetrics metrics = m_table->fontMetrics();
    const QLocale locale;
    QFont bold = m_table->font();
    bold.setBold(true);
    int status = 0;
    for (NotebookInstanceStatus value : NotebookInstanceStatuses::all()) {
        status = std::max(status, QFontMetrics(bold).horizontalAdvance(Model::statusText(value)));
    }
    const QString date = shortDateTime(QDateTime(QDate(2026, 12, 28), QTime(22, 58)), locale);
    const QList<QPair<int, int>> contents{
        {Model::StatusColumn, status + StatusDelegate::kGlyphWidth},
        {Model::InstanceTypeColumn, metrics.horizontalAdvance(QStringLiteral("ml.m5.12xlarge"))},
        {Model::PlatformColumn, metrics.horizontalAdvance(QStringLiteral("notebook-al2023-v1"))},
        {Model::VolumeColumn, metrics.horizontalAdvance(QStringLiteral("9999 GB"))},
        {Model::CreatedColumn, metrics.horizontalAdvance(date)},
        {Model::LastModifiedColumn, metrics.horizontalAdvance(date)},
        {Model::CostColumn,
         metrics.horizontalAdvance(QStringLiteral("$") + locale.toString(9999.99, 'f', 2))}};
    QHeaderView* header = m_table->horizontalHeader();
    const int padding = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 8;
    for (const auto& [column, width] : contents) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        m_table->setColumnWidth(column, std::max(header->sectionSizeHint(column), width + padding));
    }
    header->setSectionResizeMode(Model::NameColumn, QHeaderView::Stretch);
}

void ConsoleView::applyAccountChoice()
{
    if (!m_session) {
        return;
    }
    m_errorBanner->hide();
    m_scope = m_accountBar->scope();
    QSettings settings;
    settings.setValue(kProfileKey, m_scope.profileName());
    settings.setValue(kRegionKey, m_accountBar->region());
    const PriceCatalog prices = PriceCatalog::load();
    if (m_scope.isLocal()) {
        // Local instances run on this computer at no charge: the column says what AWS would charge.
        m_session->model()->setPricing(prices, m_scope.region(),
                                       InstanceTableModel::CostBasis::WouldCostOnAws);
        m_session->setConnection(nullptr, {});
        m_session->showCachedList(m_scope.cacheKey());
        updateConnection();
        connectLocal();
        return;
    }
    m_session->model()->setPricing(prices, m_scope.region());
    const QString profile = m_scope.profileName();
    QPointer<ConsoleView> self(this);
    auto askMfaCode = [self, profile](const QString& serial,
                                      const std::function<void(const QString&)>& done) {
        if (self.isNull()) {
            done({});
            return;
        }
        bool ok = false;
        const QString code = QInputDialog::getText(
            self, tr("MFA code"),
            tr("Profile %1 assumes a role that needs a code from the MFA device %2.\nEnter the 6-digit code:")
                .arg(profile, serial),
            QLineEdit::Normal, {}, &ok);
        done(ok ? code.trimmed() : QString());
    };
    m_session->setConnection(Aws::AwsConnection::forProfile(profile, m_scope.region(), askMfaCode),
                             m_scope.cacheKey());
}

void ConsoleView::connectLocal()
{
    m_local->connectToEndpoint();
}

QStringList ConsoleView::selectedNames() const
{
    QStringList names;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        names << row.data(InstanceTableModel::NameRole).toString();
    }
    return names;
}

void ConsoleView::updateSelection()
{
    QList<NotebookInstanceStatus> statuses;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        statuses << NotebookInstanceStatus(row.data(InstanceTableModel::StatusRole).toInt());
    }
    m_actions->setSelection(statuses);
}

void ConsoleView::updateDetails()
{
    if (!m_session) {
        return;
    }
    const QStringList names = selectedNames();
    const NotebookInstance* instance = names.size() == 1 ? m_session->instance(names.first()) : nullptr;
    const bool changedInstance =
        (instance ? instance->notebookInstanceName : QString()) != m_details->shownName();
    m_details->logs()->setContext(m_session->connection() ? m_session->connection()->context() : nullptr);
    m_details->showInstance(instance, instance ? m_session->history(instance->notebookInstanceName)
                                               : QList<StatusEvent>());
    if (instance && changedInstance) {
        m_session->fetchTags(instance->notebookInstanceName);
    }
}

// Any state: AddTags and DeleteTags do not care whether the instance runs.
void ConsoleView::editTags()
{
    const QStringList names = selectedNames();
    const NotebookInstance* instance =
        m_session && names.size() == 1 ? m_session->instance(names.first()) : nullptr;
    Aws::AwsConnection* connection = m_session ? m_session->connection() : nullptr;
    if (!instance || !connection) {
        return;
    }
    auto* dialog = new TagEditorDialog(connection->context(), instance->notebookInstanceArn, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = instance->notebookInstanceName;
    connect(dialog, &TagEditorDialog::tagsSaved, this, [this, name] {
        if (m_session) {
            m_session->fetchTags(name);
        }
    });
    dialog->open();
}

void ConsoleView::scheduleBusyCheck()
{
    if (m_busyCheckPending) {
        return;
    }
    m_busyCheckPending = true;
    QTimer::singleShot(0, this, [this] {
        m_busyCheckPending = false;
        if (m_session) {
            m_statusDelegate->setAnimating(m_session->anyTransitional());
        }
    });
}

void ConsoleView::updateConnection()
{
    const ConsoleSession::ConnectionState state = m_session->connectionState();
    m_accountBar->setConnectionState(state, m_session->listFetchedAt(), m_session->lastError());
    const bool unreachable = state == ConsoleSession::ConnectionState::Offline ||
                             state == ConsoleSession::ConnectionState::Failing;
    const QDateTime asOf = m_session->listFetchedAt();
    if (unreachable && asOf.isValid()) {
        m_offlineBanner->setText(
            tr("The endpoint cannot be reached. Showing the list as of %1.")
                .arg(QLocale().toString(asOf.toLocalTime().time(), QStringLiteral("HH:mm"))));
        m_offlineBanner->show();
    } else if (unreachable) {
        m_offlineBanner->setText(tr("The endpoint cannot be reached and no list is cached yet."));
        m_offlineBanner->show();
    } else {
        m_offlineBanner->hide();
    }
    emit connectionTextChanged(connectionText());
}

QString ConsoleView::connectionText() const
{
    return m_accountBar->connectionText();
}

void ConsoleView::showError(const QString& text)
{
    m_errorBanner->setText(Redaction::redact(text));
    m_errorBanner->show();
}

void ConsoleView::confirmDelete()
{
    const QStringList names = selectedNames();
    if (names.size() != 1) {
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete notebook instance"),
                    tr("Delete the notebook instance \u201c%1\u201d?").arg(names.first()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("deleteConfirmation"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Its ML storage volume is deleted with it: everything saved on the instance is "
                              "lost. This cannot be undone."));
    QPushButton* remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove) {
        m_session->deleteInstance(names.first());
    }
}

void ConsoleView::editSettings()
{
    const QStringList names = selectedNames();
    const NotebookInstance* instance = names.size() == 1 ? m_session->instance(names.first()) : nullptr;
    if (!instance) {
        return;
    }
    Aws::AwsConnection* connection = m_session->connection();
    if (!connection) {
        return;
    }
    // The dialog sends UpdateNotebookInstance itself, so that a refusal keeps what was chosen.
    auto* dialog = new UpdateSettingsDialog(*instance, connection->context(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UpdateSettingsDialog::instanceUpdated, this, [this] {
        if (m_session) {
            m_session->refresh();
        }
    });
    dialog->open();
}

void ConsoleView::openJupyter(bool lab)
{
    const QStringList names = selectedNames();
    if (names.size() != 1) {
        return;
    }
    if (m_jupyterOpener) {
        m_jupyterOpener(names.first(), lab);
    } else {
        m_session->openJupyter(names.first(), lab);
    }
}

void ConsoleView::setJupyterOpener(std::function<void(const QString&, bool)> opener)
{
    m_jupyterOpener = std::move(opener);
}

QStringList ConsoleView::runningLocalInstances() const
{
    QStringList names;
    // Only the local endpoint's instances run on this computer, and only a connected one can stop them.
    if (!m_session || !m_session->connection() || !m_scope.isLocal()) {
        return names;
    }
    for (const NotebookInstance& instance : m_session->instances()) {
        if (instance.notebookInstanceStatus == NotebookInstanceStatus::InService ||
            instance.notebookInstanceStatus == NotebookInstanceStatus::Pending) {
            names << instance.notebookInstanceName;
        }
    }
    return names;
}

void ConsoleView::askLongRunningHours()
{
    if (!m_session) {
        return;
    }
    bool ok = false;
    const double hours = QInputDialog::getDouble(
        this, tr("Long-running instances"),
        tr("Warn when an instance has been in service for more than this many hours (0: never):"),
        m_session->longRunningThresholdHours(), 0, 24 * 14, 1, &ok);
    if (ok) {
        m_session->setLongRunningThresholdHours(hours);
        QSettings().setValue(kLongRunningKey, hours);
    }
}

void ConsoleView::stopAndWait(const QStringList& names)
{
    if (!m_session || names.isEmpty()) {
        return;
    }
    m_session->stopInstances(names);
    QEventLoop loop;
    QTimer poll;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_session->actionsInFlight() == 0) {
            loop.quit();
        }
    });
    poll.start(20);
    loop.exec();
}

void ConsoleView::setWindowVisible(bool visible)
{
    if (m_session) {
        m_session->setVisible(visible);
    }
}

// The wizard works in the session's account and region, with its client context; window-modal,
// so the account cannot change under it.
void ConsoleView::openCreateWizard()
{
    Aws::AwsConnection* connection = m_session ? m_session->connection() : nullptr;
    if (!connection) {
        showError(tr("Connect to an account or to the local endpoint first."));
        return;
    }
    CreateWizardOptions options;
    options.region = connection->region();
    options.local = m_accountBar->isLocal();
    options.endpointUrl =
        options.local ? connection->context()->endpoint(QStringLiteral("sagemaker")) : QUrl();
    options.callerArn = m_session->identity();
    // Local transitions take under two seconds, AWS's minutes.
    options.pollInterval = options.local ? std::chrono::milliseconds(1000) : std::chrono::milliseconds(10000);
    options.draftPath = CreateDraftStore::pathBeside(
        m_options.cachePath.isEmpty() ? InstanceCache::defaultPath() : m_options.cachePath);
    options.draftScope = m_session->scope();
    auto* wizard = new CreateWizard(connection->context(), options, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateWizard::instanceRequested, m_session, &ConsoleSession::refresh);
    connect(wizard, &CreateWizard::instanceCreated, m_session, &ConsoleSession::refresh);
    wizard->open();
}

} // namespace SageDesk::Ui
