#include "cli/CliApplication.h"

#include "aws/client/AwsClientContext.h"
#include "aws/config/AwsConfig.h"
#include "aws/roles/ExecutionRoleRecipe.h"
#include "aws/roles/NotebookInstanceCreator.h"
#include "aws/roles/S3Access.h"
#include "aws/services/IamClient.h"
#include "aws/services/S3Client.h"
#include "aws/services/SageMakerClient.h"
#include "aws/services/StsClient.h"
#include "cli/CliConnection.h"
#include "cli/CliOutput.h"
#include "cli/CliParser.h"
#include "cli/CliRequests.h"
#include "core/Redaction.h"
#include "domain/Validation.h"

#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace SageDesk::Cli {

namespace {

QString headerText(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QString text;
    for (const auto& [name, value] : headers) {
        text += QStringLiteral("\n  %1: %2").arg(QString::fromLatin1(name), QString::fromUtf8(value));
    }
    return text;
}

} // namespace

CliApplication::CliApplication(QTextStream& out, QTextStream& err, QProcessEnvironment environment,
                               const Clock& clock)
    : m_out(out)
    , m_err(err)
    , m_environment(std::move(environment))
    , m_clock(clock)
    , m_roleRetryDelays(Aws::NotebookInstanceCreator::defaultRetryDelays())
{}

CliApplication::~CliApplication() = default;

int CliApplication::run(const QStringList& arguments)
{
    const CliParseResult parsed = CliParser::parse(arguments);
    switch (parsed.kind) {
    case CliParseResult::Kind::Help:
    case CliParseResult::Kind::Version:
        m_out << parsed.text << (parsed.text.endsWith(QLatin1Char('\n')) ? "" : "\n");
        m_out.flush();
        return kSuccess;
    case CliParseResult::Kind::Usage:
        return usageError(parsed.text);
    case CliParseResult::Kind::Run:
        break;
    }
    m_invocation = parsed.invocation;
    // The AWS layer logs every attempt through Qt's logging; on stderr that would garble the one
    // "error: ..." line scripts parse, so it is heard only with --debug.
    QLoggingCategory::setFilterRules(m_invocation.global.debug ? QStringLiteral("sagedesk.*.debug=true")
                                                               : QStringLiteral("sagedesk.*=false"));
    const int code = dispatch();
    m_out.flush();
    m_err.flush();
    return code;
}

int CliApplication::usageError(const QString& message)
{
    m_err << "error: " << message << (message.endsWith(QLatin1Char('\n')) ? "" : "\n");
    m_err.flush();
    return kUsageError;
}

int CliApplication::serviceError(const Aws::AwsError& error)
{
    // The same text the console shows, already redacted: "<Code>: <Message> (request id <id>)".
    m_err << "error: " << error.toDisplayString() << "\n";
    m_err.flush();
    return kServiceError;
}

void CliApplication::debug(const QString& text)
{
    if (m_invocation.global.debug) {
        m_err << "debug: " << Redaction::redact(text) << "\n";
        m_err.flush();
    }
}

template <typename T>
std::optional<T> CliApplication::await(const Aws::AwsCall<T>& call, const QString& operation)
{
    const auto result = call.wait();
    if (!result) {
        debug(QStringLiteral("%1 failed: %2").arg(operation, result.error().toDisplayString()));
        serviceError(result.error());
        return std::nullopt;
    }
    debug(QStringLiteral("%1 succeeded").arg(operation));
    return result.value();
}

void CliApplication::askMfaCode(const QString& mfaSerial, const std::function<void(const QString&)>& done)
{
    if (m_in == nullptr) {
        done({});
        return;
    }
    m_err << tr("Enter MFA code for %1: ").arg(mfaSerial) << Qt::flush;
    done(m_in->readLine().trimmed());
}

