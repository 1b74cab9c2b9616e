// The create wizard with real widgets against a real sagedesk-local: opened from the toolbar's
// first action with Ctrl+N, filled from the keyboard and through its pages, a new role with Any
// bucket, the instance InService in the table; a refused create shows the AWS error and Clean up
// leaves no role behind; every control on every page has an accessible name.
#include "wizard/CreateWizard.h"
#include "aws/AwsConnection.h"
#include "aws/client/AwsClientContext.h"
#include "aws/roles/ExecutionRolePolicies.h"
#include "aws/services/IamClient.h"
#include "aws/services/SageMakerClient.h"
#include "console/create/CreateRunner.h"
#include "console/models/InstanceTableModel.h"
#include "discovery/LocalEndpointInfo.h"
#include "instances/ConsoleView.h"
#include "instances/InstanceActions.h"
#include "instances/LocalEndpointConnector.h"
#include "shell/MainWindow.h"
#include "support/CliTestSupport.h"
#include "support/ExecutionRoleSupport.h"
#include "support/LocalEndpointProcess.h"
#include "support/MotoServer.h"
#include "support/ServerProcess.h"
#include "wizard/CreateProgressPage.h"
#include "wizard/NewRoleDialog.h"
#include "wizard/TagEditorDialog.h"
#include "wizard/WizardPages.h"

#include <gtest/gtest.h>

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMultiHash>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <csignal>

using namespace SageDesk;
using namespace SageDesk::Ui;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 60000;

class CreateWizardGui : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        if (SageDesk::Test::findExecutable(QStringLiteral("jupyter")).isEmpty()) {
            GTEST_SKIP() << "jupyter is not installed; sagedesk-local cannot run notebook instances";
        }
        // No AWS files or keys: the window starts in local mode.
        for (const char* name :
             {"AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_REGION",
              "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL"}) {
            qunsetenv(name);
        }
        qputenv("AWS_CONFIG_FILE", m_dir.filePath(QStringLiteral("no-config")).toLocal8Bit());
        qputenv("AWS_SHARED_CREDENTIALS_FILE",
                m_dir.filePath(QStringLiteral("no-credentials")).toLocal8Bit());
        QSettings().remove(QStringLiteral("console"));
        m_dataDir = m_dir.filePath(QStringLiteral("local"));
        ASSERT_NO_FATAL_FAILURE(SageDesk::Test::startLocalEndpointOnPortZero(m_endpoint, m_dataDir));
        m_connector = std::make_unique<LocalEndpointConnector>(m_dataDir);
        m_connection = m_connector->createConnection();
        ASSERT_NE(m_connection, nullptr);
    }

    void TearDown() override
    {
        m_wizard.reset();
        m_window.reset();
        m_connection.reset();
        if (m_endpoint) {
            m_endpoint->stop();
        }
    }

    Aws::AwsClientContext* context() const { return m_connection->context(); }

    std::unique_ptr<CreateWizard> openWizard()
    {
        CreateWizardOptions options;
        options.region = m_connection->region();
        options.local = true;
        options.endpointUrl = context()->endpoint(QStringLiteral("sagemaker"));
        options.pollInterval = 200ms;
        auto wizard = std::make_unique<CreateWizard>(context(), options);
        wizard->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
        return wizard;
    }

    // The "Create an IAM role" dialog, answered with Any S3 bucket from the keyboard.
    static void chooseNewRoleWithAnyBucket(CreateWizard* wizard)
    {
        PermissionsPage* page = wizard->permissionsPage();
        page->roleModeBox()->setCurrentIndex(PermissionsPage::NewRole);
        EXPECT_FALSE(page->isComplete());
        page->newRoleButton()->click();
        NewRoleDialog* dialog = nullptr;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return (dialog = page->findChild<NewRoleDialog*>()) && dialog->isVisible(); }, 5000));
        // Specific is the console's default; a bad bucket name is refused with the S3 rule.
        EXPECT_TRUE(dialog->specificButton()->isChecked());
        QTest::keyClicks(dialog->bucketsEdit(), QStringLiteral("Bad_Bucket"));
        EXPECT_FALSE(dialog->issueLabel()->text().isEmpty());
        EXPECT_FALSE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->anyButton()->setFocus();
        QTest::keyClick(dialog->anyButton(), Qt::Key_Space);
        ASSERT_TRUE(dialog->anyButton()->isChecked());
        ASSERT_TRUE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Return);
        EXPECT_TRUE(page->isComplete());
    }

    void fillName(CreateWizard* wizard, const QString& name)
    {
        QLineEdit* edit = wizard->settingsPage()->nameEdit();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("-bad"));
        // The validator's message shows next to the field as the person types.
        EXPECT_TRUE(
            wizard->settingsPage()->nameIssue()->text().contains(QLatin1String("NotebookInstanceName")))
            << wizard->settingsPage()->nameIssue()->text().toStdString();
        EXPECT_FALSE(wizard->settingsPage()->isComplete());
        edit->selectAll();
        QTest::keyClicks(edit, name);
        EXPECT_TRUE(wizard->settingsPage()->nameIssue()->text().isEmpty());
        EXPECT_TRUE(wizard->settingsPage()->isComplete());
    }

    static bool waitForRunner(CreateWizard* wizard, CreateRunner::State from)
    {
        return QTest::qWaitFor([&] { return wizard->runner() && wizard->runner()->state() != from; },
                               kWaitMs);
    }

    bool roleExists(const QString& roleName) const
    {
        return Aws::IamClient(context()).getRole(roleName).wait().ok();
    }

    QTemporaryDir m_dir;
    QString m_dataDir;
    std::unique_ptr<SageDesk::Test::ServerProcess> m_endpoint;
    std::unique_ptr<LocalEndpointConnector> m_connector;
    std::unique_ptr<Aws::AwsConnection> m_connection;
    std::unique_ptr<CreateWizard> m_wizard;
    std::unique_ptr<MainWindow> m_window;
};

