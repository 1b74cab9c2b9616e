// The create wizard's parts that need no endpoint (no client context: every list stays at its
// placeholder): drafts saved as the person types and offered back after a crash, the IP address
// type and the instance figures on the settings page, warnings that the person may override on
// the review, "Stop when idle" on AWS as the generated OnStart script. And the console's entry
// points: the empty table's welcome with its Create button, the details pane without a selection.
#include "console/create/CreateDraftStore.h"
#include "console/models/InstanceFilterProxyModel.h"
#include "console/models/InstanceTableModel.h"
#include "instances/ConsoleView.h"
#include "instances/EmptyTableWelcome.h"
#include "instances/InstanceActions.h"
#include "instances/InstanceDetailsPane.h"
#include "shell/MainWindow.h"
#include "support/AccessibleTree.h"
#include "support/FixedClock.h"
#include "support/StallingEndpoint.h"
#include "wizard/CreateWizard.h"
#include "wizard/WizardPages.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace SageDesk;
using namespace SageDesk::Ui;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());

class CreateWizardOffline : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    std::unique_ptr<CreateWizard> openWizard(bool local = true)
    {
        CreateWizardOptions options;
        options.region = QStringLiteral("us-east-1");
        options.local = local;
        options.callerArn = QStringLiteral("arn:aws:iam::123456789012:user/test");
        options.clock = &m_clock;
        options.draftPath = m_dir.filePath(QStringLiteral("wizard-drafts.sqlite"));
        options.draftScope = QStringLiteral("local/us-east-1");
        auto wizard = std::make_unique<CreateWizard>(nullptr, options);
        wizard->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
        return wizard;
    }

    std::optional<CreateDraft> storedDraft() const
    {
        CreateDraftStore store;
        EXPECT_TRUE(store.open(m_dir.filePath(QStringLiteral("wizard-drafts.sqlite"))));
        return store.load(QStringLiteral("local/us-east-1"));
    }

    QTemporaryDir m_dir;
    SageDesk::Test::FixedClock m_clock{kNow};
};

} // namespace

TEST_F(CreateWizardOffline, DraftSavedAsTypedIsOfferedBackAfterACrash)
{
    auto wizard = openWizard();
    EXPECT_EQ(wizard->restoreDraftBox(), nullptr);
    QTest::keyClicks(wizard->settingsPage()->nameEdit(), QStringLiteral("draft-nb"));
    wizard->settingsPage()->volumeBox()->setValue(40);
    wizard->settingsPage()->ipAddressTypeBox()->setCurrentIndex(1);
    wizard->settingsPage()->lifecycleModeBox()->setCurrentIndex(int(CreateChoices::Lifecycle::New));
    wizard->settingsPage()->onStartEdit()->setPlainText(QStringLiteral("#!/bin/bash\necho hi\n"));
    wizard->tagsPage()->addTag(QStringLiteral("team"), QStringLiteral("ml"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto draft = storedDraft();
            return draft && draft->choices.instance.tags.size() == 1 &&
                   draft->choices.instance.notebookInstanceName == QLatin1String("draft-nb");
        },
        5000));
    // A crash: the wizard goes without being cancelled or finished.
    wizard.reset();

    wizard = openWizard();
    QMessageBox* offer = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (offer = wizard->restoreDraftBox()) && offer->isVisible(); }, 5000));
    EXPECT_TRUE(offer->text().contains(QLatin1String("draft-nb"))) << offer->text().toStdString();
    // Nothing is overwritten while the question is open.
    QTest::qWait(500);
    ASSERT_TRUE(storedDraft());
    EXPECT_EQ(storedDraft()->choices.instance.notebookInstanceName, QStringLiteral("draft-nb"));
    QTest::mouseClick(offer->button(QMessageBox::Yes), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->restoreDraftBox() == nullptr; }, 5000));
    SettingsPage* settings = wizard->settingsPage();
    EXPECT_EQ(settings->nameEdit()->text(), QStringLiteral("draft-nb"));
    EXPECT_EQ(settings->volumeBox()->value(), 40);
    EXPECT_EQ(settings->ipAddressTypeBox()->currentData().toString(), QStringLiteral("dualstack"));
    EXPECT_EQ(settings->onStartEdit()->toPlainText(), QStringLiteral("#!/bin/bash\necho hi\n"));
    EXPECT_EQ(wizard->choices().instance.tags, (QList<Tag>{{QStringLiteral("team"), QStringLiteral("ml")}}));

    // Cancelled on purpose: the draft is gone, and the next wizard asks nothing.
    wizard->reject();
    EXPECT_FALSE(storedDraft());
    wizard = openWizard();
    QTest::qWait(200);
    EXPECT_EQ(wizard->restoreDraftBox(), nullptr);
}