bool CliApplication::connect()
{
    const CliGlobalOptions& global = m_invocation.global;
    const Aws::AwsConfig config =
        Aws::AwsConfig::load({global.profile, global.region, global.endpointUrl}, m_environment);
    for (const auto& error : config.errors()) {
        debug(QStringLiteral("config: ") + error.toString());
    }
    QString error;
    m_connection = CliConnection::open(
        config, m_clock, &error, [this](const QString& serial, std::function<void(const QString&)> done) {
            askMfaCode(serial, done);
        });
    if (!m_connection) {
        usageError(error);
        return false;
    }
    m_context = m_connection->context.get();
    debug(QStringLiteral("profile %1, region %2, credentials from %3, sagemaker endpoint %4")
              .arg(config.profileName(), m_context->region(), m_connection->credentials->name(),
                   m_context->endpoint(QStringLiteral("sagemaker")).toString()));
    if (global.debug) {
        QObject::connect(m_context, &Aws::AwsClientContext::attemptSent, m_context,
                         [this](const Aws::AwsRequest& request, int attempt, const QUrl& url) {
                             debug(QStringLiteral("%1 attempt %2: %3 %4%5\n  %6")
                                       .arg(request.operation)
                                       .arg(attempt)
                                       .arg(QString::fromLatin1(request.method), url.toString(),
                                            headerText(request.headers), QString::fromUtf8(request.body)));
                         });
        // The request job reads the body itself; what is left to show of a response is its status
        // and headers, the request id among them.
        QObject::connect(
            m_context->network(), &QNetworkAccessManager::finished, m_context, [this](QNetworkReply* reply) {
                debug(QStringLiteral("response %1 from %2%3")
                          .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
                          .arg(reply->url().toString(), headerText(reply->rawHeaderPairs())));
            });
    }
    return true;
}

int CliApplication::dispatch()
{
    using Command = int (CliApplication::*)();
    static const QHash<QString, Command> commands{
        {QStringLiteral("whoami"), &CliApplication::whoami},
        {QStringLiteral("list"), &CliApplication::list},
        {QStringLiteral("describe"), &CliApplication::describe},
        {QStringLiteral("create"), &CliApplication::create},
        {QStringLiteral("update"), &CliApplication::update},
        {QStringLiteral("start"), &CliApplication::start},
        {QStringLiteral("stop"), &CliApplication::stop},
        {QStringLiteral("delete"), &CliApplication::remove},
        {QStringLiteral("wait"), &CliApplication::wait},
        {QStringLiteral("url"), &CliApplication::url},
        {QStringLiteral("roles"), &CliApplication::roles},
        {QStringLiteral("create-role"), &CliApplication::createRole},
        {QStringLiteral("buckets"), &CliApplication::buckets},
        {QStringLiteral("lifecycle-configs"), &CliApplication::lifecycleConfigs},
        {QStringLiteral("create-lifecycle-config"), &CliApplication::createLifecycleConfig},
    };
    // Commands whose NAME is an existing notebook instance: a name AWS could never have accepted
    // is a typing error, reported before anything is sent.
    static const QStringList namedInstance{QStringLiteral("describe"), QStringLiteral("start"),
                                           QStringLiteral("stop"),     QStringLiteral("delete"),
                                           QStringLiteral("wait"),     QStringLiteral("url")};
    if (namedInstance.contains(m_invocation.command)) {
        if (const auto issue = Validation::notebookInstanceName(m_invocation.positionals.value(0))) {
            return usageError(CliRequests::describe({*issue}));
        }
    }
    const Command command = commands.value(m_invocation.command);
    return (this->*command)();
}

int CliApplication::whoami()
{
    if (!connect()) {
        return kUsageError;
    }
    const auto identity =
        await(Aws::StsClient(m_context).getCallerIdentity(), QStringLiteral("GetCallerIdentity"));
    if (!identity) {
        return kServiceError;
    }
    QJsonObject json = CliOutput::toJson(*identity);
    json.insert(QStringLiteral("Region"), m_context->region());
    m_out << CliOutput::object(m_invocation.global.output, json);
    return kSuccess;
}

