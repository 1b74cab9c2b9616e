// The console window against a real sagedesk-local: first start in local mode, listing, the
// actions, action enabling per status, offline marking, filter and sort, quitting with local
// instances running.
#include "aws/AwsConnection.h"
#include "aws/services/SageMakerClient.h"
#include "console/models/InstanceFilterProxyModel.h"
#include "console/models/InstanceTableModel.h"
#include "console/models/PriceCatalog.h"
#include "core/Redaction.h"
#include "discovery/ConsoleScope.h"
#include "discovery/LocalEndpointInfo.h"
#include "instances/AccountBar.h"
#include "instances/ConsoleView.h"
#include "instances/InstanceActions.h"
#include "instances/InstanceDetailsPane.h"
#include "instances/InstanceLogsView.h"
#include "instances/LifecycleLogLink.h"
#include "instances/LocalEndpointConnector.h"
#include "instances/StatusDelegate.h"
#include "instances/TrayNotifier.h"
#include "instances/UpdateSettingsDialog.h"
#include "shell/MainWindow.h"
#include "support/AwsNotebookTransitions.h"
#include "support/ExecutionRoleSupport.h"
#include "support/FixedClock.h"
#include "support/LocalEndpointProcess.h"
#include "support/MotoServer.h"
#include "support/ServerProcess.h"
#include "wizard/WizardPages.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QGuiApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>

#include <cmath>
#include <csignal>

using SageDesk::Test::FixedClock;

using namespace SageDesk;
using namespace SageDesk::Ui;
using namespace std::chrono_literals;
using Kind = InstanceActions::Kind;

namespace {

constexpr int kWaitMs = 20000;

// No AWS files, no AWS keys, no remembered choice: the state of a fresh computer.
class CleanAwsEnvironment
{
public:
    explicit CleanAwsEnvironment(const QTemporaryDir& dir)
    {
        for (const char* name :
             {"AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_REGION",
              "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL"}) {
            qunsetenv(name);
        }
        qputenv("AWS_CONFIG_FILE", dir.filePath(QStringLiteral("no-config")).toLocal8Bit());
        qputenv("AWS_SHARED_CREDENTIALS_FILE", dir.filePath(QStringLiteral("no-credentials")).toLocal8Bit());
        QSettings().remove(QStringLiteral("console"));
        QSettings().remove(QStringLiteral("notifications"));
    }
};

class ConsoleWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = m_dir.filePath(QStringLiteral("local"));
        m_env = std::make_unique<CleanAwsEnvironment>(m_dir);
        if (SageDesk::Test::findExecutable(QStringLiteral("jupyter")).isEmpty()) {
            GTEST_SKIP() << "jupyter is not installed; sagedesk-local cannot run notebook instances";
        }
    }

    void TearDown() override
    {
        const qint64 startedByWindow = m_window ? console()->localConnector()->startedPid() : 0;
        m_window.reset();
        if (m_endpoint) {
            m_endpoint->stop();
        }
        // An endpoint the window started itself is detached: stop it by the pid its runtime file names.
        if (startedByWindow > 0) {
            ::kill(pid_t(startedByWindow), SIGTERM);
            (void)QTest::qWaitFor([&] { return !Local::LocalEndpointInfo::read(m_dataDir).has_value(); },
                                  10000);
        } else if (const auto info = Local::LocalEndpointInfo::read(m_dataDir)) {
            ::kill(pid_t(info->pid), SIGTERM);
            (void)QTest::qWaitFor([&] { return !Local::LocalEndpointInfo::read(m_dataDir).has_value(); },
                                  10000);
        }
    }

    void startEndpoint()
    {
        ASSERT_NO_FATAL_FAILURE(SageDesk::Test::startLocalEndpointOnPortZero(m_endpoint, m_dataDir));
    }

    void createInstance(const QString& name, const QString& type = QStringLiteral("ml.t3.medium"),
                        const QString& lifecycleConfig = {})
    {
        LocalEndpointConnector connector(m_dataDir);
        auto connection = connector.createConnection();
        ASSERT_NE(connection, nullptr);
        CreateNotebookInstanceRequest request;
        request.notebookInstanceName = name;
        request.instanceType = type;
        if (m_roleArn.isEmpty()) {
            m_roleArn = SageDesk::Test::makeExecutionRole(connection->context());
        }
        request.roleArn = m_roleArn;
        request.lifecycleConfigName = lifecycleConfig;
        const auto& result =
            Aws::SageMakerClient(connection->context()).createNotebookInstance(request).wait();
        ASSERT_TRUE(result.ok()) << result.error().toDisplayString().toStdString();
    }

    void openWindow(ConsoleOptions options = {})
    {
        m_window = std::make_unique<MainWindow>();
        options.cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        options.localDataDir = m_dataDir;
        options.localProgram = QStringLiteral(SAGEDESK_LOCAL_PATH);
        options.intervals = {100ms, 300ms, 400ms};
        options.openUrl = [this](const QUrl& url) { m_opened << url; };
        options.jupyterInTabs = false; // these tests read the presigned URL itself
        m_window->show();
        m_window->startConsole(options);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    ConsoleView* console() const { return m_window->console(); }
    QTableView* table() const { return console()->table(); }
    InstanceTableModel* model() const { return console()->session()->model(); }

    std::optional<NotebookInstanceStatus> statusOf(const QString& name) const
    {
        const NotebookInstance* instance = model()->find(name);
        return instance ? std::optional(instance->notebookInstanceStatus) : std::nullopt;
    }

    bool waitForStatus(const QString& name, NotebookInstanceStatus status)
    {
        return QTest::qWaitFor([&] { return statusOf(name) == status; }, kWaitMs);
    }

    void selectOnly(const QStringList& names)
    {
        table()->clearSelection();
        for (int row = 0; row < console()->proxy()->rowCount(); ++row) {
            const QModelIndex index = console()->proxy()->index(row, 0);
            if (names.contains(index.data(InstanceTableModel::NameRole).toString())) {
                table()->selectionModel()->select(index,
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
    }

    bool enabled(Kind kind) const { return console()->actions()->action(kind)->isEnabled(); }

    QTemporaryDir m_dir;
    QString m_dataDir;
    QString m_roleArn;
    std::unique_ptr<CleanAwsEnvironment> m_env;
    std::unique_ptr<SageDesk::Test::ServerProcess> m_endpoint;
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_opened;
};

// Clicks `buttonName` in the modal message box `boxName` as soon as it shows.
void answerMessageBox(const QString& boxName, const QString& buttonName, QString* text = nullptr)
{
    QTimer::singleShot(0, [=] {
        QMessageBox* box = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (QWidget* widget : QApplication::topLevelWidgets()) {
                    if (widget->objectName() == boxName && widget->isVisible()) {
                        box = qobject_cast<QMessageBox*>(widget);
                    }
                }
                return box != nullptr;
            },
            5000);
        ASSERT_NE(box, nullptr) << boxName.toStdString();
        if (text) {
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        }
        auto* button = box->findChild<QPushButton*>(buttonName);
        ASSERT_NE(button, nullptr) << buttonName.toStdString();
        button->click();
    });
}

// Whether the picture holds the colour anywhere (antialiased edges may be slightly off).
bool containsColor(const QImage& image, const QColor& color)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        for (int x = 0; x < rgb.width(); ++x) {
            const QColor pixel = rgb.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) <= 6 && std::abs(pixel.green() - color.green()) <= 6 &&
                std::abs(pixel.blue() - color.blue()) <= 6) {
                return true;
            }
        }
    }
    return false;
}

