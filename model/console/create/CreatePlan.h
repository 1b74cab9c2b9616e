#pragma once

#include "aws/roles/S3Access.h"
#include "aws/services/SageMakerTypes.h"
#include "domain/NotebookInstance.h"
#include "domain/Validation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace SageDesk {

// Everything the create wizard asks, as plain values: the model part of the wizard, shared by the
// pages, the review and the runner.
struct CreateChoices
{
    enum class Role
    {
        Existing, // a role from ListRoles or a typed ARN: instance.roleArn
        New,      // the console's "Create an IAM role" recipe with `s3Access`
    };
    enum class Lifecycle
    {
        None,
        Existing, // instance.lifecycleConfigName
        New,      // created from `onCreate`/`onStart` under `newLifecycleConfigName`
    };

    CreateNotebookInstanceRequest instance;
    Role role = Role::Existing;
    Aws::S3Access s3Access;
    Lifecycle lifecycle = Lifecycle::None;
    QString newLifecycleConfigName;
    QByteArray onCreate; // scripts as typed (not base64)
    QByteArray onStart;
    // Stop when idle for this many minutes (0: off). Locally the endpoint's tag; on AWS an OnStart
    // auto-stop section (AutoStopScript) and, for a new role, the permission to stop itself.
    int idleStopMinutes = 0;
    bool waitForInService = true;
};

// What the plan needs to know about the account it will run in: the trust policy names the account
// and region, and the role and policy names carry the time the plan was made.
struct PlanEnvironment
{
    QString partition = QStringLiteral("aws");
    QString region;
    QString accountId;
    QDateTime now;      // UTC; the suffix of the new role's and policy's names
    QUrl endpointUrl;   // non-empty: every CLI command gets --endpoint-url (the local endpoint)
    bool local = false; // sagedesk-local: idle auto-stop is its tag
};

// One API call of the plan.
struct PlanStep
{
    enum class Kind
    {
        CreateRole,
        CreatePolicy,
        AttachRolePolicy,
        CreateLifecycleConfig,
        CreateNotebookInstance,
        WaitForInService, // DescribeNotebookInstance until InService
    };

    Kind kind;
    QString service;   // "iam", "sagemaker"
    QString operation; // "CreateRole", ...
    // The request as sent: SageMaker's JSON 1.1 body; for IAM (a Query protocol) the same
    // parameters as JSON, which is what `aws iam ... --cli-input-json` reads.
    QJsonObject body;
    QString cliCommand;

    QString apiCall() const { return service + QLatin1Char(':') + operation; }
};

// The ordered steps that create one notebook instance from the wizard's choices: create role →
// create policy → attach policies → create lifecycle config → CreateNotebookInstance → wait until
// InService, each step present only when the choices need it.
class CreatePlan final
{
    Q_DECLARE_TR_FUNCTIONS(SageDesk::CreatePlan)

public:
    static inline const auto kIdleStopTag = QStringLiteral("sagedesk:idle-stop-minutes");

    static CreatePlan build(const CreateChoices& choices, const PlanEnvironment& environment);

    const CreateChoices& choices() const { return m_choices; }
    const PlanEnvironment& environment() const { return m_environment; }
    const QList<PlanStep>& steps() const { return m_steps; }
    // The request that CreateNotebookInstance will send (role ARN and tags filled in).
    const CreateNotebookInstanceRequest& instanceRequest() const { return m_request; }
    const Aws::NotebookInstanceLifecycleConfig* lifecycleConfig() const;
    bool createsRole() const { return m_choices.role == CreateChoices::Role::New; }
    QString roleName() const { return m_roleName; }     // empty unless createsRole()
    QString policyName() const { return m_policyName; } // empty unless a policy is created
    QString predictedRoleArn() const { return m_request.roleArn; }

    // What AWS would refuse, checked with the shared validator before anything is sent.
    ValidationIssues issues() const;
    // What is unwise but allowed (Validation::createNotebookInstanceWarnings): the person decides.
    ValidationIssues warnings() const;
    // The instance's ARN as AWS will make it (the name lower-cased).
    QString predictedInstanceArn() const;
    // Whether idle auto-stop is the generated OnStart section (AWS) rather than the local tag.
    bool autoStopScript() const { return m_choices.idleStopMinutes > 0 && !m_environment.local; }
    // The lifecycle configuration made for the auto-stop section alone: "<name>-auto-stop".
    static QString autoStopConfigName(const QString& notebookInstanceName);

    // Every step's body as indented JSON, a heading per call.
    QString requestBodiesText() const;
    // Every step's aws CLI command, a line each (one shell script).
    QString cliText() const;

    // 'text' quoted for a POSIX shell.
    static QString shellQuote(const QString& text);
    // "CreateNotebookInstance" -> "create-notebook-instance"
    static QString cliOperationName(const QString& operation);

private:
    void addStep(PlanStep::Kind kind, const QString& service, const QString& operation,
                 const QJsonObject& body);

    CreateChoices m_choices;
    PlanEnvironment m_environment;
    CreateNotebookInstanceRequest m_request;
    Aws::NotebookInstanceLifecycleConfig m_lifecycle;
    QString m_roleName;
    QString m_policyName;
    bool m_createsLifecycleConfig = false;
    std::optional<ValidationIssue> m_autoStopIssue;
    QList<PlanStep> m_steps;
};

} // namespace SageDesk