// Tab (never the mouse) until `target` has the focus; false when it is not reachable.
bool tabTo(QWidget* target)
{
    for (int i = 0; i < 60 && !target->hasFocus(); ++i) {
        QWidget* focused = QApplication::focusWidget();
        if (!focused) {
            return false;
        }
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    return target->hasFocus();
}

// A key to whatever has the focus, as a keyboard does.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focused = QApplication::focusWidget();
    ASSERT_NE(focused, nullptr);
    QTest::keyClick(focused, Qt::Key(key), modifiers);
}

// Alt+<key> on the wizard: the button's shortcut clicks through animateClick(), a moment later, so
// the page turns after the key event has returned. (Were the key ambiguous, it would only move the
// focus; mnemonicClashes() finds that.)
testing::AssertionResult turnPage(QWizard* wizard, int key, int expectedId)
{
    QWidget* focused = QApplication::focusWidget();
    if (!focused) {
        return testing::AssertionFailure() << "nothing has the keyboard focus";
    }
    QTest::keyClick(focused, Qt::Key(key), Qt::AltModifier);
    if (!QTest::qWaitFor([&] { return wizard->currentId() == expectedId; }, 5000)) {
        return testing::AssertionFailure() << "Alt+" << QKeySequence(key).toString().toStdString()
                                           << " left the wizard on page " << wizard->currentId();
    }
    return testing::AssertionSuccess();
}

// Names of the controls a person can reach that have no accessible name.
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                             qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget) ||
                             qobject_cast<QPlainTextEdit*>(widget) ||
                             qobject_cast<QAbstractItemView*>(widget);
        if (!control || !widget->isVisible() || widget->focusPolicy() == Qt::NoFocus ||
            qobject_cast<QLineEdit*>(widget->parentWidget()) ||
            qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
            qobject_cast<QComboBox*>(widget->parentWidget())) {
            continue;
        }
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
            unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                   widget->objectName());
        }
    }
    return unnamed;
}

// Alt+<letter> keys that two visible labels or buttons claim at once ("Alt+N: &Name:, &Next >"):
// Qt then only moves the focus between them, and the keyboard cannot turn the page.
QStringList mnemonicClashes(QWidget* root)
{
    QMultiHash<QString, QString> owners;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisible()) {
            continue;
        }
        QString text;
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            text = button->text();
        } else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
            text = label->text();
        }
        if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty()) {
            owners.insert(key.toString(), text);
        }
    }
    QStringList clashes;
    for (const QString& key : owners.uniqueKeys()) {
        if (owners.count(key) > 1) {
            clashes << QStringLiteral("%1: %2").arg(key, owners.values(key).join(QStringLiteral(", ")));
        }
    }
    return clashes;
}

} // namespace