// The UI locale for one test, as `--lang` sets it; the previous one comes back afterwards.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }
    Q_DISABLE_COPY_MOVE(DefaultLocale)

private:
    QLocale m_previous;
};

// moto, and an AWS profile "moto" in `region` that points at it, in the files of `dir`.
class MotoProfile
{
public:
    MotoProfile(const QTemporaryDir& dir, const QString& region)
    {
        if (!SageDesk::Test::MotoServer::unavailableReason().isEmpty()) {
            return;
        }
        m_server = std::make_unique<SageDesk::Test::MotoServer>();
        if (!m_server->start()) {
            m_error = m_server->error();
            return;
        }
        const quint16 port = m_server->port();
        QFile config(dir.filePath(QStringLiteral("no-config")));
        QFile credentials(dir.filePath(QStringLiteral("no-credentials")));
        if (!config.open(QIODevice::WriteOnly) || !credentials.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("the AWS files could not be written");
            return;
        }
        m_endpointUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        config.write(QStringLiteral("[profile moto]\nregion = %1\nendpoint_url = %2\n")
                         .arg(region, m_endpointUrl)
                         .toUtf8());
        credentials.write("[moto]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                          "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
        m_region = region;
        m_running = true;
    }

    bool available() const { return m_server != nullptr; }
    QString endpointUrl() const { return m_endpointUrl; }
    bool running() const { return m_running; }
    QString error() const { return m_error; }

    // Creates an instance through the profile; empty on success, the error otherwise.
    QString createInstance(const QString& name, const QString& type = QStringLiteral("ml.t3.medium")) const
    {
        const ConsoleScope scope = ConsoleScope::profile(QStringLiteral("moto"), m_region);
        auto connection = Aws::AwsConnection::forProfile(scope.profileName(), scope.region());
        CreateNotebookInstanceRequest request;
        request.notebookInstanceName = name;
        request.instanceType = type;
        request.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/service-role/SageDeskTest");
        const auto& created =
            Aws::SageMakerClient(connection->context()).createNotebookInstance(request).wait();
        return created.ok() ? QString() : created.error().toDisplayString();
    }

private:
    std::unique_ptr<SageDesk::Test::MotoServer> m_server;
    QString m_region;
    QString m_endpointUrl;
    QString m_error;
    bool m_running = false;
};

// A window on the AWS profiles of `dir`, with no local endpoint to fall back on.
// Skips the test when moto_server is not installed; fails it when moto is there but did not start.
#define SAGEDESK_REQUIRE_MOTO(moto)                                                                          \
    do {                                                                                                     \
        if (!(moto).available()) {                                                                           \
            GTEST_SKIP() << "moto_server is not on the PATH";                                                \
        }                                                                                                    \
        ASSERT_TRUE((moto).running()) << (moto).error().toStdString();                                       \
    } while (false)

ConsoleOptions awsOptions(const QTemporaryDir& dir)
{
    ConsoleOptions options;
    options.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    options.localDataDir = dir.filePath(QStringLiteral("local"));
    options.localProgram = dir.filePath(QStringLiteral("no-such-sagedesk-local"));
    options.intervals = {100ms, 300ms, 400ms};
    return options;
}

} // namespace

TEST_F(ConsoleWindow, FirstStartWithoutCredentialsOpensLocalAndStartsTheEndpoint)
{
    ASSERT_FALSE(Local::LocalEndpointInfo::read(m_dataDir).has_value());
    openWindow();
    EXPECT_TRUE(console()->accountBar()->isLocal());
    // No endpoint was running: the window starts one and connects to it.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return console()->session()->connectionState() == ConsoleSession::ConnectionState::Online; },
        kWaitMs))
        << console()->connectionText().toStdString();
    EXPECT_TRUE(Local::LocalEndpointInfo::read(m_dataDir).has_value());
    EXPECT_EQ(model()->rowCount(), 0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !console()->session()->identity().isEmpty(); }, kWaitMs));
    EXPECT_TRUE(console()->session()->identity().startsWith(QStringLiteral("arn:aws:")));
    EXPECT_EQ(m_window->connectionLabel()->text(), console()->connectionText());
    EXPECT_EQ(QSettings().value(QStringLiteral("console/profile")).toString(), QString());
}

