#include "console/create/CreatePlan.h"

#include "aws/roles/ExecutionRolePolicies.h"
#include "aws/services/SageMakerClient.h"
#include "console/create/AutoStopScript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace SageDesk {

namespace {

namespace Policies = Aws::ExecutionRolePolicies;

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Flags read better than a JSON blob, but only flat inputs map one to one onto them.
bool isFlat(const QJsonObject& body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it->isArray() || it->isObject()) {
            return false;
        }
    }
    return true;
}

} // namespace

CreatePlan CreatePlan::build(const CreateChoices& choices, const PlanEnvironment& environment)
{
    CreatePlan plan;
    plan.m_choices = choices;
    plan.m_environment = environment;
    plan.m_request = choices.instance;
    const QString partition = environment.partition;

    if (choices.role == CreateChoices::Role::New) {
        const QString suffix = Policies::nameSuffix(environment.now);
        plan.m_roleName = Policies::roleName(suffix);
        plan.m_request.roleArn =
            QStringLiteral("arn:%1:iam::%2:role%3%4")
                .arg(partition, environment.accountId, QLatin1String(Policies::kPath), plan.m_roleName);
        plan.addStep(PlanStep::Kind::CreateRole, QStringLiteral("iam"), QStringLiteral("CreateRole"),
                     {{QStringLiteral("RoleName"), plan.m_roleName},
                      {QStringLiteral("Path"), QLatin1String(Policies::kPath)},
                      {QStringLiteral("AssumeRolePolicyDocument"),
                       Policies::trustPolicy(partition, environment.region, environment.accountId)},
                      {QStringLiteral("Description"), Policies::description()},
                      {QStringLiteral("MaxSessionDuration"), Policies::kMaxSessionDuration}});
        QString document = Policies::executionPolicy(choices.s3Access, partition);
        if (plan.autoStopScript()) {
            document = Policies::withStopPermission(document, plan.predictedInstanceArn());
        }
        QString policyArn;
        if (!document.isEmpty()) {
            plan.m_policyName = Policies::policyName(suffix);
            policyArn =
                QStringLiteral("arn:%1:iam::%2:policy%3%4")
                    .arg(partition, environment.accountId, QLatin1String(Policies::kPath), plan.m_policyName);
            plan.addStep(PlanStep::Kind::CreatePolicy, QStringLiteral("iam"), QStringLiteral("CreatePolicy"),
                         {{QStringLiteral("PolicyName"), plan.m_policyName},
                          {QStringLiteral("Path"), QLatin1String(Policies::kPath)},
                          {QStringLiteral("PolicyDocument"), document}});
        }
        // The managed policy first, as the console attaches it.
        for (const QString& arn : {Policies::managedPolicyArn(partition), policyArn}) {
            if (!arn.isEmpty()) {
                plan.addStep(
                    PlanStep::Kind::AttachRolePolicy, QStringLiteral("iam"),
                    QStringLiteral("AttachRolePolicy"),
                    {{QStringLiteral("RoleName"), plan.m_roleName}, {QStringLiteral("PolicyArn"), arn}});
            }
        }
    }

    CreateChoices::Lifecycle lifecycle = choices.lifecycle;
    plan.m_lifecycle.notebookInstanceLifecycleConfigName = choices.newLifecycleConfigName;
    plan.m_lifecycle.onCreate = choices.onCreate;
    plan.m_lifecycle.onStart = choices.onStart;
    if (plan.autoStopScript()) {
        const QString name = plan.m_request.notebookInstanceName;
        if (lifecycle == CreateChoices::Lifecycle::None) {
            lifecycle = CreateChoices::Lifecycle::New;
            plan.m_lifecycle = {};
            plan.m_lifecycle.notebookInstanceLifecycleConfigName = autoStopConfigName(name);
        }
        if (lifecycle == CreateChoices::Lifecycle::Existing) {
            plan.m_autoStopIssue = {QStringLiteral("IdleStop"),
                                    tr("Stop when idle adds an OnStart script on AWS: choose no lifecycle "
                                       "configuration or a new one")};
        } else {
            plan.m_lifecycle.onStart = AutoStopScript::onStart(plan.m_lifecycle.onStart, name,
                                                               environment.region, choices.idleStopMinutes);
            if (plan.m_lifecycle.onStart.isEmpty()) {
                plan.m_autoStopIssue = {QStringLiteral("IdleStop"),
                                        tr("Stop when idle adds to the OnStart script, which must then be a "
                                           "bash or sh script (#!/bin/bash)")};
                plan.m_lifecycle.onStart = choices.onStart;
            }
        }
    }
    switch (lifecycle) {
    case CreateChoices::Lifecycle::None:
        plan.m_request.lifecycleConfigName.clear();
        break;
    case CreateChoices::Lifecycle::Existing:
        break;
    case CreateChoices::Lifecycle::New:
        plan.m_createsLifecycleConfig = true;
        plan.m_request.lifecycleConfigName = plan.m_lifecycle.notebookInstanceLifecycleConfigName;
        plan.addStep(PlanStep::Kind::CreateLifecycleConfig, QStringLiteral("sagemaker"),
                     QStringLiteral("CreateNotebookInstanceLifecycleConfig"),
                     Aws::SageMakerClient::lifecycleConfigInput(plan.m_lifecycle));
        break;
    }

    if (choices.idleStopMinutes > 0 && environment.local) {
        plan.m_request.tags.removeIf([](const Tag& tag) { return tag.key == kIdleStopTag; });
        plan.m_request.tags.append({kIdleStopTag, QString::number(choices.idleStopMinutes)});
    }
    plan.addStep(PlanStep::Kind::CreateNotebookInstance, QStringLiteral("sagemaker"),
                 QStringLiteral("CreateNotebookInstance"), plan.m_request.toJson());
    if (choices.waitForInService) {
        plan.addStep(PlanStep::Kind::WaitForInService, QStringLiteral("sagemaker"),
                     QStringLiteral("DescribeNotebookInstance"),
                     {{QStringLiteral("NotebookInstanceName"), plan.m_request.notebookInstanceName}});
    }
    return plan;
}

