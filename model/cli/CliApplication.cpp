#include "cli/CliApplication.h"

#include "aws/client/AwsClientContext.h"
#include "aws/config/AwsConfig.h"
#include "aws/roles/NotebookInstanceCreator.h"
#include "cli/CliCommands.h"
#include "cli/CliConnection.h"
#include "cli/CliParser.h"
#include "cli/CliRequests.h"
#include "core/Redaction.h"
#include "domain/Validation.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

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
    // The parser accepted only commands of the table.
    const auto command = CliCommands::find(m_invocation.command);
    if (command->namesInstance) {
        if (const auto issue = Validation::notebookInstanceName(m_invocation.positionals.value(0))) {
            return usageError(CliRequests::describe({*issue}));
        }
    }
    return command->handler(*this);
}

} // namespace SageDesk::Cli