TEST_F(ConsoleWindow, ListsStartsStopsAndDeletesThroughTheActions)
{
    startEndpoint();
    createInstance(QStringLiteral("alpha"));
    createInstance(QStringLiteral("beta"));
    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->rowCount() == 2; }, kWaitMs));
    ASSERT_TRUE(waitForStatus(QStringLiteral("alpha"), NotebookInstanceStatus::InService));
    ASSERT_TRUE(waitForStatus(QStringLiteral("beta"), NotebookInstanceStatus::InService));
    // The list's summaries lack platform and volume: DescribeNotebookInstance fills them in.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const NotebookInstance* alpha = model()->find(QStringLiteral("alpha"));
            return alpha && alpha->volumeSizeInGB >= 5 && !alpha->platformIdentifier.isEmpty() &&
                   !alpha->roleArn.isEmpty();
        },
        kWaitMs));
    EXPECT_FALSE(model()
                     ->index(model()->rowOf(QStringLiteral("alpha")), InstanceTableModel::VolumeColumn)
                     .data()
                     .toString()
                     .isEmpty());
    // Local instances cost nothing: the cost column says what AWS would charge, marked as such.
    EXPECT_EQ(model()->headerData(InstanceTableModel::CostColumn, Qt::Horizontal).toString(),
              QStringLiteral("Cost on AWS"));
    const QModelIndex alphaCost =
        model()->index(model()->rowOf(QStringLiteral("alpha")), InstanceTableModel::CostColumn);
    EXPECT_TRUE(alphaCost.data().toString().startsWith(QLatin1Char('$')))
        << alphaCost.data().toString().toStdString();
    EXPECT_TRUE(alphaCost.data(Qt::ToolTipRole).toString().contains(QLatin1String("on AWS")));

    // Stop both through a multi-selection.
    selectOnly({QStringLiteral("alpha"), QStringLiteral("beta")});
    EXPECT_TRUE(enabled(Kind::Stop));
    EXPECT_FALSE(enabled(Kind::Start));
    EXPECT_FALSE(enabled(Kind::OpenJupyter)); // one instance at a time
    console()->actions()->action(Kind::Stop)->trigger();
    ASSERT_TRUE(waitForStatus(QStringLiteral("alpha"), NotebookInstanceStatus::Stopped));
    ASSERT_TRUE(waitForStatus(QStringLiteral("beta"), NotebookInstanceStatus::Stopped));
    EXPECT_TRUE(QTest::qWaitFor([&] { return enabled(Kind::Start) && !enabled(Kind::Stop); }, kWaitMs));
    // Updated in place: the selection survived every poll.
    EXPECT_EQ(console()->selectedNames().size(), 2);
    EXPECT_GE(console()->notifier()->count(), 2);
    EXPECT_TRUE(console()->notifier()->lastTitle().contains(QStringLiteral("stopped")));

    // Start one again.
    selectOnly({QStringLiteral("alpha")});
    console()->actions()->action(Kind::Start)->trigger();
    ASSERT_TRUE(waitForStatus(QStringLiteral("alpha"), NotebookInstanceStatus::InService));
    ASSERT_TRUE(QTest::qWaitFor([&] { return enabled(Kind::OpenJupyterLab); }, kWaitMs));
    console()->actions()->action(Kind::OpenJupyterLab)->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_opened.isEmpty(); }, kWaitMs));
    EXPECT_TRUE(m_opened.first().path().endsWith(QStringLiteral("/lab")));

    // The details pane shows the instance and its history from the event log.
    auto* timeline = console()->details()->findChild<QListWidget*>(QStringLiteral("statusTimeline"));
    ASSERT_NE(timeline, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return timeline->count() >= 2; }, kWaitMs));
    EXPECT_EQ(console()->details()->shownName(), QStringLiteral("alpha"));

    // Delete beta: the confirmation names it and says the volume is lost.
    selectOnly({QStringLiteral("beta")});
    EXPECT_TRUE(enabled(Kind::Delete));
    QString confirmation;
    answerMessageBox(QStringLiteral("deleteConfirmation"), QStringLiteral("confirmDeleteButton"),
                     &confirmation);
    console()->actions()->action(Kind::Delete)->trigger();
    EXPECT_TRUE(confirmation.contains(QStringLiteral("beta")));
    EXPECT_TRUE(confirmation.contains(QStringLiteral("volume")));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !statusOf(QStringLiteral("beta")).has_value(); }, kWaitMs));
    EXPECT_EQ(model()->rowCount(), 1);
}

// A refused Start, Stop or Delete is shown in the window's error banner with the instance's name and
// AWS's code, message and request id. Real refusals: polling is paused (as when the window is hidden)
// while another client stops an instance, so the table still shows it InService when Stop is pressed.
TEST_F(ConsoleWindow, ShowsARefusedStartStopOrDeleteWithCodeMessageAndRequestId)
{
    startEndpoint();
    createInstance(QStringLiteral("alpha"));
    createInstance(QStringLiteral("beta"));
    openWindow();
    ASSERT_TRUE(waitForStatus(QStringLiteral("alpha"), NotebookInstanceStatus::InService));
    ASSERT_TRUE(waitForStatus(QStringLiteral("beta"), NotebookInstanceStatus::InService));
    auto* banner = console()->findChild<QLabel*>(QStringLiteral("errorBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isVisible());
    std::optional<Aws::AwsError> failure;
    QObject::connect(
        console()->session(), &ConsoleSession::actionFailed, console(),
        [&failure](NotebookInstanceAction, const QString&, const Aws::AwsError& error) { failure = error; });
    // The banner shows what the session reported, with everything a support case needs.
    const auto expectShown = [&](const QString& name, const QString& message) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return failure.has_value(); }, kWaitMs)) << name.toStdString();
        EXPECT_EQ(failure->code, QStringLiteral("ValidationException"));
        EXPECT_TRUE(failure->message.startsWith(message)) << failure->message.toStdString();
        ASSERT_FALSE(failure->requestId.isEmpty());
        EXPECT_TRUE(banner->isVisible());
        const QString text = banner->text();
        EXPECT_TRUE(text.startsWith(name + QStringLiteral(": ValidationException: ") + message))
            << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("(request id %1)").arg(failure->requestId)))
            << text.toStdString();
        failure.reset();
    };

    // Polling paused, and the last poll's answers in: nothing but a new poll changes the table now.
    console()->session()->setVisible(false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !console()->session()->readsInFlight(); }, kWaitMs));
    LocalEndpointConnector connector(m_dataDir);
    auto other = connector.createConnection();
    ASSERT_NE(other, nullptr);
    Aws::SageMakerClient otherClient(other->context());
    ASSERT_TRUE(otherClient.stopNotebookInstance(QStringLiteral("beta")).wait().ok());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto described = otherClient.describeNotebookInstance(QStringLiteral("beta")).wait();
            return described.ok() && described->notebookInstanceStatus == NotebookInstanceStatus::Stopped;
        },
        kWaitMs));
    selectOnly({QStringLiteral("beta")});
    ASSERT_TRUE(enabled(Kind::Stop)); // the table still says InService
    console()->actions()->action(Kind::Stop)->trigger();
    expectShown(QStringLiteral("beta"),
                QStringLiteral("Status (Stopped) not in ([InService]). Unable to transition "
                               "to (Stopping) for Notebook Instance (arn:aws:sagemaker:"));

    // The session's Start and Delete, as the toolbar and the context menu call them, refused alike.
    console()->session()->startInstances({QStringLiteral("alpha")});
    expectShown(QStringLiteral("alpha"),
                QStringLiteral("Status (InService) not in ([Stopped, Failed]). Unable to "
                               "transition to (Pending)"));
    console()->session()->deleteInstance(QStringLiteral("alpha"));
    expectShown(QStringLiteral("alpha"),
                QStringLiteral("Status (InService) not in ([Stopped, Failed]). Unable to "
                               "transition to (Deleting)"));
    EXPECT_EQ(statusOf(QStringLiteral("alpha")), NotebookInstanceStatus::InService);
}