TEST_F(CreateWizardGui, ToolbarCtrlNNewRoleAnyBucketReachesInServiceInTheTable)
{
    m_window = std::make_unique<MainWindow>();
    ConsoleOptions options;
    options.cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
    options.localDataDir = m_dataDir;
    options.localProgram = QStringLiteral(SAGEDESK_LOCAL_PATH);
    options.intervals = {100ms, 300ms, 400ms};
    m_window->show();
    m_window->startConsole(options);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    ConsoleView* console = m_window->console();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return console->session()->connectionState() == ConsoleSession::ConnectionState::Online; },
        kWaitMs));

    QAction* create = console->actions()->createAction();
    ASSERT_FALSE(m_window->instanceToolBar()->actions().isEmpty());
    EXPECT_EQ(m_window->instanceToolBar()->actions().first(), create);
    EXPECT_EQ(m_window->instanceMenu()->actions().first(), create);
    EXPECT_EQ(create->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    EXPECT_FALSE(create->icon().isNull());

    // Window shortcuts need the active window; Xvfb has no window manager to make it so.
    QApplication::setActiveWindow(m_window.get());
    ASSERT_EQ(QApplication::activeWindow(), m_window.get());
    QTest::keyClick(console->table(), Qt::Key_N, Qt::ControlModifier);
    CreateWizard* wizard = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (wizard = console->findChild<CreateWizard*>()) && wizard->isVisible(); }, 5000));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard));

    fillName(wizard, QStringLiteral("gui-any"));
    wizard->next();
    ASSERT_EQ(wizard->currentId(), CreateWizard::PermissionsId);
    // The roles list loads without blocking: a placeholder first, then only roles SageMaker may assume.
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->permissionsPage()->rolesLoaded(); }, kWaitMs));
    chooseNewRoleWithAnyBucket(wizard);
    wizard->next();
    // The local endpoint has no VPCs: the optional network page stays at "No VPC".
    ASSERT_EQ(wizard->currentId(), CreateWizard::NetworkId);
    EXPECT_FALSE(wizard->networkPage()->vpcBox()->isEnabled());
    wizard->next();
    ASSERT_EQ(wizard->currentId(), CreateWizard::GitId);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), CreateWizard::TagsId);
    wizard->tagsPage()->addTag(QStringLiteral("team"), QStringLiteral("ml"));
    wizard->tagsPage()->idleStopBox()->setChecked(true);
    wizard->tagsPage()->idleMinutesBox()->setValue(30);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), CreateWizard::ReviewId);

    ReviewPage* review = wizard->reviewPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return review->isComplete(); }, kWaitMs))
        << review->issuesLabel()->text().toStdString();
    const CreatePlan plan = wizard->plan();
    EXPECT_EQ(review->bodiesView()->toPlainText(), plan.requestBodiesText());
    EXPECT_EQ(review->cliView()->toPlainText(), plan.cliText());
    EXPECT_TRUE(review->cliView()->toPlainText().startsWith(QStringLiteral("aws iam create-role ")));
    EXPECT_TRUE(review->summaryView()->toPlainText().contains(QStringLiteral("gui-any")));
    // The console's defaults: IMDSv2 only, root access enabled, the AWS managed key.
    EXPECT_EQ(plan.instanceRequest().minimumInstanceMetadataServiceVersion, QStringLiteral("2"));
    EXPECT_EQ(plan.instanceRequest().rootAccess, QStringLiteral("Enabled"));
    EXPECT_TRUE(plan.instanceRequest().kmsKeyId.isEmpty());
    review->copyCliButton()->click();
    EXPECT_EQ(QApplication::clipboard()->text(), plan.cliText());

    wizard->next(); // Create
    ASSERT_EQ(wizard->currentId(), CreateWizard::ProgressId);
    ASSERT_TRUE(waitForRunner(wizard, CreateRunner::State::Running));
    ASSERT_EQ(wizard->runner()->state(), CreateRunner::State::Succeeded)
        << wizard->progressPage()->errorLabel()->text().toStdString();
    EXPECT_TRUE(
        wizard->progressPage()->stepList()->item(0)->text().startsWith(QStringLiteral("iam:CreateRole")));

    // The table shows it InService (the session polls while it is in transition).
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const NotebookInstance* instance = console->session()->model()->find(QStringLiteral("gui-any"));
            return instance && instance->notebookInstanceStatus == NotebookInstanceStatus::InService;
        },
        kWaitMs));
    const auto attached =
        Aws::IamClient(context()).listAttachedRolePolicies(wizard->runner()->plan().roleName()).wait();
    ASSERT_TRUE(attached.ok());
    EXPECT_EQ(attached->size(), 2);
    const auto tags = Aws::SageMakerClient(context()).listTags(wizard->runner()->instanceArn()).wait();
    ASSERT_TRUE(tags.ok());
    EXPECT_TRUE(tags->contains(Tag{CreatePlan::kIdleStopTag, QStringLiteral("30")}));
    wizard->button(QWizard::FinishButton)->click();
}

