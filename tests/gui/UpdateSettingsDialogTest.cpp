// Issue 9, "Update settings": the dialog made of the wizard's pages against a real sagedesk-local.
// Every member of UpdateNotebookInstance that the pages offer is changed on a Stopped instance and
// DescribeNotebookInstance shows each change; clearing sends the Disassociate flags; a refusal of the
// shared validator or of the endpoint keeps everything chosen and shows AWS's error.
#include "instances/UpdateSettingsDialog.h"
#include "aws/roles/S3Access.h"
#include "aws/services/SageMakerClient.h"
#include "support/AccessibleTree.h"
#include "support/ExecutionRoleSupport.h"
#include "support/LocalEndpointTest.h"
#include "wizard/WizardPages.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace SageDesk;
using namespace SageDesk::Ui;

namespace {

constexpr int kWaitMs = 60000;

class UpdateSettingsGui : public SageDesk::Test::LocalContextTest
{
protected:
    void setUpWithContext() override
    {
        const QString failed = m_endpoint.createInService(kName);
        ASSERT_TRUE(failed.isEmpty()) << failed.toStdString();
        ASSERT_TRUE(client().stopNotebookInstance(kName).wait().ok());
        ASSERT_TRUE(m_endpoint.waitForStatus(kName, QStringLiteral("Stopped")));
    }

    Aws::SageMakerClient client() const { return Aws::SageMakerClient(m_context.get()); }

    NotebookInstance described() const
    {
        const auto instance = client().describeNotebookInstance(kName).wait();
        EXPECT_TRUE(instance.ok()) << instance.error().toDisplayString().toStdString();
        return instance.ok() ? instance.value() : NotebookInstance{};
    }

    // The dialog as the console opens it, once DescribeNotebookInstance and the lists have answered.
    std::unique_ptr<UpdateSettingsDialog> openDialog() const
    {
        NotebookInstance summary;
        summary.notebookInstanceName = kName;
        auto dialog = std::make_unique<UpdateSettingsDialog>(summary, m_context.get());
        dialog->show();
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return dialog->settingsLoaded() && dialog->permissionsPage()->rolesLoaded(); }, kWaitMs))
            << dialog->statusLabel()->text().toStdString();
        return dialog;
    }

    QJsonObject requestShown(const UpdateSettingsDialog& dialog) const
    {
        return QJsonDocument::fromJson(dialog.requestView()->toPlainText().toUtf8()).object();
    }

    // Update, then Updating until Stopped again.
    void update(UpdateSettingsDialog& dialog) const
    {
        QSignalSpy updated(&dialog, &UpdateSettingsDialog::instanceUpdated);
        ASSERT_TRUE(dialog.updateButton()->isEnabled()) << dialog.problemsLabel()->text().toStdString();
        dialog.updateButton()->click();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !updated.isEmpty(); }, kWaitMs))
            << dialog.statusLabel()->text().toStdString();
        EXPECT_FALSE(dialog.isVisible());
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return described().notebookInstanceStatus == NotebookInstanceStatus::Stopped; }, kWaitMs));
    }

    static inline const QString kName = QStringLiteral("upd-nb");
};

void choose(QComboBox* box, const QString& data)
{
    const int index = box->findData(data);
    ASSERT_GE(index, 0) << data.toStdString();
    box->setCurrentIndex(index);
}

} // namespace