// The toolbar's enabled state in every status (7 x 6 actions), against the literal table that
// tests/support writes from AWS's refusal messages: an action is offered exactly when AWS accepts it.
TEST_F(ConsoleWindow, EnablesActionsExactlyAsAwsAllowsInEveryStatus)
{
    InstanceActions actions;
    for (const SageDesk::Test::AwsTransitionRow& row : SageDesk::Test::kAwsTransitions) {
        SCOPED_TRACE(row.wireName);
        actions.setSelection({row.status});
        EXPECT_EQ(actions.action(Kind::OpenJupyter)->isEnabled(), row.open);
        EXPECT_EQ(actions.action(Kind::OpenJupyterLab)->isEnabled(), row.open);
        EXPECT_EQ(actions.action(Kind::Start)->isEnabled(), row.start);
        EXPECT_EQ(actions.action(Kind::Stop)->isEnabled(), row.stop);
        EXPECT_EQ(actions.action(Kind::UpdateSettings)->isEnabled(), row.update);
        EXPECT_EQ(actions.action(Kind::Delete)->isEnabled(), row.remove);
    }
    EXPECT_TRUE(InstanceActions::isEnabledFor(
        Kind::Start, {NotebookInstanceStatus::Stopped, NotebookInstanceStatus::Failed}));
    EXPECT_FALSE(InstanceActions::isEnabledFor(
        Kind::Start, {NotebookInstanceStatus::Stopped, NotebookInstanceStatus::InService}));
    EXPECT_FALSE(InstanceActions::isEnabledFor(
        Kind::Delete, {NotebookInstanceStatus::Stopped, NotebookInstanceStatus::Stopped}));
    EXPECT_FALSE(InstanceActions::isEnabledFor(Kind::Stop, {}));

    // And in the real window, for the statuses a local instance passes through.
    startEndpoint();
    createInstance(QStringLiteral("gamma"));
    openWindow();
    ASSERT_TRUE(waitForStatus(QStringLiteral("gamma"), NotebookInstanceStatus::InService));
    selectOnly({QStringLiteral("gamma")});
    EXPECT_TRUE(enabled(Kind::OpenJupyter));
    EXPECT_TRUE(enabled(Kind::Stop));
    EXPECT_FALSE(enabled(Kind::Start));
    EXPECT_FALSE(enabled(Kind::UpdateSettings));
    EXPECT_FALSE(enabled(Kind::Delete));
    console()->actions()->action(Kind::Stop)->trigger();
    ASSERT_TRUE(waitForStatus(QStringLiteral("gamma"), NotebookInstanceStatus::Stopped));
    ASSERT_TRUE(QTest::qWaitFor([&] { return enabled(Kind::UpdateSettings); }, kWaitMs));
    EXPECT_TRUE(enabled(Kind::Start));
    EXPECT_TRUE(enabled(Kind::Delete));
    EXPECT_FALSE(enabled(Kind::OpenJupyter));
    EXPECT_FALSE(enabled(Kind::Stop));

    // Update settings: the dialog grows the volume, UpdateNotebookInstance runs, the row follows.
    QTimer::singleShot(0, [] {
        UpdateSettingsDialog* dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (QWidget* widget : QApplication::topLevelWidgets()) {
                    if (auto* candidate = qobject_cast<UpdateSettingsDialog*>(widget);
                        candidate && candidate->isVisible()) {
                        dialog = candidate;
                    }
                }
                return dialog != nullptr;
            },
            5000);
        ASSERT_NE(dialog, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->settingsLoaded(); }, kWaitMs))
            << dialog->statusLabel()->text().toStdString();
        QSpinBox* volume = dialog->settingsPage()->volumeBox();
        volume->setValue(volume->value() + 5);
        dialog->updateButton()->click();
    });
    const int before = model()->find(QStringLiteral("gamma"))->volumeSizeInGB;
    console()->actions()->action(Kind::UpdateSettings)->trigger();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const NotebookInstance* gamma = model()->find(QStringLiteral("gamma"));
            return gamma && gamma->volumeSizeInGB == before + 5 &&
                   gamma->notebookInstanceStatus == NotebookInstanceStatus::Stopped;
        },
        kWaitMs));
}

TEST_F(ConsoleWindow, MarksTheListOfflineWhenTheEndpointStops)
{
    startEndpoint();
    createInstance(QStringLiteral("delta"));
    openWindow();
    ASSERT_TRUE(waitForStatus(QStringLiteral("delta"), NotebookInstanceStatus::InService));
    auto* banner = console()->findChild<QLabel*>(QStringLiteral("offlineBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isVisible());

    m_endpoint->stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }, kWaitMs));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("as of")));
    EXPECT_TRUE(console()->connectionText().contains(QStringLiteral("Offline")));
    // The last known list stays.
    EXPECT_EQ(model()->rowCount(), 1);

    // A new window shows the cached list at once, before any endpoint has answered.
    m_window.reset();
    openWindow();
    EXPECT_EQ(model()->rowCount(), 1);
    EXPECT_EQ(statusOf(QStringLiteral("delta")), NotebookInstanceStatus::InService);
}