TEST_F(CreateWizardOffline, DiscardingTheOfferedDraftForgetsIt)
{
    CreateDraftStore store;
    ASSERT_TRUE(store.open(m_dir.filePath(QStringLiteral("wizard-drafts.sqlite"))));
    CreateChoices choices;
    choices.instance.notebookInstanceName = QStringLiteral("old");
    ASSERT_TRUE(store.save(QStringLiteral("local/us-east-1"), choices, kNow));
    auto wizard = openWizard();
    QMessageBox* offer = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (offer = wizard->restoreDraftBox()) && offer->isVisible(); }, 5000));
    QTest::mouseClick(offer->button(QMessageBox::No), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->restoreDraftBox() == nullptr; }, 5000));
    EXPECT_TRUE(wizard->settingsPage()->nameEdit()->text().isEmpty());
    EXPECT_FALSE(store.load(QStringLiteral("local/us-east-1")));
}

TEST_F(CreateWizardOffline, InstanceTypesShowVcpuMemoryAndPriceAndTheIpAddressTypeIsSent)
{
    auto wizard = openWizard();
    QComboBox* types = wizard->settingsPage()->instanceTypeBox();
    const QString medium = types->itemText(types->findData(QStringLiteral("ml.t3.medium")));
    EXPECT_TRUE(medium.contains(QLatin1String("2 vCPU"))) << medium.toStdString();
    EXPECT_TRUE(medium.contains(QLatin1String("4 GiB"))) << medium.toStdString();
    EXPECT_TRUE(medium.contains(QLatin1String("per hour"))) << medium.toStdString();
    QComboBox* ip = wizard->settingsPage()->ipAddressTypeBox();
    EXPECT_EQ(ip->count(), 2);
    QTest::keyClicks(wizard->settingsPage()->nameEdit(), QStringLiteral("ip-nb"));
    EXPECT_FALSE(wizard->plan().instanceRequest().toJson().contains(QLatin1String("IpAddressType")));
    ip->setCurrentIndex(ip->findData(QStringLiteral("dualstack")));
    const QJsonObject body = wizard->plan().instanceRequest().toJson();
    EXPECT_EQ(body.value(QLatin1String("IpAddressType")).toString(), QStringLiteral("dualstack"));
    // Without a subnet dualstack is a warning, not a refusal (no role is chosen yet: that refusal is
    // not this test's).
    QStringList refusals;
    for (const ValidationIssue& issue : wizard->plan().issues()) {
        if (issue.field != QLatin1String("RoleArn")) {
            refusals.append(issue.message);
        }
    }
    EXPECT_TRUE(refusals.isEmpty()) << refusals.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(wizard->plan().warnings().isEmpty());
}

TEST_F(CreateWizardOffline, RetiredPlatformIsAWarningThePersonMayOverride)
{
    auto wizard = openWizard();
    QTest::keyClicks(wizard->settingsPage()->nameEdit(), QStringLiteral("old-platform"));
    QComboBox* platform = wizard->settingsPage()->platformBox();
    platform->setCurrentIndex(platform->findData(QStringLiteral("notebook-al2-v2")));
    EXPECT_TRUE(wizard->settingsPage()->platformWarning()->isVisible());
    EXPECT_TRUE(wizard->settingsPage()->isComplete());
    wizard->next();
    wizard->permissionsPage()->roleModeBox()->setCurrentIndex(PermissionsPage::CustomArn);
    QTest::keyClicks(wizard->permissionsPage()->customArnEdit(),
                     QStringLiteral("arn:aws:iam::123456789012:role/service-role/R"));
    for (int page = 0; page < 4; ++page) {
        wizard->next();
    }
    ASSERT_EQ(wizard->currentId(), CreateWizard::ReviewId);
    ReviewPage* review = wizard->reviewPage();
    EXPECT_TRUE(review->warningsLabel()->isVisible());
    EXPECT_TRUE(review->warningsLabel()->text().contains(QLatin1String("notebook-al2-v2")))
        << review->warningsLabel()->text().toStdString();
    EXPECT_FALSE(review->isComplete());
    review->overrideWarningsBox()->setFocus();
    QTest::keyClick(review->overrideWarningsBox(), Qt::Key_Space);
    EXPECT_TRUE(review->isComplete());
    EXPECT_EQ(wizard->plan().instanceRequest().platformIdentifier, QStringLiteral("notebook-al2-v2"));
}