TEST_F(CreateWizardGui, RefusedCreateShowsTheAwsErrorAndCleanUpLeavesNoRole)
{
    CreateNotebookInstanceRequest taken;
    taken.notebookInstanceName = QStringLiteral("gui-taken");
    taken.roleArn = SageDesk::Test::makeExecutionRole(context());
    ASSERT_TRUE(Aws::SageMakerClient(context()).createNotebookInstance(taken).wait().ok());

    m_wizard = openWizard();
    fillName(m_wizard.get(), QStringLiteral("gui-taken"));
    m_wizard->next();
    chooseNewRoleWithAnyBucket(m_wizard.get());
    m_wizard->next(); // network
    m_wizard->next(); // git
    m_wizard->next(); // tags
    m_wizard->next(); // review
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->reviewPage()->isComplete(); }, kWaitMs));
    m_wizard->next();
    ASSERT_TRUE(waitForRunner(m_wizard.get(), CreateRunner::State::Running));
    ASSERT_EQ(m_wizard->runner()->state(), CreateRunner::State::Failed);
    // The runner's plan: the reviewed name moves on a second when another maker took it.
    const QString roleName = m_wizard->runner()->plan().roleName();
    CreateProgressPage* progress = m_wizard->progressPage();
    const QString error = progress->errorLabel()->text();
    EXPECT_TRUE(error.contains(QLatin1String("ValidationException"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QLatin1String("duplicate"))) << error.toStdString();
    EXPECT_FALSE(m_wizard->runner()->lastError()->requestId.isEmpty());
    EXPECT_TRUE(error.contains(m_wizard->runner()->lastError()->requestId));
    EXPECT_TRUE(progress->retryButton()->isVisible());
    ASSERT_TRUE(progress->cleanUpButton()->isVisible() && progress->cleanUpButton()->isEnabled());
    EXPECT_TRUE(roleExists(roleName));

    progress->cleanUpButton()->setFocus();
    QTest::keyClick(progress->cleanUpButton(), Qt::Key_Space);
    ASSERT_TRUE(waitForRunner(m_wizard.get(), CreateRunner::State::CleaningUp));
    EXPECT_EQ(m_wizard->runner()->state(), CreateRunner::State::CleanedUp)
        << progress->statusLabel()->text().toStdString();
    EXPECT_FALSE(roleExists(roleName));
    EXPECT_FALSE(progress->retryButton()->isEnabled());
    EXPECT_TRUE(m_wizard->button(QWizard::FinishButton)->isEnabled());
}

// "None" in "Create an IAM role": the role gets the managed policy alone, no policy of its own.
TEST_F(CreateWizardGui, NewRoleWithNoS3AccessHasOnlyTheManagedPolicy)
{
    m_wizard = openWizard();
    fillName(m_wizard.get(), QStringLiteral("gui-none"));
    m_wizard->next();
    PermissionsPage* page = m_wizard->permissionsPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->rolesLoaded(); }, kWaitMs));
    page->roleModeBox()->setCurrentIndex(PermissionsPage::NewRole);
    page->newRoleButton()->click();
    NewRoleDialog* dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (dialog = page->findChild<NewRoleDialog*>()) && dialog->isVisible(); }, 5000));
    dialog->noneButton()->click();
    ASSERT_TRUE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    ASSERT_TRUE(page->isComplete());
    for (int id = CreateWizard::NetworkId; id <= CreateWizard::ReviewId; ++id) {
        m_wizard->next();
    }
    ASSERT_EQ(m_wizard->currentId(), CreateWizard::ReviewId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_wizard->reviewPage()->isComplete(); }, kWaitMs))
        << m_wizard->reviewPage()->issuesLabel()->text().toStdString();
    m_wizard->reviewPage()->waitBox()->setChecked(false);
    m_wizard->next();
    ASSERT_TRUE(waitForRunner(m_wizard.get(), CreateRunner::State::Running));
    ASSERT_EQ(m_wizard->runner()->state(), CreateRunner::State::Succeeded)
        << m_wizard->progressPage()->errorLabel()->text().toStdString();

    const QString roleName = m_wizard->runner()->plan().roleName();
    const auto attached = Aws::IamClient(context()).listAttachedRolePolicies(roleName).wait();
    ASSERT_TRUE(attached.ok()) << attached.error().toDisplayString().toStdString();
    ASSERT_EQ(attached->size(), 1);
    EXPECT_EQ(attached->first().policyArn, Aws::ExecutionRolePolicies::managedPolicyArn());
    const auto described =
        Aws::SageMakerClient(context()).describeNotebookInstance(QStringLiteral("gui-none")).wait();
    ASSERT_TRUE(described.ok());
    EXPECT_TRUE(described->roleArn.endsWith(QLatin1Char('/') + roleName)) << described->roleArn.toStdString();
}