TEST_F(ConsoleWindow, FiltersByNameAndStatusAndSortsByColumn)
{
    startEndpoint();
    createInstance(QStringLiteral("train-a"));
    createInstance(QStringLiteral("train-b"), QStringLiteral("ml.t3.large"));
    createInstance(QStringLiteral("explore"));
    openWindow();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model()->rowCount() == 3; }, kWaitMs));

    auto* search = console()->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, QStringLiteral("TRAIN"));
    EXPECT_EQ(console()->proxy()->rowCount(), 2);
    search->clear();
    EXPECT_EQ(console()->proxy()->rowCount(), 3);

    auto* statusFilter = console()->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    ASSERT_NE(statusFilter, nullptr);
    statusFilter->setCurrentIndex(statusFilter->findData(int(NotebookInstanceStatus::Stopped)));
    EXPECT_EQ(console()->proxy()->rowCount(), 0);
    statusFilter->setCurrentIndex(0);
    EXPECT_EQ(console()->proxy()->rowCount(), 3);

    // Sorted by name at first; clicks on the Instance type header sort by it, then reverse.
    EXPECT_EQ(console()->proxy()->index(0, 0).data().toString(), QStringLiteral("explore"));
    QHeaderView* header = table()->horizontalHeader();
    const QPoint typeHeader(header->sectionViewportPosition(InstanceTableModel::InstanceTypeColumn) + 5,
                            header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, typeHeader);
    ASSERT_EQ(console()->proxy()->sortColumn(), InstanceTableModel::InstanceTypeColumn);
    const QString largeFirst = QStringLiteral("train-b");
    const auto firstName = [&] { return console()->proxy()->index(0, 0).data().toString(); };
    const auto lastName = [&] { return console()->proxy()->index(2, 0).data().toString(); };
    if (header->sortIndicatorOrder() == Qt::AscendingOrder) {
        EXPECT_EQ(firstName(), largeFirst);
    } else {
        EXPECT_EQ(lastName(), largeFirst);
    }
    const Qt::SortOrder firstOrder = header->sortIndicatorOrder();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, typeHeader);
    EXPECT_NE(header->sortIndicatorOrder(), firstOrder);
    if (header->sortIndicatorOrder() == Qt::AscendingOrder) {
        EXPECT_EQ(firstName(), largeFirst);
    } else {
        EXPECT_EQ(lastName(), largeFirst);
    }
}

TEST_F(ConsoleWindow, PausesPollingWhileHiddenAndPollsAtOnceWhenShown)
{
    startEndpoint();
    createInstance(QStringLiteral("eta"));
    openWindow();
    ASSERT_TRUE(waitForStatus(QStringLiteral("eta"), NotebookInstanceStatus::InService));
    QSignalSpy applied(console()->session(), &ConsoleSession::listApplied);
    // Hidden at the moment an answer is applied: no list request is in flight then, and the next one
    // waits for the scheduler. (A fixed allowance for "an answer already on its way" is too short on
    // a loaded machine.)
    bool hidden = false;
    const QMetaObject::Connection hideOnAnswer =
        QObject::connect(console()->session(), &ConsoleSession::listApplied, m_window.get(), [&] {
            if (!hidden) {
                hidden = true;
                m_window->hide();
            }
        });
    ASSERT_TRUE(QTest::qWaitFor([&] { return hidden; }, kWaitMs));
    QObject::disconnect(hideOnAnswer);
    EXPECT_FALSE(console()->session()->isVisible());
    EXPECT_FALSE(console()->session()->scheduler().isScheduled());
    const int whileHidden = int(applied.count());
    QTest::qWait(1000); // more than three stable intervals, in which nothing may be polled
    EXPECT_EQ(applied.count(), whileHidden);
    EXPECT_FALSE(console()->session()->scheduler().isScheduled());
    m_window->show();
    EXPECT_TRUE(console()->session()->isVisible());
    EXPECT_TRUE(QTest::qWaitFor([&] { return applied.count() > whileHidden; }, kWaitMs));
}

TEST_F(ConsoleWindow, WarnsOnceWhenAnInstanceRunsLongerThanConfigured)
{
    startEndpoint();
    createInstance(QStringLiteral("zeta"));
    // Ten hours from now, with a warning after eight.
    FixedClock later(QDateTime::currentDateTimeUtc().addSecs(10 * 3600));
    ConsoleOptions options;
    options.clock = &later;
    options.longRunningHours = 8;
    openWindow(options);
    ASSERT_TRUE(waitForStatus(QStringLiteral("zeta"), NotebookInstanceStatus::InService));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return console()->notifier()->lastTitle().contains(QStringLiteral("still running")); },
        kWaitMs));
    EXPECT_TRUE(console()->notifier()->lastTitle().contains(QStringLiteral("zeta")));
    const int count = console()->notifier()->count();
    // Later polls of the same run do not warn again.
    QSignalSpy applied(console()->session(), &ConsoleSession::listApplied);
    ASSERT_TRUE(QTest::qWaitFor([&] { return applied.count() >= 3; }, kWaitMs));
    EXPECT_EQ(console()->notifier()->count(), count);
}

TEST_F(ConsoleWindow, AsksWhetherToStopRunningLocalInstancesOnQuit)
{
    startEndpoint();
    createInstance(QStringLiteral("epsilon"));
    openWindow();
    ASSERT_TRUE(waitForStatus(QStringLiteral("epsilon"), NotebookInstanceStatus::InService));
    EXPECT_EQ(console()->runningLocalInstances(), QStringList{QStringLiteral("epsilon")});

    // Keep them running: the window closes and the instance stays in service.
    QString question;
    answerMessageBox(QStringLiteral("quitConfirmation"), QStringLiteral("keepOnQuitButton"), &question);
    EXPECT_TRUE(m_window->close());
    EXPECT_TRUE(question.contains(QStringLiteral("epsilon")));
    EXPECT_EQ(statusOf(QStringLiteral("epsilon")), NotebookInstanceStatus::InService);

    // Stop them: the instance is stopped before the window goes.
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    answerMessageBox(QStringLiteral("quitConfirmation"), QStringLiteral("stopOnQuitButton"));
    EXPECT_TRUE(m_window->close());
    LocalEndpointConnector connector(m_dataDir);
    auto connection = connector.createConnection();
    ASSERT_NE(connection, nullptr);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const auto& result = Aws::SageMakerClient(connection->context())
                                     .describeNotebookInstance(QStringLiteral("epsilon"))
                                     .wait();
            return result.ok() && result.value().notebookInstanceStatus != NotebookInstanceStatus::InService;
        },
        kWaitMs));
}

