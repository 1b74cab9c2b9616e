#pragma once

#include "console/create/CreatePlan.h"
#include "core/Clock.h"
#include "wizard/WizardPages.h"

#include <QPointer>
#include <QUrl>
#include <QWizard>

#include <memory>

class QMessageBox;
class QTimer;

#include <chrono>

namespace SageDesk {
class CreateDraftStore;
}

namespace SageDesk::Ui {

class CreateProgressPage;

// Where the wizard creates: the account's client context comes from the console's session.
struct CreateWizardOptions
{
    QString region;
    bool local = false; // the local endpoint: idle auto-stop is its tag
    QUrl endpointUrl;   // for the CLI commands of the review (local mode)
    QString callerArn;  // the session's identity when known; otherwise asked of STS
    const Clock* clock = &Clock::system();
    std::chrono::milliseconds pollInterval{2000};
    // Drafts (CreateDraftStore): saved as the person types under `draftScope`, offered back when the
    // wizard opens after a crash. Empty path or scope: no drafts.
    QString draftPath;
    QString draftScope;
};

// "Create notebook instance": settings, permissions, tags, review (the exact requests and aws
// commands), then the run with its progress, Retry and Clean up. Every list loads asynchronously;
// nothing here waits on the network.
class CreateWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateWizard)

public:
    enum PageId
    {
        SettingsId,
        PermissionsId,
        NetworkId,
        GitId,
        TagsId,
        ReviewId,
        ProgressId,
    };

    CreateWizard(Aws::AwsClientContext* context, CreateWizardOptions options, QWidget* parent = nullptr);
    ~CreateWizard() override;

    Aws::AwsClientContext* context() const;
    const CreateWizardOptions& options() const { return m_options; }
    // Empty until GetCallerIdentity answered (or the session knew it).
    QString accountId() const { return m_accountId; }

    CreateChoices choices() const;
    CreatePlan plan() const;

    SettingsPage* settingsPage() const { return m_settings; }
    PermissionsPage* permissionsPage() const { return m_permissions; }
    NetworkPage* networkPage() const { return m_network; }
    GitPage* gitPage() const { return m_git; }
    TagsPage* tagsPage() const { return m_tags; }
    ReviewPage* reviewPage() const { return m_review; }
    CreateProgressPage* progressPage() const { return m_progress; }
    CreateRunner* runner() const;
    // Shown when a draft of this scope was found; null once answered or when there was none.
    QMessageBox* restoreDraftBox() const { return m_restoreBox; }
    // Puts `choices` into the pages (what restoring a draft does).
    void restore(const CreateChoices& choices);

    // Escape or the window's close button: while calls are under way the wizard stays (closing
    // would leave what was made without a way to clean it up), except while only waiting for
    // InService, which the table takes over.
    void reject() override;
    void done(int result) override;

signals:
    void identityChanged();
    // CreateNotebookInstance answered: the table can show the Pending instance and take over.
    void instanceRequested(const QString& name);
    void instanceCreated(const QString& name);

private:
    void setIdentity(const QString& arn);
    void openDrafts();
    void saveDraft();
    void dropDraft();

    QPointer<Aws::AwsClientContext> m_context;
    CreateWizardOptions m_options;
    QString m_accountId;
    QString m_partition = QStringLiteral("aws");
    QDateTime m_createdAt;
    SettingsPage* m_settings = nullptr;
    PermissionsPage* m_permissions = nullptr;
    NetworkPage* m_network = nullptr;
    GitPage* m_git = nullptr;
    TagsPage* m_tags = nullptr;
    ReviewPage* m_review = nullptr;
    CreateProgressPage* m_progress = nullptr;
    std::unique_ptr<CreateDraftStore> m_drafts;
    QTimer* m_draftTimer = nullptr;
    QMessageBox* m_restoreBox = nullptr;
    bool m_savingDrafts = false;
};

} // namespace SageDesk::Ui