TEST_F(CreateWizardOffline, StopWhenIdleOnAwsIsTheOnStartScript)
{
    auto wizard = openWizard(false);
    QTest::keyClicks(wizard->settingsPage()->nameEdit(), QStringLiteral("idle-nb"));
    wizard->tagsPage()->idleStopBox()->setChecked(true);
    wizard->tagsPage()->idleMinutesBox()->setValue(30);
    const CreatePlan plan = wizard->plan();
    ASSERT_TRUE(plan.lifecycleConfig());
    EXPECT_EQ(plan.lifecycleConfig()->notebookInstanceLifecycleConfigName,
              QStringLiteral("idle-nb-auto-stop"));
    EXPECT_TRUE(plan.lifecycleConfig()->onStart.contains("--minutes 30"));
    EXPECT_TRUE(plan.instanceRequest().tags.isEmpty());
    EXPECT_FALSE(wizard->tagsPage()->findChild<QLabel*>(QStringLiteral("idleStopNote"))->text().isEmpty());
}

TEST(ConsoleEntryPoints, EmptyTableWelcomesAndTheDetailsPaneSaysNothingIsSelected)
{
    ConsoleView view;
    view.resize(1200, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EmptyTableWelcome* welcome = view.welcome();
    ASSERT_NE(welcome, nullptr);
    EXPECT_TRUE(welcome->isVisible());
    EXPECT_FALSE(welcome->createButton()->accessibleName().isEmpty());
    QSignalSpy created(view.actions()->createAction(), &QAction::triggered);
    QTest::mouseClick(welcome->createButton(), Qt::LeftButton);
    EXPECT_EQ(created.size(), 1);

    SageDesk::Test::FixedClock clock(kNow);
    InstanceTableModel model(clock);
    view.proxy()->setSourceModel(&model);
    EXPECT_TRUE(welcome->isVisible());
    NotebookInstance instance;
    instance.notebookInstanceName = QStringLiteral("one");
    instance.notebookInstanceStatus = NotebookInstanceStatus::Stopped;
    model.setInstances({instance});
    EXPECT_FALSE(welcome->isVisible());
    // A filter that hides every row keeps the grid: the account is not empty.
    view.proxy()->setNameContains(QStringLiteral("nothing-matches"));
    EXPECT_FALSE(welcome->isVisible());
    model.setInstances({});
    EXPECT_TRUE(welcome->isVisible());
    view.proxy()->setSourceModel(nullptr);

    InstanceDetailsPane* details = view.details();
    QWidget* body = details->findChild<QWidget*>(QStringLiteral("detailsBody"));
    ASSERT_NE(body, nullptr);
    EXPECT_FALSE(body->isVisible());
    EXPECT_TRUE(details->findChild<QLabel*>(QStringLiteral("detailsTitle"))
                    ->text()
                    .contains(QLatin1String("No instance")));
    details->showInstance(&instance, {});
    EXPECT_TRUE(body->isVisible());
    details->showInstance(nullptr, {});
    EXPECT_FALSE(body->isVisible());
}

// Every list of the wizard asks an endpoint that never answers: the wizard opens at once with its
// placeholders, takes typing and page turns, and Cancel closes it while the calls are still open.
TEST(CreateWizardStalling, StaysResponsiveAndCancellableWhileEveryCallHangs)
{
    SageDesk::Test::StallingEndpoint stalling;
    ASSERT_TRUE(stalling.listen());
    auto context = stalling.createContext();
    CreateWizardOptions options;
    options.region = QStringLiteral("us-east-1");
    auto wizard = std::make_unique<CreateWizard>(context.get(), options);
    wizard->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
    // The calls reached the endpoint and hang there.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return stalling.connectionCount() >= 3 && stalling.bytesReceived() > 0; }, 10000));
    EXPECT_FALSE(wizard->permissionsPage()->rolesLoaded());
    EXPECT_FALSE(wizard->permissionsPage()->rolesBox()->isEnabled());
    EXPECT_TRUE(wizard->permissionsPage()->rolesBox()->currentText().contains(QLatin1String("Loading")));

    QTest::keyClicks(wizard->settingsPage()->nameEdit(), QStringLiteral("-bad"));
    EXPECT_FALSE(wizard->settingsPage()->nameIssue()->text().isEmpty());
    wizard->settingsPage()->nameEdit()->clear();
    QTest::keyClicks(wizard->settingsPage()->nameEdit(), QStringLiteral("hangs"));
    EXPECT_TRUE(wizard->settingsPage()->isComplete());
    wizard->next();
    EXPECT_EQ(wizard->currentId(), CreateWizard::PermissionsId);

    QTest::keyClick(wizard.get(), Qt::Key_Escape);
    EXPECT_FALSE(wizard->isVisible());
    EXPECT_FALSE(wizard->permissionsPage()->rolesLoaded());
    // Going away with calls open is safe too.
    wizard.reset();
    QTest::qWait(50);
}

// What a screen reader finds: every control of the main window and of every wizard page (each mode
// of the role and lifecycle choices, warnings shown) has a name.
TEST(AccessibleNames, MainWindowAndEveryWizardPageNameEveryControl)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QStringList unnamed = SageDesk::Test::unnamedAccessibleControls(&window);
    EXPECT_TRUE(unnamed.isEmpty()) << "main window: " << unnamed.join(QStringLiteral(", ")).toStdString();

    CreateWizardOptions options;
    options.region = QStringLiteral("us-east-1");
    options.callerArn = QStringLiteral("arn:aws:iam::123456789012:user/test");
    CreateWizard wizard(nullptr, options);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    unnamed.clear();
    QTest::keyClicks(wizard.settingsPage()->nameEdit(), QStringLiteral("named"));
    for (int mode = 0; mode <= int(CreateChoices::Lifecycle::New); ++mode) {
        wizard.settingsPage()->lifecycleModeBox()->setCurrentIndex(mode);
        unnamed << SageDesk::Test::unnamedAccessibleControls(&wizard);
    }
    wizard.settingsPage()->lifecycleModeBox()->setCurrentIndex(0);
    wizard.settingsPage()->platformBox()->setCurrentIndex(
        wizard.settingsPage()->platformBox()->findData(QStringLiteral("notebook-al2-v2")));
    unnamed << SageDesk::Test::unnamedAccessibleControls(&wizard);
    wizard.next();
    for (int mode : {PermissionsPage::ExistingRole, PermissionsPage::NewRole, PermissionsPage::CustomArn}) {
        wizard.permissionsPage()->roleModeBox()->setCurrentIndex(mode);
        unnamed << SageDesk::Test::unnamedAccessibleControls(&wizard);
    }
    QTest::keyClicks(wizard.permissionsPage()->customArnEdit(),
                     QStringLiteral("arn:aws:iam::123456789012:role/R"));
    for (int page = CreateWizard::NetworkId; page <= CreateWizard::ReviewId; ++page) {
        wizard.next();
        if (page == CreateWizard::TagsId) {
            wizard.tagsPage()->addTag(QStringLiteral("k"), QStringLiteral("v"));
        }
        unnamed << SageDesk::Test::unnamedAccessibleControls(&wizard);
    }
    EXPECT_EQ(wizard.currentId(), CreateWizard::ReviewId);
    EXPECT_TRUE(wizard.reviewPage()->overrideWarningsBox()->isVisible());
    unnamed.removeDuplicates();
    EXPECT_TRUE(unnamed.isEmpty()) << "wizard: " << unnamed.join(QStringLiteral(", ")).toStdString();
}