TEST_F(CreateWizardGui, EveryControlOnEveryPageHasAnAccessibleNameAndItsOwnMnemonic)
{
    m_wizard = openWizard();
    QStringList unnamed = unnamedControls(m_wizard.get()) << mnemonicClashes(m_wizard.get());
    fillName(m_wizard.get(), QStringLiteral("named"));
    m_wizard->settingsPage()->lifecycleModeBox()->setCurrentIndex(int(CreateChoices::Lifecycle::New));
    // A script with Windows line endings and no shebang is warned about in place.
    // A script without a shebang is warned about in place; the editor itself turns CRLF into LF,
    // so Windows line endings can only come with bytes, which the same check names.
    QTest::keyClicks(m_wizard->settingsPage()->onStartEdit(), QStringLiteral("echo hi"));
    const QString warnings = m_wizard->settingsPage()->scriptWarnings()->text();
    EXPECT_TRUE(warnings.contains(QLatin1String("shebang"))) << warnings.toStdString();
    EXPECT_TRUE(SettingsPage::scriptWarningsFor(QStringLiteral("OnStart"), "#!/bin/bash\r\necho hi\r\n")
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("CRLF")));
    EXPECT_TRUE(SettingsPage::scriptWarningsFor(QStringLiteral("OnStart"), QByteArray(12289, 'x'))
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("16384")));
    unnamed << unnamedControls(m_wizard.get()) << mnemonicClashes(m_wizard.get());
    m_wizard->settingsPage()->lifecycleModeBox()->setCurrentIndex(0);
    m_wizard->next();
    for (int mode : {PermissionsPage::ExistingRole, PermissionsPage::NewRole, PermissionsPage::CustomArn}) {
        m_wizard->permissionsPage()->roleModeBox()->setCurrentIndex(mode);
        unnamed << unnamedControls(m_wizard.get()) << mnemonicClashes(m_wizard.get());
    }
    m_wizard->permissionsPage()->setNewRole(Aws::S3Access::none());
    // A typed key id is checked by the validator's pattern.
    QTest::keyClicks(m_wizard->permissionsPage()->kmsKeyBox()->lineEdit(), QStringLiteral("not a key!"));
    EXPECT_FALSE(m_wizard->permissionsPage()->isComplete());
    m_wizard->permissionsPage()->kmsKeyBox()->setEditText(QString());
    EXPECT_TRUE(m_wizard->permissionsPage()->isComplete());
    m_wizard->next();
    unnamed << unnamedControls(m_wizard.get()) << mnemonicClashes(m_wizard.get());
    m_wizard->next();
    // Git: a stored repository name or an https URL; anything else is the validator's refusal.
    GitPage* git = m_wizard->gitPage();
    unnamed << unnamedControls(m_wizard.get()) << mnemonicClashes(m_wizard.get());
    QTest::keyClicks(git->repositoryBoxes().at(1)->lineEdit(),
                     QStringLiteral("https://github.com/aws/extra"));
    EXPECT_TRUE(git->isComplete());
    QTest::keyClicks(git->repositoryBoxes().at(0)->lineEdit(), QStringLiteral("ftp://example.com/repo"));
    EXPECT_FALSE(git->isComplete());
    EXPECT_TRUE(git->issueLabel()->text().contains(QLatin1String("DefaultCodeRepository")))
        << git->issueLabel()->text().toStdString();
    git->repositoryBoxes().at(0)->setEditText(
        QStringLiteral("https://github.com/aws/amazon-sagemaker-examples"));
    EXPECT_TRUE(git->isComplete()) << git->issueLabel()->text().toStdString();
    CreateChoices choices = m_wizard->choices();
    EXPECT_EQ(choices.instance.defaultCodeRepository,
              QStringLiteral("https://github.com/aws/amazon-sagemaker-examples"));
    EXPECT_EQ(choices.instance.additionalCodeRepositories,
              QStringList{QStringLiteral("https://github.com/aws/extra")});
    m_wizard->next();
    m_wizard->tagsPage()->addTag(QStringLiteral("k"), QStringLiteral("v"));
    unnamed << unnamedControls(m_wizard.get()) << mnemonicClashes(m_wizard.get());
    m_wizard->next();
    unnamed << unnamedControls(m_wizard.get()) << mnemonicClashes(m_wizard.get());
    unnamed.removeDuplicates();
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(QStringLiteral(", ")).toStdString();
}