TEST_F(ConsoleWindow, ShowsAFailureReasonProminentlyAndCopyablyAndAnnouncesIt)
{
    startEndpoint();
    const QString configName = QStringLiteral("fails-on-start");
    const QString name = QStringLiteral("broken");
    {
        LocalEndpointConnector connector(m_dataDir);
        auto connection = connector.createConnection();
        ASSERT_NE(connection, nullptr);
        Aws::NotebookInstanceLifecycleConfig config;
        config.notebookInstanceLifecycleConfigName = configName;
        config.onStart = "exit 1\n";
        const auto& created =
            Aws::SageMakerClient(connection->context()).createNotebookInstanceLifecycleConfig(config).wait();
        ASSERT_TRUE(created.ok()) << created.error().toDisplayString().toStdString();
    }
    createInstance(name, QStringLiteral("ml.t3.medium"), configName);
    openWindow();
    ASSERT_TRUE(waitForStatus(name, NotebookInstanceStatus::Failed));
    // The list carries no reason; the Describe that follows does.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const NotebookInstance* instance = model()->find(name);
            return instance && !instance->failureReason.isEmpty();
        },
        kWaitMs));
    const QString reason = model()->find(name)->failureReason;
    EXPECT_TRUE(reason.contains(configName)) << reason.toStdString();

    // Start and Delete are what AWS allows on a failed instance.
    selectOnly({name});
    EXPECT_TRUE(enabled(Kind::Start));
    EXPECT_TRUE(enabled(Kind::Delete));
    EXPECT_FALSE(enabled(Kind::Stop));
    EXPECT_FALSE(enabled(Kind::OpenJupyter));
    EXPECT_FALSE(enabled(Kind::OpenJupyterLab));
    EXPECT_FALSE(enabled(Kind::UpdateSettings));

    // The reason stands out above every other field, framed in the Failed colour.
    InstanceDetailsPane* details = console()->details();
    auto* box = details->findChild<QFrame*>(QStringLiteral("failureBox"));
    auto* reasonLabel = details->findChild<QLabel*>(QStringLiteral("failureReason"));
    auto* firstField = details->findChild<QLabel*>(QStringLiteral("detailName"));
    auto* copy = details->findChild<QPushButton*>(QStringLiteral("copyFailureReason"));
    ASSERT_TRUE(box && reasonLabel && firstField && copy);
    EXPECT_TRUE(box->isVisible());
    EXPECT_EQ(reasonLabel->text(), reason);
    EXPECT_TRUE(reasonLabel->isVisible());
    EXPECT_LT(box->mapTo(details, QPoint()).y(), firstField->mapTo(details, QPoint()).y());
    const QColor failedColor = StatusDelegate::colorOf(NotebookInstanceStatus::Failed);
    EXPECT_TRUE(containsColor(box->grab().toImage(), failedColor));
    // Copyable: selectable text, and a button that puts it on the clipboard.
    EXPECT_TRUE(reasonLabel->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    QTest::mouseClick(copy, Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), reason);

    // The Status cell gets the Failed colour and glyph, also unselected.
    table()->clearSelection();
    const QModelIndex statusCell = console()->proxy()->mapFromSource(
        model()->index(model()->rowOf(name), InstanceTableModel::StatusColumn));
    const QImage cell = table()->viewport()->grab(table()->visualRect(statusCell)).toImage();
    EXPECT_TRUE(containsColor(cell, failedColor));
    EXPECT_FALSE(containsColor(cell, StatusDelegate::colorOf(NotebookInstanceStatus::InService)));
    EXPECT_EQ(statusCell.data(Qt::ToolTipRole).toString(), reason);

    // Started again it fails again, and this time the window sees it: a notification with the reason.
    selectOnly({name});
    QSignalSpy notified(console()->notifier(), &TrayNotifier::notified);
    console()->actions()->action(Kind::Start)->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return console()->notifier()->lastTitle() == QStringLiteral("%1 failed").arg(name); }, kWaitMs))
        << console()->notifier()->lastTitle().toStdString();
    EXPECT_EQ(console()->notifier()->lastMessage(), Redaction::redact(reason));
    EXPECT_TRUE(console()->notifier()->lastMessage().contains(configName));
    EXPECT_GE(notified.count(), 1);
    EXPECT_EQ(statusOf(name), NotebookInstanceStatus::Failed);
}

TEST_F(ConsoleWindow, ShowsDatesInTheUiLocale)
{
    startEndpoint();
    createInstance(QStringLiteral("theta"));
    const DefaultLocale korean(QLocale(QLocale::Korean, QLocale::SouthKorea));
    openWindow();
    ASSERT_TRUE(waitForStatus(QStringLiteral("theta"), NotebookInstanceStatus::InService));
    const NotebookInstance* theta = model()->find(QStringLiteral("theta"));
    ASSERT_NE(theta, nullptr);
    const int row =
        console()->proxy()->mapFromSource(model()->index(model()->rowOf(QStringLiteral("theta")), 0)).row();
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (const int column : {InstanceTableModel::CreatedColumn, InstanceTableModel::LastModifiedColumn}) {
        const QModelIndex cell = console()->proxy()->index(row, column);
        const QString text = cell.data().toString();
        const QDateTime shown =
            column == InstanceTableModel::CreatedColumn ? theta->creationTime : theta->lastModifiedTime;
        // Korean marks the half of the day before the time (오전 / 오후); English puts AM/PM after it.
        EXPECT_TRUE(text.contains(QStringLiteral("오전")) || text.contains(QStringLiteral("오후")))
            << text.toStdString();
        EXPECT_NE(text, english.toString(shown.toLocalTime(), QLocale::ShortFormat));
        // The year in four digits, never the short format's two.
        EXPECT_TRUE(text.contains(QString::number(shown.toLocalTime().date().year()))) << text.toStdString();
        // Wide enough to be read whole, and in view.
        EXPECT_GE(table()->columnWidth(column), table()->fontMetrics().horizontalAdvance(text) + 6)
            << text.toStdString();
        EXPECT_TRUE(table()->viewport()->rect().contains(table()->visualRect(cell)));
    }
    const QModelIndex cost = console()->proxy()->index(row, InstanceTableModel::CostColumn);
    EXPECT_TRUE(table()->viewport()->rect().contains(table()->visualRect(cost)));

    selectOnly({QStringLiteral("theta")});
    auto* created = console()->details()->findChild<QLabel*>(QStringLiteral("detailCreated"));
    ASSERT_NE(created, nullptr);
    EXPECT_TRUE(created->text().contains(QStringLiteral("년"))) << created->text().toStdString();
    EXPECT_TRUE(created->text().contains(QString::number(theta->creationTime.toLocalTime().date().year())));
    auto* timeline = console()->details()->findChild<QListWidget*>(QStringLiteral("statusTimeline"));
    ASSERT_NE(timeline, nullptr);
    ASSERT_GE(timeline->count(), 1);
    const QString entry = timeline->item(0)->text();
    EXPECT_TRUE(entry.contains(QStringLiteral("오전")) || entry.contains(QStringLiteral("오후")))
        << entry.toStdString();
}

