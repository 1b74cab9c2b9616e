#include "wizard/CreateWizard.h"

#include "aws/client/AwsClientContext.h"
#include "aws/roles/ExecutionRolePolicies.h"
#include "aws/services/StsClient.h"
#include "console/create/CreateDraftStore.h"
#include "console/create/CreateRunner.h"
#include "wizard/CreateProgressPage.h"
#include "wizard/WizardPages.h"

#include <QAbstractButton>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

namespace SageDesk::Ui {

CreateWizard::CreateWizard(Aws::AwsClientContext* context, CreateWizardOptions options, QWidget* parent)
    : QWizard(parent)
    , m_context(context)
    , m_options(std::move(options))
    , m_createdAt(m_options.clock->currentDateTimeUtc())
{
    setObjectName(QStringLiteral("createWizard"));
    setWindowTitle(tr("Create notebook instance"));
    setAccessibleName(tr("Create notebook instance"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_settings = new SettingsPage(context, m_options.region);
    m_permissions = new PermissionsPage(context);
    m_network = new NetworkPage(context, m_options.local);
    m_git = new GitPage(context);
    m_tags = new TagsPage(m_options.local);
    m_review = new ReviewPage;
    m_progress = new CreateProgressPage(this);
    setPage(SettingsId, m_settings);
    setPage(PermissionsId, m_permissions);
    setPage(NetworkId, m_network);
    setPage(GitId, m_git);
    setPage(TagsId, m_tags);
    setPage(ReviewId, m_review);
    setPage(ProgressId, m_progress);
    for (const WizardButton button : {NextButton, BackButton, CancelButton, FinishButton, CommitButton}) {
        if (QAbstractButton* widget = this->button(button)) {
            widget->setAccessibleName(buttonText(button)
                                          .remove(QLatin1Char('&'))
                                          .remove(QStringLiteral(" >"))
                                          .remove(QStringLiteral("< ")));
        }
    }
    resize(900, 700);
    openDrafts();
    connect(this, &CreateWizard::instanceRequested, this, &CreateWizard::dropDraft);
    connect(this, &CreateWizard::instanceCreated, this, &CreateWizard::dropDraft);

    if (!m_options.callerArn.isEmpty()) {
        setIdentity(m_options.callerArn);
    } else if (context) {
        Aws::StsClient(context).getCallerIdentity().then(
            this, [this](const Aws::AwsResult<Aws::CallerIdentity>& identity) {
                if (identity) {
                    setIdentity(identity->arn);
                }
            });
    }
}

CreateWizard::~CreateWizard() = default;

void CreateWizard::openDrafts()
{
    if (m_options.draftPath.isEmpty() || m_options.draftScope.isEmpty()) {
        return;
    }
    m_drafts = std::make_unique<CreateDraftStore>();
    if (!m_drafts->open(m_options.draftPath)) {
        qWarning("wizard drafts unavailable: %s", qPrintable(m_drafts->lastError()));
        m_drafts.reset();
        return;
    }
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(300);
    connect(m_draftTimer, &QTimer::timeout, this, &CreateWizard::saveDraft);
    for (QWizardPage* page : {static_cast<QWizardPage*>(m_settings), static_cast<QWizardPage*>(m_permissions),
                              static_cast<QWizardPage*>(m_network), static_cast<QWizardPage*>(m_git),
                              static_cast<QWizardPage*>(m_tags)}) {
        connect(page, &QWizardPage::completeChanged, m_draftTimer, qOverload<>(&QTimer::start));
    }
    const auto draft = m_drafts->load(m_options.draftScope);
    if (!draft) {
        m_savingDrafts = true;
        return;
    }
    // Asked, not imposed: until the answer the draft stays as it was (the empty form would
    // overwrite it otherwise).
    const QString name = draft->choices.instance.notebookInstanceName;
    m_restoreBox = new QMessageBox(
        QMessageBox::Question, tr("Restore the unfinished notebook instance?"),
        tr("SageDesk closed while you were creating %1 (last change %2). Restore those choices?")
            .arg(name.isEmpty() ? tr("a notebook instance") : QStringLiteral("\u201c%1\u201d").arg(name),
                 QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, this);
    m_restoreBox->setObjectName(QStringLiteral("restoreDraftBox"));
    m_restoreBox->button(QMessageBox::Yes)->setText(tr("&Restore"));
    m_restoreBox->button(QMessageBox::No)->setText(tr("&Discard"));
    m_restoreBox->button(QMessageBox::Yes)->setAccessibleName(tr("Restore"));
    m_restoreBox->button(QMessageBox::No)->setAccessibleName(tr("Discard"));
    m_restoreBox->setAttribute(Qt::WA_DeleteOnClose);
    const CreateChoices choices = draft->choices;
    connect(m_restoreBox, &QMessageBox::finished, this, [this, choices](int result) {
        m_restoreBox = nullptr;
        if (result == QMessageBox::Yes) {
            restore(choices);
        } else {
            m_drafts->remove(m_options.draftScope);
        }
        m_savingDrafts = true;
    });
    QTimer::singleShot(0, m_restoreBox, [box = m_restoreBox] { box->open(); });
}

void CreateWizard::restore(const CreateChoices& choices)
{
    m_settings->restore(choices);
    m_permissions->restore(choices);
    m_git->restore(choices);
    m_tags->restore(choices);
    m_review->restore(choices);
}

void CreateWizard::saveDraft()
{
    if (m_drafts && m_savingDrafts) {
        m_drafts->save(m_options.draftScope, choices(), m_options.clock->currentDateTimeUtc());
    }
}

void CreateWizard::dropDraft()
{
    if (m_drafts) {
        m_savingDrafts = false;
        m_draftTimer->stop();
        m_drafts->remove(m_options.draftScope);
    }
}

// Closed on purpose (cancelled, or finished after Create): the draft has served.
void CreateWizard::done(int result)
{
    dropDraft();
    QWizard::done(result);
}

void CreateWizard::setIdentity(const QString& arn)
{
    m_accountId = arn.section(QLatin1Char(':'), 4, 4);
    m_partition = Aws::ExecutionRolePolicies::partitionOf(arn);
    emit identityChanged();
}

CreateChoices CreateWizard::choices() const
{
    CreateChoices choices;
    m_settings->apply(choices);
    m_permissions->apply(choices);
    m_network->apply(choices);
    m_git->apply(choices);
    m_tags->apply(choices);
    choices.waitForInService = m_review->waitForInService();
    return choices;
}

CreatePlan CreateWizard::plan() const
{
    PlanEnvironment environment;
    environment.partition = m_partition;
    environment.region = m_options.region;
    environment.accountId = m_accountId.isEmpty() ? QStringLiteral("<account>") : m_accountId;
    environment.now = m_createdAt;
    environment.endpointUrl = m_options.endpointUrl;
    environment.local = m_options.local;
    return CreatePlan::build(choices(), environment);
}

Aws::AwsClientContext* CreateWizard::context() const
{
    return m_context;
}

CreateRunner* CreateWizard::runner() const
{
    return m_progress->runner();
}

void CreateWizard::reject()
{
    if (CreateRunner* run = runner()) {
        const auto state = run->state();
        if (state == CreateRunner::State::CleaningUp) {
            return;
        }
        if (state == CreateRunner::State::Running) {
            if (run->plan().steps().at(run->currentStep()).kind != PlanStep::Kind::WaitForInService) {
                return;
            }
            run->cancel();
        }
    }
    QWizard::reject();
}

} // namespace SageDesk::Ui
