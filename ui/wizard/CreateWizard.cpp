#include "wizard/CreateWizard.h"

#include "aws/client/AwsClientContext.h"
#include "aws/roles/ExecutionRolePolicies.h"
#include "aws/services/StsClient.h"
#include "console/create/CreateRunner.h"
#include "wizard/CreateProgressPage.h"
#include "wizard/WizardPages.h"

#include <QAbstractButton>

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
