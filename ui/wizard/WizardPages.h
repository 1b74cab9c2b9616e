#pragma once

#include "aws/roles/S3Access.h"
#include "console/create/CreatePlan.h"

#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace SageDesk {
class CreateRunner;
namespace Aws {
class AwsClientContext;
}
} // namespace SageDesk

namespace SageDesk::Ui {

// Notebook instance settings: name, type, platform, volume, lifecycle configuration. The update
// dialog shows the same page for an existing instance (useForUpdate()).
class SettingsPage final : public QWizardPage
{
    Q_OBJECT

public:
    SettingsPage(Aws::AwsClientContext* context, const QString& region, QWidget* parent = nullptr);

    bool isComplete() const override;
    void apply(CreateChoices& choices) const;
    // Puts a draft's choices back into the fields (the inverse of apply).
    void restore(const CreateChoices& choices);
    // Only what UpdateNotebookInstance takes: no name (an instance is never renamed) and no new
    // lifecycle configuration; the platform warns only when it changes from `currentPlatform`.
    void useForUpdate(const QString& currentPlatform);

    QLineEdit* nameEdit() const { return m_name; }
    QLabel* nameIssue() const { return m_nameIssue; }
    QComboBox* instanceTypeBox() const { return m_type; }
    QComboBox* platformBox() const { return m_platform; }
    QLabel* platformWarning() const { return m_platformWarning; }
    QSpinBox* volumeBox() const { return m_volume; }
    QComboBox* imdsBox() const { return m_imds; }
    QComboBox* ipAddressTypeBox() const { return m_ipAddressType; }
    QComboBox* lifecycleModeBox() const { return m_lifecycleMode; }
    QComboBox* existingLifecycleBox() const { return m_existingLifecycle; }
    QLineEdit* newLifecycleNameEdit() const { return m_newLifecycleName; }
    QPlainTextEdit* onCreateEdit() const { return m_onCreate; }
    QPlainTextEdit* onStartEdit() const { return m_onStart; }
    QLabel* scriptWarnings() const { return m_scriptWarnings; }

    // "#!/bin/bash" missing, CRLF, over 16384 base64 characters: one line each.
    static QStringList scriptWarningsFor(const QString& field, const QByteArray& script);

private:
    void fillInstanceTypes(const QString& region);
    void loadLifecycleConfigs();
    void updateName();
    void updatePlatform();
    void updateLifecycle();
    bool newLifecycleNameTaken() const;
    QString chosenLifecycle() const;
    void selectPendingLifecycle();

    QPointer<Aws::AwsClientContext> m_context;
    QFormLayout* m_form = nullptr;
    std::optional<QString> m_updatedPlatform; // set in the update dialog: the instance's platform
    QLineEdit* m_name;
    QLabel* m_nameIssue;
    QComboBox* m_type;
    QComboBox* m_platform;
    QLabel* m_platformWarning;
    QSpinBox* m_volume;
    QComboBox* m_imds;
    QComboBox* m_ipAddressType;
    QComboBox* m_lifecycleMode;
    QStackedWidget* m_lifecycleStack;
    QComboBox* m_existingLifecycle;
    QLineEdit* m_newLifecycleName;
    QPlainTextEdit* m_onCreate;
    QPlainTextEdit* m_onStart;
    QLabel* m_scriptWarnings;
    QString m_pendingLifecycle; // a restored existing configuration, selected once the list loads
    bool m_lifecyclesLoaded = false;
};

// Permissions and encryption: the execution role (existing, new, or a typed ARN) and root access.
// The update dialog shows it without the new role and the encryption key (useForUpdate()).
class PermissionsPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum RoleMode
    {
        ExistingRole,
        NewRole,
        CustomArn,
    };

    explicit PermissionsPage(Aws::AwsClientContext* context, QWidget* parent = nullptr);

    bool isComplete() const override;
    void apply(CreateChoices& choices) const;
    // Puts a draft's choices back into the fields (the inverse of apply). The role comes back as
    // its typed ARN, and is chosen in the list once the list shows it.
    void restore(const CreateChoices& choices);
    // Only what UpdateNotebookInstance takes: an existing role or a typed ARN, and root access.
    void useForUpdate();
    RoleMode roleMode() const;
    void setRoleMode(RoleMode mode);

    QComboBox* roleModeBox() const { return m_roleMode; }
    QComboBox* rolesBox() const { return m_roles; }
    QPushButton* newRoleButton() const { return m_newRoleButton; }
    QLineEdit* customArnEdit() const { return m_customArn; }
    QCheckBox* rootAccessBox() const { return m_rootAccess; }
    // Editable: an alias from ListAliases, or a typed key id or ARN; empty for the AWS managed key.
    QComboBox* kmsKeyBox() const { return m_kmsKey; }
    // What the "Create an IAM role" dialog answered (the dialog calls this).
    void setNewRole(const Aws::S3Access& access);
    bool rolesLoaded() const { return m_rolesLoaded; }