int CliApplication::list()
{
    Aws::ListNotebookInstancesRequest request;
    if (m_invocation.isSet(QStringLiteral("status"))) {
        request.statusEquals =
            NotebookInstanceStatuses::fromString(m_invocation.value(QStringLiteral("status")));
        if (!request.statusEquals) {
            QStringList statuses;
            for (const auto status : NotebookInstanceStatuses::all()) {
                statuses.append(NotebookInstanceStatuses::toString(status));
            }
            return usageError(tr("--status: must be one of %1").arg(statuses.join(QStringLiteral(", "))));
        }
    }
    if (m_invocation.isSet(QStringLiteral("name-contains"))) {
        request.nameContains = m_invocation.value(QStringLiteral("name-contains"));
        if (const auto issue = Validation::nameContains(request.nameContains)) {
            return usageError(CliRequests::describe({*issue}));
        }
    }
    if (m_invocation.isSet(QStringLiteral("sort-by"))) {
        request.sortBy = m_invocation.value(QStringLiteral("sort-by"));
        if (!QStringList{QStringLiteral("Name"), QStringLiteral("CreationTime"), QStringLiteral("Status")}
                 .contains(request.sortBy)) {
            return usageError(tr("--sort-by: must be Name, CreationTime or Status"));
        }
    }
    if (!connect()) {
        return kUsageError;
    }
    const auto instances = await(Aws::SageMakerClient(m_context).listAllNotebookInstances(request),
                                 QStringLiteral("ListNotebookInstances"));
    if (!instances) {
        return kServiceError;
    }
    QJsonArray rows;
    for (const auto& instance : *instances) {
        rows.append(instance.toJson());
    }
    m_out << CliOutput::list(m_invocation.global.output, QStringLiteral("NotebookInstances"), rows,
                             {QStringLiteral("NotebookInstanceName"),
                              QStringLiteral("NotebookInstanceStatus"), QStringLiteral("InstanceType"),
                              QStringLiteral("CreationTime")});
    return kSuccess;
}

int CliApplication::describe()
{
    const QString name = m_invocation.positionals.value(0);
    if (!connect()) {
        return kUsageError;
    }
    const auto instance = await(Aws::SageMakerClient(m_context).describeNotebookInstance(name),
                                QStringLiteral("DescribeNotebookInstance"));
    if (!instance) {
        return kServiceError;
    }
    m_out << CliOutput::object(m_invocation.global.output, instance->toJson());
    return kSuccess;
}

int CliApplication::create()
{
    QString error;
    auto request = CliRequests::createNotebookInstance(m_invocation, &error);
    if (!request) {
        return usageError(error);
    }
    std::optional<Aws::S3Access> newRoleAccess;
    if (m_invocation.isSet(QStringLiteral("create-role"))) {
        std::optional<ValidationIssue> issue;
        newRoleAccess = Aws::S3Access::parse(m_invocation.value(QStringLiteral("create-role")), &issue);
        if (issue) {
            return usageError(QStringLiteral("--create-role: ") + issue->message);
        }
    }
    if (!connect()) {
        return kUsageError;
    }
    QJsonObject json;
    const Aws::ExecutionRoleRecipe recipe(m_context, m_clock);
    std::optional<Aws::ExecutionRole> newRole;
    if (newRoleAccess) {
        newRole = await(recipe.create(*newRoleAccess), QStringLiteral("CreateExecutionRole"));
        if (!newRole) {
            return kServiceError;
        }
        request->roleArn = newRole->role.arn;
        json.insert(QStringLiteral("RoleArn"), newRole->role.arn);
    }
    const auto arn = await(Aws::NotebookInstanceCreator(m_context, m_roleRetryDelays)
                               .createNotebookInstance(*request, newRoleAccess.has_value()),
                           QStringLiteral("CreateNotebookInstance"));
    // A role made for an instance that was never created would only pile up with every retry.
    if (!arn && newRole) {
        const auto removed = recipe.remove(*newRole).wait();
        if (!removed) {
            m_err << tr("note: the new execution role %1 could not be removed: %2")
                         .arg(newRole->role.arn, removed.error().toDisplayString())
                  << "\n";
        }
    }
    if (!arn) {
        return kServiceError;
    }
    json.insert(QStringLiteral("NotebookInstanceArn"), *arn);
    m_out << CliOutput::object(m_invocation.global.output, json);
    return kSuccess;
}

int CliApplication::update()
{
    QString error;
    const auto request = CliRequests::updateNotebookInstance(m_invocation, &error);
    if (!request) {
        return usageError(error);
    }
    if (!connect()) {
        return kUsageError;
    }
    Aws::SageMakerClient sageMaker(m_context);
    // The volume may only grow and the instance type must suit the platform: both need the
    // instance as it is now.
    const auto current = await(sageMaker.describeNotebookInstance(request->notebookInstanceName),
                               QStringLiteral("DescribeNotebookInstance"));
    if (!current) {
        return kServiceError;
    }
    if (const auto issues = Validation::updateNotebookInstance(*request, *current); !issues.isEmpty()) {
        return usageError(CliRequests::describe(issues));
    }
    return await(sageMaker.updateNotebookInstance(*request), QStringLiteral("UpdateNotebookInstance"))
               ? kSuccess
               : kServiceError;
}