TEST(ConsoleWindowAws, AsksForTheMfaCodeOfARoleProfileInADialog)
{
    QTemporaryDir dir;
    CleanAwsEnvironment clean(dir);
    MotoProfile moto(dir, QStringLiteral("eu-west-1"));
    SAGEDESK_REQUIRE_MOTO(moto);
    QFile config(dir.filePath(QStringLiteral("no-config")));
    ASSERT_TRUE(config.open(QIODevice::Append));
    config.write(
        "[profile analyst]\nrole_arn = arn:aws:iam::123456789012:role/Analyst\nsource_profile = moto\n"
        "mfa_serial = arn:aws:iam::123456789012:mfa/ada\nrole_session_name = ada\n"
        "region = eu-west-1\n");
    config.write(QStringLiteral("endpoint_url = %1\n").arg(moto.endpointUrl()).toUtf8());
    config.close();
    QSettings().setValue(QStringLiteral("console/profile"), QStringLiteral("analyst"));
    QSettings().setValue(QStringLiteral("console/region"), QStringLiteral("eu-west-1"));

    // The MFA dialog is modal: answer it from a timer, as a person would type the code.
    QString prompt;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* dialog = qobject_cast<QInputDialog*>(widget); dialog && dialog->isVisible()) {
                prompt = dialog->labelText();
                dialog->setTextValue(QStringLiteral("123456"));
                dialog->accept();
            }
        }
    });
    answer.start(50);
    MainWindow window;
    window.show();
    window.startConsole(awsOptions(dir));
    ConsoleView* console = window.console();
    EXPECT_EQ(console->accountBar()->profile(), QStringLiteral("analyst"));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return console->session()->identity().contains(QStringLiteral("assumed-role/Analyst/ada")); },
        kWaitMs))
        << console->connectionText().toStdString() << " / " << console->session()->identity().toStdString();
    EXPECT_TRUE(prompt.contains(QStringLiteral("arn:aws:iam::123456789012:mfa/ada"))) << prompt.toStdString();
    EXPECT_TRUE(prompt.contains(QStringLiteral("analyst")));
    QSettings().remove(QStringLiteral("console"));
}

TEST(ConsoleWindowAws, ListsAndStopsInstancesOfAProfileAgainstMoto)
{
    QTemporaryDir dir;
    CleanAwsEnvironment clean(dir);
    MotoProfile moto(dir, QStringLiteral("eu-west-1"));
    SAGEDESK_REQUIRE_MOTO(moto);
    const QString created = moto.createInstance(QStringLiteral("remote-one"));
    ASSERT_TRUE(created.isEmpty()) << created.toStdString();

    MainWindow window;
    window.show();
    window.startConsole(awsOptions(dir));
    ConsoleView* console = window.console();
    // A profile exists, so the first start opens on it rather than on Local.
    EXPECT_FALSE(console->accountBar()->isLocal());
    EXPECT_EQ(console->accountBar()->profile(), QStringLiteral("moto"));
    EXPECT_EQ(console->accountBar()->region(), QStringLiteral("eu-west-1"));
    InstanceTableModel* model = console->session()->model();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model->find(QStringLiteral("remote-one")) != nullptr; }, kWaitMs))
        << console->connectionText().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !console->session()->identity().isEmpty(); }, kWaitMs));
    EXPECT_TRUE(console->session()->identity().contains(QStringLiteral("123456789012")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return model->find(QStringLiteral("remote-one"))->notebookInstanceStatus ==
                   NotebookInstanceStatus::InService;
        },
        kWaitMs));

    console->table()->selectRow(0);
    ASSERT_TRUE(console->actions()->action(Kind::Stop)->isEnabled());
    console->actions()->action(Kind::Stop)->trigger();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return model->find(QStringLiteral("remote-one"))->notebookInstanceStatus ==
                   NotebookInstanceStatus::Stopped;
        },
        kWaitMs));
    EXPECT_EQ(QSettings().value(QStringLiteral("console/profile")).toString(), QStringLiteral("moto"));
}