    // Whether the trust policy lets sagemaker.amazonaws.com call sts:AssumeRole.
    static bool sageMakerMayAssume(const QString& trustPolicy);

private:
    void loadRoles();
    void loadKeys();
    QString kmsKeyId() const;
    void openNewRoleDialog();
    void updateMode();
    void selectRestoredRole();

    QPointer<Aws::AwsClientContext> m_context;
    QFormLayout* m_keyForm = nullptr;
    QString m_restoredRoleArn;
    QComboBox* m_roleMode;
    QStackedWidget* m_roleStack;
    QComboBox* m_roles;
    QPushButton* m_newRoleButton;
    QLabel* m_newRoleSummary;
    QLineEdit* m_customArn;
    QLabel* m_arnIssue;
    QCheckBox* m_rootAccess;
    QComboBox* m_kmsKey;
    QLabel* m_kmsIssue;
    std::optional<Aws::S3Access> m_s3Access;
    bool m_rolesLoaded = false;
};

// Network (optional): VPC → subnet → security groups (at most 5) → direct internet access.
class NetworkPage final : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int kMaxSecurityGroups = 5;

    NetworkPage(Aws::AwsClientContext* context, bool local, QWidget* parent = nullptr);

    bool isComplete() const override;
    void apply(CreateChoices& choices) const;

    QComboBox* vpcBox() const { return m_vpc; }
    QComboBox* subnetBox() const { return m_subnet; }
    QListWidget* groupList() const { return m_groups; }
    QComboBox* internetBox() const { return m_internet; }
    QLabel* issueLabel() const { return m_issue; }
    bool vpcsLoaded() const { return m_vpcsLoaded; }
    bool vpcDetailsLoaded() const { return m_pendingLoads == 0; }

private:
    void loadVpcs();
    void loadVpcDetails();
    QStringList checkedGroups() const;
    void update();

    QPointer<Aws::AwsClientContext> m_context;
    QComboBox* m_vpc;
    QComboBox* m_subnet;
    QListWidget* m_groups;
    QComboBox* m_internet;
    QLabel* m_issue;
    bool m_vpcsLoaded = false;
    int m_pendingLoads = 0;
};

// Git repositories: a default and up to three additional, each a stored repository
// (ListCodeRepositories) or an https:// URL.
class GitPage final : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int kAdditional = 3;

    GitPage(Aws::AwsClientContext* context, QWidget* parent = nullptr);

    bool isComplete() const override;
    void apply(CreateChoices& choices) const;
    // Puts a draft's choices back into the fields (the inverse of apply).
    void restore(const CreateChoices& choices);

    // [0] is the default repository, [1..3] the additional ones; all editable.
    QList<QComboBox*> repositoryBoxes() const { return m_boxes; }
    QLabel* issueLabel() const { return m_issue; }

private:
    void loadRepositories();
    ValidationIssues issues() const;
    void update();

    QPointer<Aws::AwsClientContext> m_context;
    QList<QComboBox*> m_boxes;
    QLabel* m_issue;
};

// Tags (at most 50) and "Stop when idle".
class TagsPage final : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int kMaxTags = 50;

    explicit TagsPage(bool local, QWidget* parent = nullptr);

    bool isComplete() const override;
    void apply(CreateChoices& choices) const;
    // Puts a draft's choices back into the fields (the inverse of apply).
    void restore(const CreateChoices& choices);

    QTableWidget* tagTable() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QCheckBox* idleStopBox() const { return m_idleStop; }
    QSpinBox* idleMinutesBox() const { return m_idleMinutes; }
    void addTag(const QString& key, const QString& value);
    QList<Tag> tags() const;

private:
    void update();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_issues;
    QCheckBox* m_idleStop;
    QSpinBox* m_idleMinutes;
};

// Review: every choice, the exact request bodies and the aws CLI commands, with Copy buttons.
class ReviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    QPlainTextEdit* summaryView() const { return m_summary; }
    QPlainTextEdit* bodiesView() const { return m_bodies; }
    QPlainTextEdit* cliView() const { return m_cli; }
    QPushButton* copyBodiesButton() const { return m_copyBodies; }
    QPushButton* copyCliButton() const { return m_copyCli; }
    QCheckBox* waitBox() const { return m_wait; }
    void restore(const CreateChoices& choices);
    QLabel* issuesLabel() const { return m_issues; }
    QLabel* warningsLabel() const { return m_warnings; }
    // Shown with warnings; Create needs it checked then.
    QCheckBox* overrideWarningsBox() const { return m_overrideWarnings; }
    bool waitForInService() const;

    // The summary a person reads: one "Field: value" line per choice.
    static QString summaryText(const CreatePlan& plan);

private:
    void render();

    QPlainTextEdit* m_summary;
    QPlainTextEdit* m_bodies;
    QPlainTextEdit* m_cli;
    QPushButton* m_copyBodies;
    QPushButton* m_copyCli;
    QCheckBox* m_wait;
    QLabel* m_issues;
    QLabel* m_warnings;
    QCheckBox* m_overrideWarnings;
    bool m_ready = false;
    bool m_hasWarnings = false;
};

} // namespace SageDesk::Ui