int CliApplication::start()
{
    const QString name = m_invocation.positionals.value(0);
    if (!connect()) {
        return kUsageError;
    }
    return await(Aws::SageMakerClient(m_context).startNotebookInstance(name),
                 QStringLiteral("StartNotebookInstance"))
               ? kSuccess
               : kServiceError;
}

int CliApplication::stop()
{
    const QString name = m_invocation.positionals.value(0);
    if (!connect()) {
        return kUsageError;
    }
    return await(Aws::SageMakerClient(m_context).stopNotebookInstance(name),
                 QStringLiteral("StopNotebookInstance"))
               ? kSuccess
               : kServiceError;
}

int CliApplication::remove()
{
    const QString name = m_invocation.positionals.value(0);
    if (!connect()) {
        return kUsageError;
    }
    return await(Aws::SageMakerClient(m_context).deleteNotebookInstance(name),
                 QStringLiteral("DeleteNotebookInstance"))
               ? kSuccess
               : kServiceError;
}

int CliApplication::wait()
{
    const QString name = m_invocation.positionals.value(0);
    const QString until = m_invocation.value(QStringLiteral("until"));
    if (!QStringList{QStringLiteral("InService"), QStringLiteral("Stopped"), QStringLiteral("Deleted")}
             .contains(until)) {
        return usageError(tr("--until: must be InService, Stopped or Deleted"));
    }
    int timeoutSeconds = 1800;
    if (m_invocation.isSet(QStringLiteral("timeout"))) {
        QString error;
        const auto timeout = CliRequests::integer(QStringLiteral("--timeout"),
                                                  m_invocation.value(QStringLiteral("timeout")), 1, &error);
        if (!timeout) {
            return usageError(error);
        }
        timeoutSeconds = *timeout;
    }
    if (!connect()) {
        return kUsageError;
    }
    Aws::SageMakerClient sageMaker(m_context);
    const qint64 deadline = m_clock.currentMSecsSinceEpoch() + qint64(timeoutSeconds) * 1000;
    for (;;) {
        const auto described = sageMaker.describeNotebookInstance(name).wait();
        if (!described) {
            // As botocore's NotebookInstanceDeleted waiter: a describe that finds nothing is success.
            if (until == QLatin1String("Deleted") && described.error().isNotFound()) {
                return kSuccess;
            }
            return serviceError(described.error());
        }
        const QString status = NotebookInstanceStatuses::toString(described->notebookInstanceStatus);
        debug(QStringLiteral("%1 is %2").arg(name, status));
        if (status == until) {
            return kSuccess;
        }
        if (described->notebookInstanceStatus == NotebookInstanceStatus::Failed) {
            Aws::AwsError failed;
            failed.code = QStringLiteral("NotebookInstanceFailed");
            failed.message =
                described->failureReason.isEmpty() ? tr("%1 failed").arg(name) : described->failureReason;
            return serviceError(failed);
        }
        if (m_clock.currentMSecsSinceEpoch() >= deadline) {
            Aws::AwsError timedOut;
            timedOut.code = QStringLiteral("WaiterTimeout");
            timedOut.message = tr("%1 is still %2 after %3 seconds").arg(name, status).arg(timeoutSeconds);
            return serviceError(timedOut);
        }
        QEventLoop loop;
        QTimer::singleShot(m_pollInterval, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

int CliApplication::url()
{
    const QString name = m_invocation.positionals.value(0);
    if (!connect()) {
        return kUsageError;
    }
    const auto authorized = await(Aws::SageMakerClient(m_context).createPresignedNotebookInstanceUrl(name),
                                  QStringLiteral("CreatePresignedNotebookInstanceUrl"));
    if (!authorized) {
        return kServiceError;
    }
    m_out << (m_invocation.isSet(QStringLiteral("lab")) ? Aws::SageMakerClient::jupyterLabUrl(*authorized)
                                                        : *authorized)
          << "\n";
    return kSuccess;
}

int CliApplication::roles()
{
    if (!connect()) {
        return kUsageError;
    }
    const auto roles = await(Aws::IamClient(m_context).listRoles(), QStringLiteral("ListRoles"));
    if (!roles) {
        return kServiceError;
    }
    QJsonArray rows;
    for (const auto& role : *roles) {
        if (role.assumeRolePolicyDocument.contains(QLatin1String("sagemaker.amazonaws.com"))) {
            rows.append(CliOutput::toJson(role));
        }
    }
    m_out << CliOutput::list(
        m_invocation.global.output, QStringLiteral("Roles"), rows,
        {QStringLiteral("RoleName"), QStringLiteral("Arn"), QStringLiteral("CreateDate")});
    return kSuccess;
}

int CliApplication::createRole()
{
    if (!m_invocation.isSet(QStringLiteral("s3"))) {
        return usageError(tr("--s3: is required (any, none or a comma-separated list of buckets)"));
    }
    std::optional<ValidationIssue> issue;
    const auto access = Aws::S3Access::parse(m_invocation.value(QStringLiteral("s3")), &issue);
    if (issue) {
        return usageError(QStringLiteral("--s3: ") + issue->message);
    }
    if (!connect()) {
        return kUsageError;
    }
    const auto role = await(Aws::ExecutionRoleRecipe(m_context, m_clock).create(access),
                            QStringLiteral("CreateExecutionRole"));
    if (!role) {
        return kServiceError;
    }
    m_out << role->role.arn << "\n";
    return kSuccess;
}

int CliApplication::buckets()
{
    if (!connect()) {
        return kUsageError;
    }
    const auto buckets = await(Aws::S3Client(m_context).listBuckets(), QStringLiteral("ListBuckets"));
    if (!buckets) {
        return kServiceError;
    }
    QJsonArray rows;
    for (const auto& bucket : *buckets) {
        rows.append(CliOutput::toJson(bucket));
    }
    m_out << CliOutput::list(m_invocation.global.output, QStringLiteral("Buckets"), rows,
                             {QStringLiteral("Name"), QStringLiteral("CreationDate")});
    return kSuccess;
}

int CliApplication::lifecycleConfigs()
{
    if (!connect()) {
        return kUsageError;
    }
    Aws::SageMakerClient sageMaker(m_context);
    Aws::ListNotebookInstanceLifecycleConfigsRequest request;
    QJsonArray rows;
    do {
        const auto page = await(sageMaker.listNotebookInstanceLifecycleConfigs(request),
                                QStringLiteral("ListNotebookInstanceLifecycleConfigs"));
        if (!page) {
            return kServiceError;
        }
        for (const auto& config : page->configs) {
            rows.append(CliOutput::toJson(config));
        }
        request.nextToken = page->nextToken;
    } while (!request.nextToken.isEmpty());
    m_out << CliOutput::list(
        m_invocation.global.output, QStringLiteral("NotebookInstanceLifecycleConfigs"), rows,
        {QStringLiteral("NotebookInstanceLifecycleConfigName"), QStringLiteral("CreationTime")});
    return kSuccess;
}

int CliApplication::createLifecycleConfig()
{
    Aws::NotebookInstanceLifecycleConfig config;
    config.notebookInstanceLifecycleConfigName = m_invocation.positionals.value(0);
    ValidationIssues issues;
    if (const auto issue =
            Validation::lifecycleConfigName(config.notebookInstanceLifecycleConfigName, true,
                                            QStringLiteral("NotebookInstanceLifecycleConfigName"))) {
        issues.append(*issue);
    }
    const auto readScript = [&](const QString& option, const QString& field, QByteArray* script) {
        if (!m_invocation.isSet(option)) {
            return true;
        }
        QFile file(m_invocation.value(option));
        if (!file.open(QIODevice::ReadOnly)) {
            usageError(tr("--%1: cannot read %2: %3").arg(option, file.fileName(), file.errorString()));
            return false;
        }
        *script = file.readAll();
        issues += Validation::lifecycleScript(field, *script);
        return true;
    };
    if (!readScript(QStringLiteral("on-create"), QStringLiteral("OnCreate"), &config.onCreate) ||
        !readScript(QStringLiteral("on-start"), QStringLiteral("OnStart"), &config.onStart)) {
        return kUsageError;
    }
    if (!issues.isEmpty()) {
        return usageError(CliRequests::describe(issues));
    }
    if (!connect()) {
        return kUsageError;
    }
    const auto arn = await(Aws::SageMakerClient(m_context).createNotebookInstanceLifecycleConfig(config),
                           QStringLiteral("CreateNotebookInstanceLifecycleConfig"));
    if (!arn) {
        return kServiceError;
    }
    m_out << CliOutput::object(m_invocation.global.output,
                               {{QStringLiteral("NotebookInstanceLifecycleConfigArn"), *arn}});
    return kSuccess;
}

} // namespace SageDesk::Cli