TEST_F(UpdateSettingsGui, ChangesEveryMemberThenDisassociatesWhatWasCleared)
{
    Aws::NotebookInstanceLifecycleConfig config;
    config.notebookInstanceLifecycleConfigName = QStringLiteral("upd-setup");
    config.onStart = "#!/bin/bash\necho started\n";
    ASSERT_TRUE(client().createNotebookInstanceLifecycleConfig(config).wait().ok());
    Aws::CodeRepository stored;
    stored.codeRepositoryName = QStringLiteral("upd-repo");
    stored.repositoryUrl = QStringLiteral("https://github.com/aws/sagemaker-python-sdk");
    ASSERT_TRUE(client().createCodeRepository(stored).wait().ok());
    const QString otherRole = SageDesk::Test::makeExecutionRole(m_context.get(), Aws::S3Access::any());
    ASSERT_FALSE(otherRole.isEmpty());
    const NotebookInstance before = described();

    auto dialog = openDialog();
    SettingsPage* settings = dialog->settingsPage();
    PermissionsPage* permissions = dialog->permissionsPage();
    GitPage* git = dialog->gitPage();
    // Filled from DescribeNotebookInstance: nothing to send yet, and only what Update takes.
    EXPECT_EQ(settings->instanceTypeBox()->currentData().toString(), before.instanceType);
    EXPECT_EQ(settings->volumeBox()->value(), before.volumeSizeInGB);
    EXPECT_EQ(settings->imdsBox()->currentData().toString(), before.minimumInstanceMetadataServiceVersion);
    EXPECT_EQ(permissions->roleMode(), PermissionsPage::ExistingRole);
    EXPECT_EQ(permissions->rolesBox()->currentData().toString(), before.roleArn);
    EXPECT_TRUE(permissions->rootAccessBox()->isChecked());
    EXPECT_EQ(permissions->roleModeBox()->findData(int(PermissionsPage::NewRole)), -1);
    EXPECT_FALSE(permissions->kmsKeyBox()->isVisibleTo(permissions));
    EXPECT_FALSE(settings->nameEdit()->isVisibleTo(settings));
    EXPECT_EQ(settings->lifecycleModeBox()->count(), 2); // none or an existing one: no new one here
    EXPECT_EQ(requestShown(*dialog).size(), 1);
    EXPECT_FALSE(dialog->updateButton()->isEnabled());
    // A screen reader finds a name for every control on every tab.
    QStringList unnamed;
    for (int tab = 0; tab < dialog->tabs()->count(); ++tab) {
        dialog->tabs()->setCurrentIndex(tab);
        unnamed << SageDesk::Test::unnamedAccessibleControls(dialog.get());
    }
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(QStringLiteral(", ")).toStdString();

    choose(settings->instanceTypeBox(), QStringLiteral("ml.t3.large"));
    choose(settings->platformBox(), QStringLiteral("notebook-al2-v3"));
    settings->volumeBox()->setValue(before.volumeSizeInGB + 3);
    choose(settings->imdsBox(), QStringLiteral("2"));
    settings->lifecycleModeBox()->setCurrentIndex(int(CreateChoices::Lifecycle::Existing));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return settings->existingLifecycleBox()->findData(config.notebookInstanceLifecycleConfigName) >=
                   0;
        },
        kWaitMs));
    choose(settings->existingLifecycleBox(), config.notebookInstanceLifecycleConfigName);
    choose(permissions->rolesBox(), otherRole);
    permissions->rootAccessBox()->setChecked(false);
    git->repositoryBoxes().at(0)->setEditText(
        QStringLiteral("https://github.com/aws/amazon-sagemaker-examples"));
    git->repositoryBoxes().at(1)->setEditText(stored.codeRepositoryName);
    git->repositoryBoxes().at(2)->setEditText(QStringLiteral("https://github.com/aws/extra"));
    const QJsonObject sent = requestShown(*dialog);
    EXPECT_EQ(sent, dialog->request().toJson());
    EXPECT_EQ(sent.size(), 10) << QJsonDocument(sent).toJson().toStdString();
    ASSERT_NO_FATAL_FAILURE(update(*dialog));

    const NotebookInstance after = described();
    EXPECT_EQ(after.instanceType, QStringLiteral("ml.t3.large"));
    EXPECT_EQ(after.platformIdentifier, QStringLiteral("notebook-al2-v3"));
    EXPECT_EQ(after.volumeSizeInGB, before.volumeSizeInGB + 3);
    EXPECT_EQ(after.minimumInstanceMetadataServiceVersion, QStringLiteral("2"));
    EXPECT_EQ(after.notebookInstanceLifecycleConfigName, config.notebookInstanceLifecycleConfigName);
    EXPECT_EQ(after.roleArn, otherRole);
    EXPECT_EQ(after.rootAccess, QStringLiteral("Disabled"));
    EXPECT_EQ(after.defaultCodeRepository,
              QStringLiteral("https://github.com/aws/amazon-sagemaker-examples"));
    EXPECT_EQ(after.additionalCodeRepositories,
              (QStringList{stored.codeRepositoryName, QStringLiteral("https://github.com/aws/extra")}));

    // Again: the dialog shows the new settings; no configuration and empty repositories are the
    // three Disassociate flags and nothing else.
    dialog = openDialog();
    settings = dialog->settingsPage();
    git = dialog->gitPage();
    EXPECT_EQ(settings->lifecycleModeBox()->currentIndex(), int(CreateChoices::Lifecycle::Existing));
    EXPECT_EQ(settings->existingLifecycleBox()->currentData().toString(),
              config.notebookInstanceLifecycleConfigName);
    EXPECT_EQ(dialog->permissionsPage()->rolesBox()->currentData().toString(), otherRole);
    EXPECT_FALSE(dialog->permissionsPage()->rootAccessBox()->isChecked());
    EXPECT_EQ(git->repositoryBoxes().at(1)->currentText(), stored.codeRepositoryName);
    settings->lifecycleModeBox()->setCurrentIndex(int(CreateChoices::Lifecycle::None));
    for (QComboBox* box : git->repositoryBoxes()) {
        box->setEditText(QString());
    }
    EXPECT_EQ(requestShown(*dialog), QJsonDocument::fromJson(R"({"NotebookInstanceName": "upd-nb",
        "DisassociateLifecycleConfig": true, "DisassociateDefaultCodeRepository": true,
        "DisassociateAdditionalCodeRepositories": true})")
                                         .object());
    ASSERT_NO_FATAL_FAILURE(update(*dialog));
    const NotebookInstance cleared = described();
    EXPECT_TRUE(cleared.notebookInstanceLifecycleConfigName.isEmpty());
    EXPECT_TRUE(cleared.defaultCodeRepository.isEmpty());
    EXPECT_TRUE(cleared.additionalCodeRepositories.isEmpty());
    EXPECT_EQ(cleared.instanceType, QStringLiteral("ml.t3.large"));
}