void CreatePlan::addStep(PlanStep::Kind kind, const QString& service, const QString& operation,
                         const QJsonObject& body)
{
    PlanStep step{kind, service, operation, body, {}};
    QStringList words{QStringLiteral("aws"), service};
    if (kind == PlanStep::Kind::WaitForInService) {
        words << QStringLiteral("wait") << QStringLiteral("notebook-instance-in-service")
              << QStringLiteral("--notebook-instance-name")
              << shellQuote(body.value(QLatin1String("NotebookInstanceName")).toString());
    } else {
        words << cliOperationName(operation);
        if (isFlat(body)) {
            for (auto it = body.begin(); it != body.end(); ++it) {
                words << QStringLiteral("--") + cliOperationName(it.key())
                      << shellQuote(it->isDouble() ? QString::number(it->toInteger()) : it->toString());
            }
        } else {
            words << QStringLiteral("--cli-input-json") << shellQuote(compact(body));
        }
    }
    if (service != QLatin1String("iam") && !m_environment.region.isEmpty()) {
        words << QStringLiteral("--region") << shellQuote(m_environment.region);
    }
    if (!m_environment.endpointUrl.isEmpty()) {
        words << QStringLiteral("--endpoint-url") << shellQuote(m_environment.endpointUrl.toString());
    }
    step.cliCommand = words.join(QLatin1Char(' '));
    m_steps.append(step);
}

const Aws::NotebookInstanceLifecycleConfig* CreatePlan::lifecycleConfig() const
{
    return m_createsLifecycleConfig ? &m_lifecycle : nullptr;
}

QString CreatePlan::predictedInstanceArn() const
{
    return QStringLiteral("arn:%1:sagemaker:%2:%3:notebook-instance/%4")
        .arg(m_environment.partition, m_environment.region, m_environment.accountId,
             m_choices.instance.notebookInstanceName.toLower());
}

QString CreatePlan::autoStopConfigName(const QString& notebookInstanceName)
{
    const auto suffix = QLatin1String("-auto-stop");
    QString base = notebookInstanceName.left(63 - suffix.size());
    while (base.endsWith(QLatin1Char('-'))) {
        base.chop(1);
    }
    return base + suffix;
}

ValidationIssues CreatePlan::warnings() const
{
    return Validation::createNotebookInstanceWarnings(m_request);
}

ValidationIssues CreatePlan::issues() const
{
    ValidationIssues issues = Validation::createNotebookInstance(m_request);
    if (m_autoStopIssue) {
        issues.append(*m_autoStopIssue);
    }
    if (createsRole()) {
        if (const auto issue = Validation::iamRoleName(m_roleName)) {
            issues.append(*issue);
        }
        if (m_choices.s3Access.kind == Aws::S3Access::Kind::Specific) {
            if (m_choices.s3Access.buckets.isEmpty()) {
                issues.append({QStringLiteral("S3Buckets"), tr("S3Buckets: name at least one bucket")});
            }
            for (const QString& bucket : m_choices.s3Access.buckets) {
                if (const auto issue = Validation::s3BucketName(bucket)) {
                    issues.append(*issue);
                }
            }
        }
    }
    if (const auto* config = lifecycleConfig()) {
        if (const auto issue =
                Validation::lifecycleConfigName(config->notebookInstanceLifecycleConfigName, true,
                                                QStringLiteral("NotebookInstanceLifecycleConfigName"))) {
            issues.append(*issue);
        }
        if (!config->onCreate.isEmpty()) {
            issues.append(Validation::lifecycleScript(QStringLiteral("OnCreate"), config->onCreate));
        }
        if (!config->onStart.isEmpty()) {
            issues.append(Validation::lifecycleScript(QStringLiteral("OnStart"), config->onStart));
        }
    }
    return issues;
}

QString CreatePlan::requestBodiesText() const
{
    QString text;
    for (int i = 0; i < m_steps.size(); ++i) {
        const PlanStep& step = m_steps.at(i);
        text += QStringLiteral("// %1. %2\n").arg(i + 1).arg(step.apiCall());
        text += QString::fromUtf8(QJsonDocument(step.body).toJson(QJsonDocument::Indented));
        text += QLatin1Char('\n');
    }
    return text;
}

QString CreatePlan::cliText() const
{
    QStringList lines;
    for (const PlanStep& step : m_steps) {
        lines.append(step.cliCommand);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString CreatePlan::shellQuote(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@,+-]+$"));
    if (plain.match(text).hasMatch()) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CreatePlan::cliOperationName(const QString& operation)
{
    // The botocore rule for the names SageDesk uses: a dash before each capital that follows a
    // lower-case letter or digit, and before the last capital of a run ("InGB" -> "in-gb").
    static const QRegularExpression boundary(
        QStringLiteral("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"));
    return operation.split(boundary).join(QLatin1Char('-')).toLower();
}

} // namespace SageDesk