// The wizard against moto (EC2, IAM, SageMaker on one endpoint), boto3 (Debian's python3) to look.
class CreateWizardMoto : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (const QString why = SageDesk::Test::CliMoto::unavailableReason(); !why.isEmpty()) {
            GTEST_SKIP() << why.toStdString();
        }
        ASSERT_TRUE(m_moto.start()) << m_moto.error().toStdString();
        m_context = m_moto.createContext(QStringLiteral("us-east-1"));
    }

    static CreateWizardOptions options()
    {
        CreateWizardOptions options;
        options.region = QStringLiteral("us-east-1");
        options.callerArn = QStringLiteral("arn:aws:iam::123456789012:user/test");
        options.pollInterval = 200ms;
        return options;
    }

    SageDesk::Test::MotoServer m_moto;
    std::unique_ptr<Aws::AwsClientContext> m_context;
};

// The network page against moto's EC2 (its default VPC, subnets and security group): the lists
// load asynchronously, Disabled internet access needs a subnet, groups without one only warn.
TEST_F(CreateWizardMoto, NetworkVpcSubnetGroupsAndInternetAccess)
{
    CreateWizard wizard(m_context.get(), options());
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    NetworkPage* page = wizard.networkPage();
    EXPECT_TRUE(page->isComplete()); // no VPC is a valid choice
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->vpcsLoaded(); }, kWaitMs));
    ASSERT_GE(page->vpcBox()->count(), 2) << page->vpcBox()->toolTip().toStdString();
    page->vpcBox()->setCurrentIndex(1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->vpcDetailsLoaded(); }, kWaitMs));
    ASSERT_GE(page->subnetBox()->count(), 2);
    ASSERT_GE(page->groupList()->count(), 1);

    page->internetBox()->setCurrentIndex(page->internetBox()->findData(QStringLiteral("Disabled")));
    EXPECT_FALSE(page->isComplete());
    EXPECT_TRUE(page->issueLabel()->text().contains(QLatin1String("DirectInternetAccess")))
        << page->issueLabel()->text().toStdString();
    page->internetBox()->setCurrentIndex(page->internetBox()->findData(QStringLiteral("Enabled")));
    page->groupList()->item(0)->setCheckState(Qt::Checked);
    EXPECT_TRUE(page->isComplete());
    EXPECT_TRUE(page->issueLabel()->text().contains(QLatin1String("subnet")))
        << page->issueLabel()->text().toStdString();

    page->subnetBox()->setCurrentIndex(1);
    page->internetBox()->setCurrentIndex(page->internetBox()->findData(QStringLiteral("Disabled")));
    EXPECT_TRUE(page->isComplete());
    EXPECT_TRUE(page->issueLabel()->text().isEmpty()) << page->issueLabel()->text().toStdString();
    const QJsonObject body = wizard.plan().steps().constFirst().body;
    EXPECT_EQ(body.value(QLatin1String("SubnetId")).toString(), page->subnetBox()->currentData().toString());
    EXPECT_EQ(body.value(QLatin1String("SecurityGroupIds")).toArray().size(), 1);
    EXPECT_EQ(body.value(QLatin1String("DirectInternetAccess")).toString(), QStringLiteral("Disabled"));
}