TEST_F(UpdateSettingsGui, RefusalsShowTheRuleOrTheAwsErrorAndKeepWhatWasChosen)
{
    UpdateNotebookInstanceRequest grow;
    grow.notebookInstanceName = kName;
    grow.volumeSizeInGB = 10;
    ASSERT_TRUE(client().updateNotebookInstance(grow).wait().ok());
    ASSERT_TRUE(m_endpoint.waitForStatus(kName, QStringLiteral("Stopped")));
    auto dialog = openDialog();
    QSpinBox* volume = dialog->settingsPage()->volumeBox();
    const int size = volume->value();
    ASSERT_EQ(size, 10);

    // The shared validator: a volume only grows. Update waits, and the rule is named.
    volume->setValue(size - 1);
    EXPECT_FALSE(dialog->updateButton()->isEnabled());
    EXPECT_TRUE(dialog->problemsLabel()->text().contains(QLatin1String("VolumeSizeInGB")))
        << dialog->problemsLabel()->text().toStdString();
    volume->setValue(size + 4);
    EXPECT_TRUE(dialog->problemsLabel()->text().isEmpty()) << dialog->problemsLabel()->text().toStdString();

    // The endpoint, as AWS: a role nobody made cannot be assumed.
    PermissionsPage* permissions = dialog->permissionsPage();
    permissions->setRoleMode(PermissionsPage::CustomArn);
    const QString missingRole =
        QStringLiteral("arn:aws:iam::%1:role/service-role/NoSuchRole").arg(m_endpoint.accountId());
    permissions->customArnEdit()->setText(missingRole);
    dialog->updateButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->updateButton()->isEnabled(); }, kWaitMs));
    QString status = dialog->statusLabel()->text();
    EXPECT_TRUE(status.contains(QLatin1String("ValidationException"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QLatin1String("NoSuchRole"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QLatin1String("request id"))) << status.toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(volume->value(), size + 4);
    EXPECT_EQ(permissions->customArnEdit()->text(), missingRole);
    EXPECT_EQ(described().volumeSizeInGB, size);

    // Started meanwhile (another window, the CLI): AWS's refusal of the transition.
    permissions->customArnEdit()->setText(m_endpoint.executionRoleArn());
    ASSERT_TRUE(client().startNotebookInstance(kName).wait().ok());
    dialog->updateButton()->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->updateButton()->isEnabled(); }, kWaitMs));
    status = dialog->statusLabel()->text();
    EXPECT_TRUE(status.contains(QLatin1String("not in ([Stopped]). Unable to transition to (Updating)")))
        << status.toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(volume->value(), size + 4);
}