TEST(ConsoleWindowAws, ShowsTheCostSoFarForPricedTypesAndADashOtherwise)
{
    QTemporaryDir dir;
    CleanAwsEnvironment clean(dir);
    MotoProfile moto(dir, QStringLiteral("us-east-1"));
    SAGEDESK_REQUIRE_MOTO(moto);
    const QString priced = QStringLiteral("priced");
    const QString unpriced = QStringLiteral("unpriced");
    for (const auto& [name, type] : {std::pair(priced, QStringLiteral("ml.t3.medium")),
                                     std::pair(unpriced, QStringLiteral("ml.m4.xlarge"))}) {
        const QString created = moto.createInstance(name, type);
        ASSERT_TRUE(created.isEmpty()) << created.toStdString();
    }
    const PriceCatalog catalog = PriceCatalog::load();
    const std::optional<double> hourly =
        catalog.hourlyPrice(QStringLiteral("us-east-1"), QStringLiteral("ml.t3.medium"));
    ASSERT_TRUE(hourly.has_value());
    ASSERT_FALSE(
        catalog.hourlyPrice(QStringLiteral("us-east-1"), QStringLiteral("ml.m4.xlarge")).has_value());

    // Ten hours into the run, so that the cost is well above zero.
    FixedClock later(QDateTime::currentDateTimeUtc().addSecs(10 * 3600));
    MainWindow window;
    ConsoleOptions options = awsOptions(dir);
    options.clock = &later;
    window.show();
    window.startConsole(options);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ConsoleView* console = window.console();
    InstanceTableModel* model = console->session()->model();
    const auto inService = [&](const QString& name) {
        const NotebookInstance* instance = model->find(name);
        return instance && instance->notebookInstanceStatus == NotebookInstanceStatus::InService;
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return inService(priced) && inService(unpriced); }, kWaitMs))
        << console->connectionText().toStdString();

    QTableView* table = console->table();
    const auto costCell = [&](const QString& name) {
        return console->proxy()->mapFromSource(
            model->index(model->rowOf(name), InstanceTableModel::CostColumn));
    };
    const NotebookInstance* running = model->find(priced);
    const double expected =
        *hourly * double(running->lastModifiedTime.secsTo(later.currentDateTimeUtc())) / 3600.0;
    EXPECT_GT(expected, 0.1);
    EXPECT_EQ(costCell(priced).data().toString(), QStringLiteral("$%1").arg(expected, 0, 'f', 2));
    EXPECT_EQ(costCell(unpriced).data().toString(), QStringLiteral("\u2014"));
    // In view, without scrolling, at the window's first size.
    for (const QString& name : {priced, unpriced}) {
        EXPECT_TRUE(table->viewport()->rect().contains(table->visualRect(costCell(name))));
    }

    // The header's tooltip names where the prices come from, and when.
    QHeaderView* header = table->horizontalHeader();
    const QPoint costHeader(header->sectionViewportPosition(InstanceTableModel::CostColumn) + 5,
                            header->height() / 2);
    QHelpEvent help(QEvent::ToolTip, costHeader, header->viewport()->mapToGlobal(costHeader));
    QCoreApplication::sendEvent(header->viewport(), &help);
    EXPECT_TRUE(QToolTip::isVisible());
    const QString tooltip = QToolTip::text();
    EXPECT_TRUE(tooltip.contains(catalog.source())) << tooltip.toStdString();
    EXPECT_TRUE(tooltip.contains(QLocale().toString(catalog.date(), QLocale::LongFormat)))
        << tooltip.toStdString();
    EXPECT_TRUE(catalog.source().contains(QStringLiteral("by hand")));
    EXPECT_TRUE(catalog.source().contains(QStringLiteral("not checked")));
    QToolTip::hideText();
}

TEST_F(ConsoleWindow, FollowsALifecycleLogWhilePendingAndHighlightsTheFailingLine)
{
    startEndpoint();
    const QString configName = QStringLiteral("prints-then-fails");
    const QString name = QStringLiteral("logged");
    const QStringList lines{
        QStringLiteral("installing step one"), QStringLiteral("installing step two"),
        QStringLiteral("ls: cannot access '/sagedesk-missing-folder': No such file or directory"),
        QStringLiteral("cleanup done")};
    {
        LocalEndpointConnector connector(m_dataDir);
        auto connection = connector.createConnection();
        ASSERT_NE(connection, nullptr);
        Aws::NotebookInstanceLifecycleConfig config;
        config.notebookInstanceLifecycleConfigName = configName;
        // The second line comes late, so the pane must follow the stream to see it.
        config.onStart = "#!/bin/bash\necho 'installing step one'\nsleep 6\necho 'installing step two'\n"
                         "ls /sagedesk-missing-folder || { echo 'cleanup done'; exit 2; }\n";
        const auto created =
            Aws::SageMakerClient(connection->context()).createNotebookInstanceLifecycleConfig(config).wait();
        ASSERT_TRUE(created.ok()) << created.error().toDisplayString().toStdString();
    }
    createInstance(name, QStringLiteral("ml.t3.medium"), configName);
    openWindow();
    ASSERT_TRUE(waitForStatus(name, NotebookInstanceStatus::Pending));
    selectOnly({name});
    InstanceLogsView* logs = console()->details()->logs();
    const auto shownMessages = [&] {
        QStringList messages;
        for (const Aws::OutputLogEvent& event : logs->tail()->events()) {
            messages << event.message;
        }
        return messages;
    };
    // While Pending: the OnStart stream, followed; the first line shows before the script has ended.
    ASSERT_TRUE(QTest::qWaitFor([&] { return shownMessages().value(0) == lines[0]; }, kWaitMs))
        << shownMessages().join(u'\n').toStdString();
    EXPECT_EQ(logs->tail()->script(), LogStreamTail::Script::OnStart);
    EXPECT_TRUE(logs->tail()->isFollowing());
    EXPECT_EQ(statusOf(name), NotebookInstanceStatus::Pending);
    EXPECT_TRUE(logs->text()->toPlainText().contains(lines[0]));

    // Failed: the same lines in order, the failing one highlighted and in view.
    ASSERT_TRUE(waitForStatus(name, NotebookInstanceStatus::Failed));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return shownMessages() == lines && logs->highlightedLine() >= 0; }, kWaitMs))
        << shownMessages().join(u'\n').toStdString();
    EXPECT_EQ(logs->highlightedLine(), 2);
    EXPECT_FALSE(logs->tail()->isFollowing());
    const QStringList shownLines = logs->text()->toPlainText().split(u'\n');
    ASSERT_EQ(shownLines.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        EXPECT_TRUE(shownLines[i].endsWith(lines[i])) << shownLines[i].toStdString();
    }
    ASSERT_EQ(logs->text()->extraSelections().size(), 1);
    EXPECT_EQ(logs->text()->extraSelections().first().cursor.blockNumber(), 2);
    EXPECT_EQ(logs->text()->textCursor().blockNumber(), 2);

    // Copy and save as text.
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(logs->findChild<QPushButton*>(QStringLiteral("copyLog")), Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), logs->text()->toPlainText());
    const QString saved = m_dir.filePath(QStringLiteral("saved.log"));
    ASSERT_TRUE(logs->saveTo(saved));
    QFile file(saved);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), logs->text()->toPlainText() + u'\n');

    // The OnCreate tab: this instance never ran one, so there is no log yet.
    logs->showScript(LogStreamTail::Script::OnCreate);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return logs->tail()->state() == LogStreamTail::State::Missing; }, kWaitMs));
    EXPECT_EQ(logs->findChild<QLabel*>(QStringLiteral("logState"))->text(), QStringLiteral("No log yet."));

    // The update dialog's link opens the last run's OnStart log.
    LifecycleLogLink link(console()->session()->connection()->context(), [&] { return name; });
    QWidget* window = link.openLog(QStringLiteral("on-start"));
    ASSERT_NE(window, nullptr);
    auto* linked = window->findChild<InstanceLogsView*>();
    ASSERT_NE(linked, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return linked->tail()->events().size() == lines.size(); }, kWaitMs));
    window->close();
}