// The whole flow from the keyboard alone: Tab to each control, type, arrow keys in combo boxes,
// Space on buttons, Alt+N to turn the page, Alt+C to create, and the new role for specific buckets
// holds exactly the console's recipe for them.
TEST_F(CreateWizardGui, KeyboardOnlyNewRoleForSpecificBucketsReachesInService)
{
    m_wizard = openWizard();
    CreateWizard* wizard = m_wizard.get();
    QApplication::setActiveWindow(wizard);
    ASSERT_TRUE(tabTo(wizard->settingsPage()->nameEdit()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("kbd-specific"));
    ASSERT_TRUE(tabTo(wizard->settingsPage()->volumeBox()));
    press(Qt::Key_Up); // 6 GB
    ASSERT_TRUE(turnPage(wizard, Qt::Key_N, CreateWizard::PermissionsId));

    PermissionsPage* permissions = wizard->permissionsPage();
    ASSERT_TRUE(tabTo(permissions->roleModeBox()));
    press(Qt::Key_Down);
    ASSERT_EQ(permissions->roleModeBox()->currentIndex(), int(PermissionsPage::NewRole));
    ASSERT_TRUE(tabTo(permissions->newRoleButton()));
    press(Qt::Key_Space);
    NewRoleDialog* dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (dialog = permissions->findChild<NewRoleDialog*>()) && dialog->isVisible(); }, 5000));
    QApplication::setActiveWindow(dialog);
    ASSERT_TRUE(dialog->specificButton()->isChecked());
    ASSERT_TRUE(tabTo(dialog->bucketsEdit()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("team-data, team-models"));
    ASSERT_TRUE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled())
        << dialog->issueLabel()->text().toStdString();
    press(Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isVisible(); }, 5000));
    QApplication::setActiveWindow(wizard);
    ASSERT_TRUE(permissions->isComplete());
    for (const int page :
         {CreateWizard::NetworkId, CreateWizard::GitId, CreateWizard::TagsId, CreateWizard::ReviewId}) {
        ASSERT_TRUE(turnPage(wizard, Qt::Key_N, page));
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->reviewPage()->isComplete(); }, kWaitMs))
        << wizard->reviewPage()->issuesLabel()->text().toStdString();
    const CreatePlan plan = wizard->plan();
    EXPECT_EQ(plan.instanceRequest().volumeSizeInGB, 6);
    ASSERT_TRUE(turnPage(wizard, Qt::Key_C, CreateWizard::ProgressId));
    ASSERT_TRUE(waitForRunner(wizard, CreateRunner::State::Running));
    ASSERT_EQ(wizard->runner()->state(), CreateRunner::State::Succeeded)
        << wizard->progressPage()->errorLabel()->text().toStdString();

    Aws::IamClient iam(context());
    const auto attached = iam.listAttachedRolePolicies(wizard->runner()->plan().roleName()).wait();
    ASSERT_TRUE(attached.ok());
    ASSERT_EQ(attached->size(), 2);
    const auto described =
        Aws::SageMakerClient(context()).describeNotebookInstance(QStringLiteral("kbd-specific")).wait();
    ASSERT_TRUE(described.ok());
    EXPECT_EQ(described->notebookInstanceStatus, NotebookInstanceStatus::InService);
    EXPECT_EQ(described->roleArn, plan.predictedRoleArn());
    const QJsonObject policyStep = plan.steps().at(1).body;
    EXPECT_EQ(policyStep.value(QLatin1String("PolicyDocument")).toString(),
              Aws::ExecutionRolePolicies::executionPolicy(
                  Aws::S3Access::specific({QStringLiteral("team-data"), QStringLiteral("team-models")})));
    press(Qt::Key_Return); // Finish
    EXPECT_FALSE(wizard->isVisible());
}

// The tag editor reuses the Tags page for an existing instance in any state (here Pending, which
// no other action allows): a removed key goes by DeleteTags, a changed or new tag by AddTags.
TEST_F(CreateWizardGui, TagEditorChangesTagsInAnyState)
{
    CreateNotebookInstanceRequest request;
    request.notebookInstanceName = QStringLiteral("gui-tags");
    // A role SageMaker may assume: the endpoint refuses any other, as AWS does.
    request.roleArn = SageDesk::Test::makeExecutionRole(context());
    request.tags = {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("2")}};
    const auto arn = Aws::SageMakerClient(context()).createNotebookInstance(request).wait();
    ASSERT_TRUE(arn.ok()) << arn.error().toDisplayString().toStdString();

    TagEditorDialog dialog(context(), arn.value());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.tagsLoaded(); }, kWaitMs))
        << dialog.statusLabel()->text().toStdString();
    QTableWidget* table = dialog.tagsPage()->tagTable();
    ASSERT_EQ(table->rowCount(), 2);
    table->item(0, 1)->setText(QStringLiteral("one"));
    table->setCurrentCell(1, 0);
    dialog.tagsPage()->findChild<QPushButton*>(QStringLiteral("removeTagButton"))->click();
    dialog.tagsPage()->addTag(QStringLiteral("c"), QStringLiteral("3"));
    EXPECT_EQ(TagEditorDialog::removedKeys(request.tags, dialog.tagsPage()->tags()),
              QStringList{QStringLiteral("b")});
    QSignalSpy saved(&dialog, &TagEditorDialog::tagsSaved);
    dialog.buttons()->button(QDialogButtonBox::Save)->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !saved.isEmpty(); }, kWaitMs))
        << dialog.statusLabel()->text().toStdString();
    const auto tags = Aws::SageMakerClient(context()).listTags(arn.value()).wait();
    ASSERT_TRUE(tags.ok());
    QList<Tag> sorted = tags.value();
    std::sort(sorted.begin(), sorted.end(), [](const Tag& l, const Tag& r) { return l.key < r.key; });
    EXPECT_EQ(sorted, (QList<Tag>{{QStringLiteral("a"), QStringLiteral("one")},
                                  {QStringLiteral("c"), QStringLiteral("3")}}));
}

// Against moto's IAM, seen through boto3: the role the wizard made trusts SageMaker as the console's
// recipe says, and carries the managed policy and the recipe's own policy for specific buckets.
TEST_F(CreateWizardMoto, NewRoleDocumentsAsBoto3SeesThem)
{
    CreateWizard wizard(m_context.get(), options());
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(wizard.settingsPage()->nameEdit(), QStringLiteral("moto-specific"));
    wizard.next();
    wizard.permissionsPage()->roleModeBox()->setCurrentIndex(PermissionsPage::NewRole);
    const Aws::S3Access access = Aws::S3Access::specific({QStringLiteral("team-data")});
    wizard.permissionsPage()->setNewRole(access);
    for (int page = CreateWizard::NetworkId; page <= CreateWizard::ReviewId; ++page) {
        wizard.next();
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.reviewPage()->isComplete(); }, kWaitMs))
        << wizard.reviewPage()->issuesLabel()->text().toStdString();
    wizard.reviewPage()->waitBox()->setChecked(false);
    const CreatePlan plan = wizard.plan();
    wizard.next();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return wizard.runner() && wizard.runner()->state() != CreateRunner::State::Running; },
        kWaitMs));
    ASSERT_EQ(wizard.runner()->state(), CreateRunner::State::Succeeded)
        << wizard.progressPage()->errorLabel()->text().toStdString();

    QString error;
    const QJsonObject seen =
        SageDesk::Test::runBoto3(
            m_moto.endpoint().toString(),
            QStringLiteral("r = iam.get_role(RoleName='%1')['Role']\n"
                           "att = iam.list_attached_role_policies(RoleName='%1')['AttachedPolicies']\n"
                           "docs = {}\n"
                           "for a in att:\n"
                           "    if ':aws:policy/' in a['PolicyArn']:\n"
                           "        continue\n"
                           "    v = iam.get_policy(PolicyArn=a['PolicyArn'])['Policy']['DefaultVersionId']\n"
                           "    docs[a['PolicyName']] = iam.get_policy_version(PolicyArn=a['PolicyArn'], "
                           "VersionId=v)['PolicyVersion']['Document']\n"
                           "print(json.dumps({'trust': r['AssumeRolePolicyDocument'], 'path': r['Path'], "
                           "'attached': sorted(a['PolicyArn'] for a in att), 'docs': docs}))\n")
                .arg(wizard.runner()->plan().roleName()),
            &error)
            .toObject();
    ASSERT_FALSE(seen.isEmpty()) << error.toStdString();
    const auto document = [](const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).object(); };
    EXPECT_EQ(seen.value(QLatin1String("trust")).toObject(),
              document(Aws::ExecutionRolePolicies::trustPolicy(
                  QStringLiteral("aws"), QStringLiteral("us-east-1"), QStringLiteral("123456789012"))));
    EXPECT_EQ(seen.value(QLatin1String("path")).toString(), QStringLiteral("/service-role/"));
    EXPECT_EQ(seen.value(QLatin1String("attached")).toArray().size(), 2);
    EXPECT_TRUE(seen.value(QLatin1String("attached"))
                    .toArray()
                    .contains(Aws::ExecutionRolePolicies::managedPolicyArn()));
    EXPECT_EQ(seen.value(QLatin1String("docs")).toObject().value(plan.policyName()).toObject(),
              document(Aws::ExecutionRolePolicies::executionPolicy(access)));
}
