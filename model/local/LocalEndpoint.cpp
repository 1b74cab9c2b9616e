#include "local/LocalEndpoint.h"

#include "core/PrivateFiles.h"
#include "discovery/LocalEndpointInfo.h"
#include "local/auth/ContainerCredentials.h"
#include "local/auth/RequestAuthenticator.h"
#include "local/auth/RequestAuthorizer.h"
#include "local/ec2/Ec2Service.h"
#include "local/iam/IamService.h"
#include "local/iam/RolePolicies.h"
#include "local/kms/KmsService.h"
#include "local/logs/InstanceLogIngester.h"
#include "local/logs/LogEventStore.h"
#include "local/logs/LogsService.h"
#include "local/presigned/PresignedUrlTokens.h"
#include "local/runtime/NotebookRuntime.h"
#include "local/s3/LocalBuckets.h"
#include "local/s3/ObjectUpload.h"
#include "local/s3/S3Actions.h"
#include "local/s3/S3Service.h"
#include "local/sagemaker/CodeRepositoryApi.h"
#include "local/sagemaker/LifecycleConfigApi.h"
#include "local/sagemaker/NotebookInstanceApi.h"
#include "local/sagemaker/NotebookInstanceController.h"
#include "local/sagemaker/SageMakerService.h"
#include "local/sagemaker/TagApi.h"
#include "local/store/LocalStateStore.h"
#include "local/sts/StsService.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLockFile>
#include <QThread>
#include <QUuid>

namespace SageDesk::Local {

namespace {

QByteArray newRequestId()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

WireProtocol protocolOf(const HttpRequest& request, const QByteArray& service)
{
    if (service == "sagemaker" || request.hasHeader("X-Amz-Target")) {
        return WireProtocol::Json;
    }
    if (service == "iam" || service == "sts") {
        return WireProtocol::Query;
    }
    if (service == "ec2") {
        return WireProtocol::Ec2Query;
    }
    if (service.isEmpty() && request.method == "POST" &&
        request.header("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        return WireProtocol::Query;
    }
    return WireProtocol::RestXml;
}

// Long enough to read the notice, short enough not to be in the way.
constexpr int kClassicViewNoticeSeconds = 5;

QString htmlEscaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

LocalEndpoint::LocalEndpoint(Options options, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{}

LocalEndpoint::~LocalEndpoint()
{
    // The server goes first so that no request reaches a half-destroyed service.
    delete m_server;
    m_server = nullptr;
}

bool LocalEndpoint::start()
{
    if (!PrivateFiles::makePath(m_options.dataDir)) {
        m_error = tr("Cannot create the data directory %1.").arg(m_options.dataDir);
        return false;
    }
    if (!lockDataDir()) {
        return false;
    }
    const auto credentials = LocalCredentials::loadOrCreate(m_options.dataDir, &m_error);
    if (!credentials) {
        return false;
    }
    m_credentials = *credentials;
    m_context.accountId = m_credentials.accountId;
    m_context.region = m_options.region;
    m_context.dataDir = m_options.dataDir;

    m_store = std::make_unique<LocalStateStore>();
    if (!m_store->open(QDir(m_options.dataDir).filePath(QStringLiteral("state.sqlite")))) {
        m_error = tr("Cannot open the state database: %1").arg(m_store->errorString());
        return false;
    }
    m_buckets = std::make_unique<LocalBuckets>(m_options.dataDir);
    m_tokens = std::make_unique<PresignedUrlTokens>(m_clock);
    m_authenticator = std::make_unique<RequestAuthenticator>(m_credentials, m_clock);
    m_rolePolicies = std::make_unique<RolePolicies>(*m_store);
    m_authorizer = std::make_unique<RequestAuthorizer>(*m_rolePolicies, m_context, m_clock);
    m_runtime = new NotebookRuntime(m_options.dataDir, m_options.runtime, m_clock, this);
    m_containerCredentials =
        std::make_unique<ContainerCredentials>(*m_authenticator, *m_store, *m_runtime, m_clock);
    m_controller = new NotebookInstanceController(*m_store, *m_runtime, *m_buckets, m_context, m_clock, this);
    if (m_options.transitionDuration.count() > 0) {
        m_controller->setTransitionDuration(m_options.transitionDuration);
    }
    m_instanceApi = std::make_unique<NotebookInstanceApi>(*m_store, *m_controller, *m_tokens, *m_rolePolicies,
                                                          m_context, m_clock);
    m_lifecycleApi = std::make_unique<LifecycleConfigApi>(*m_store, m_context, m_clock);
    m_repositoryApi = std::make_unique<CodeRepositoryApi>(*m_store, m_context, m_clock);
    m_tagApi = std::make_unique<TagApi>(*m_store, *m_controller);
    m_sageMaker = std::make_unique<SageMakerService>(*m_store, *m_instanceApi, *m_lifecycleApi,
                                                     *m_repositoryApi, *m_tagApi);
    m_iam = std::make_unique<IamService>(*m_store, m_context, m_clock);
    m_sts = std::make_unique<StsService>(*m_store, *m_authenticator, m_context);
    m_s3 = std::make_unique<S3Service>(*m_buckets, m_context);
    m_ec2 = std::make_unique<Ec2Service>(m_context);
    m_kms = std::make_unique<KmsService>(m_context);
    m_logStore = std::make_unique<LogEventStore>();
    if (!m_logStore->open(QDir(m_options.dataDir).filePath(QStringLiteral("logs.sqlite")))) {
        m_error = tr("Cannot open the log database: %1").arg(m_logStore->errorString());
        return false;
    }
    m_logIngester = new InstanceLogIngester(*m_logStore, *m_runtime, m_clock, this);
    connect(m_runtime, &NotebookRuntime::statusChanged, m_logIngester, &InstanceLogIngester::onStatusChanged);
    m_logs = std::make_unique<LogsService>(*m_logStore, *m_logIngester, m_context);

    m_server = new HttpServer(
        [this](const HttpRequest& request, const HttpServer::Reply& reply) { handle(request, reply); });
    m_server->setLimits(m_options.httpLimits);
    m_server->setMaxBodyBytes(m_options.maxBodyBytes);
    m_server->setHeadRouter([this](HttpRequest& head) { return routeHead(head); });
    if (!m_server->listen(m_options.port)) {
        m_error = tr("Cannot listen on 127.0.0.1:%1: %2").arg(m_options.port).arg(m_server->errorString());
        return false;
    }
    m_context.port = m_server->port();
    m_controller->reconcile();
    LocalEndpointInfo info{m_context.port, QCoreApplication::applicationPid(), m_context.region};
    if (!info.write(m_options.dataDir)) {
        m_error = tr("Cannot write %1.").arg(LocalEndpointInfo::filePath(m_options.dataDir));
        return false;
    }
    return true;
}

bool LocalEndpoint::lockDataDir()
{
    // Before anything in the data directory is read: a second endpoint on the same directory would
    // adopt or stop the first one's instances, rewrite its runtime file and race it for the key.
    m_lock =
        std::make_unique<QLockFile>(QDir(m_options.dataDir).filePath(QStringLiteral("sagedesk-local.lock")));
    // Only a lock whose process has gone is stale, however long an endpoint runs.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        return true;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        m_error = tr("Cannot lock the data directory %1.").arg(QDir::toNativeSeparators(m_options.dataDir));
        return false;
    }
    // QLockFile creates the file before it writes the owner into it: a lock taken a moment ago may
    // still be empty. Another endpoint holds it all the same; its pid follows within moments.
    m_dataDirTaken = true;
    const QDeadlineTimer ownerWritten(std::chrono::seconds(2));
    while (!m_lock->getLockInfo(&m_runningPid, nullptr, nullptr) && !ownerWritten.hasExpired()) {
        QThread::msleep(10);
    }
    const auto running = LocalEndpointInfo::read(m_options.dataDir);
    m_error = running ? tr("Another sagedesk-local (process %1) already serves %2 on port %3; it was left "
                           "running as it is. Stop it first, or give this one another --data-dir.")
                            .arg(m_runningPid)
                            .arg(QDir::toNativeSeparators(m_options.dataDir))
                            .arg(running->port)
                      : tr("Another sagedesk-local (process %1) is starting on %2; it was left as it is. "
                           "Stop it first, or give this one another --data-dir.")
                            .arg(m_runningPid)
                            .arg(QDir::toNativeSeparators(m_options.dataDir));
    m_lock.reset();
    return false;
}

quint16 LocalEndpoint::port() const
{
    return m_context.port;
}

QString LocalEndpoint::endpointUrl() const
{
    return m_context.endpointUrl();
}

QString LocalEndpoint::environmentLines() const
{
    return LocalEndpointInfo{m_context.port, QCoreApplication::applicationPid(), m_context.region}
        .environmentLines(m_credentials);
}

void LocalEndpoint::shutdown(bool keepRunning)
{
    if (m_runtime && keepRunning) {
        m_runtime->detachServing();
    }
    if (m_controller) {
        m_controller->recordShutdown();
    }
    LocalEndpointInfo::remove(m_options.dataDir);
}

void LocalEndpoint::handle(const HttpRequest& request, const HttpServer::Reply& reply)
{
    if (request.path.startsWith("/notebook/") && (request.method == "GET" || request.method == "HEAD")) {
        reply(visitNotebook(request));
        return;
    }
    if (request.path.startsWith(ContainerCredentials::kPathPrefix) && request.method == "GET") {
        reply(m_containerCredentials->handle(request));
        return;
    }
    const QByteArray requestId = newRequestId();
    const QByteArray service = RequestAuthenticator::signedService(request);
    const WireProtocol protocol = protocolOf(request, service);
    // A streamed body's request was verified and authorized by routeHead() before its body came.
    std::optional<RequestAuthenticator::RoleSession> caller;
    if (auto error = request.bodySink ? std::optional<WireError>()
                                      : m_authenticator->verify(request, protocol, &caller)) {
        reply(error->toResponse(protocol, requestId));
        return;
    }
    // A role session may do what its role's policies allow; the endpoint's own key anything.
    if (caller) {
        if (auto denied = m_authorizer->authorize(request, protocol, service, *caller)) {
            reply(denied->toResponse(protocol, requestId));
            return;
        }
    }
    switch (protocol) {
    case WireProtocol::Json:
        if (service == "kms") {
            reply(m_kms->handle(request, requestId));
        } else if (service == "logs") {
            reply(m_logs->handle(request, requestId));
        } else {
            reply(m_sageMaker->handle(request, requestId));
        }
        return;
    case WireProtocol::Query:
        reply(service == "sts" ? m_sts->handle(request, requestId, caller)
                               : m_iam->handle(request, requestId));
        return;
    case WireProtocol::Ec2Query:
        reply(m_ec2->handle(request, requestId));
        return;
    case WireProtocol::RestXml: {
        S3Service::DeletePermission mayDelete;
        if (caller) {
            mayDelete = [this, session = *caller](const QString& bucket, const QString& key) {
                return m_authorizer->allows(S3Actions::objectDeletion(bucket, key), session);
            };
        }
        reply(m_s3->handle(request, requestId, mayDelete));
        return;
    }
    }
}

std::optional<HttpResponse> LocalEndpoint::routeHead(HttpRequest& head)
{
    // Only what handle() serves with a token of its own skips the signature check; any other method
    // on these paths is a signed request like the rest (found by the fuzz target's connection mode).
    if ((head.path.startsWith("/notebook/") && (head.method == "GET" || head.method == "HEAD")) ||
        (head.path.startsWith(ContainerCredentials::kPathPrefix) && head.method == "GET")) {
        return std::nullopt;
    }
    const QByteArray requestId = newRequestId();
    const WireProtocol protocol = protocolOf(head, RequestAuthenticator::signedService(head));
    if (auto error = m_authenticator->precheck(head, protocol)) {
        return error->toResponse(protocol, requestId);
    }
    if (protocol != WireProtocol::RestXml) {
        return std::nullopt;
    }
    S3Service::BodyRoute route = m_s3->routeBody(head, requestId);
    if (!route.sink) {
        return route.refusal;
    }
    head.bodySink = route.sink;
    std::optional<RequestAuthenticator::RoleSession> caller;
    std::optional<WireError> error = m_authenticator->verify(head, protocol, &caller);
    if (!error && caller) {
        // Refused before the body comes: a denied upload never reaches the disk.
        error = m_authorizer->authorize(head, protocol, RequestAuthenticator::signedService(head), *caller);
    }
    if (error) {
        head.bodySink.reset();
        return error->toResponse(protocol, requestId);
    }
    if (const auto signing = m_authenticator->chunkSigning(head)) {
        route.sink->setChunkSigning(*signing);
    }
    return std::nullopt;
}

HttpResponse LocalEndpoint::refusedVisit(const QString& title, const QString& text) const
{
    const QString page =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                       "<body><h1>%1</h1><p>%2</p></body></html>")
            .arg(htmlEscaped(title), htmlEscaped(text));
    HttpResponse response = HttpResponse::withBody(403, "text/html; charset=utf-8", page.toUtf8());
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse LocalEndpoint::classicViewNotice(const QUrl& tree) const
{
    // A page rather than a redirect: the classic view itself has no room for the notice. A meta
    // refresh moves on by itself (no script needed); the link is for those who do not want to wait.
    const QString target = htmlEscaped(QString::fromLatin1(tree.toEncoded()));
    const QString page =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                       "<meta name=\"referrer\" content=\"no-referrer\">"
                       "<meta http-equiv=\"refresh\" content=\"%1;url=%2\"><title>%3</title></head>"
                       "<body><h1>%3</h1><p>%4</p><p><a href=\"%2\">%5</a></p></body></html>")
            .arg(kClassicViewNoticeSeconds)
            .arg(target, htmlEscaped(tr("JupyterLab is not installed locally")),
                 htmlEscaped(
                     tr("This computer has no JupyterLab, so the notebook instance opens in the classic "
                        "Jupyter view instead. Install JupyterLab and start the notebook instance again "
                        "to use it.")),
                 htmlEscaped(tr("Continue to the classic Jupyter view")));
    return HttpResponse::withBody(200, "text/html; charset=utf-8", page.toUtf8());
}

HttpResponse LocalEndpoint::visitNotebook(const HttpRequest& request)
{
    const QStringList parts = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path))
                                  .split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool lab = parts.size() == 3 && parts[2] == QLatin1String("lab");
    if (parts.size() < 2 || parts.size() > 3 || (parts.size() == 3 && !lab)) {
        return HttpResponse::withBody(404, "text/plain; charset=utf-8", "Not Found\n");
    }
    const QString name = parts[1];
    const QString token = request.queryValue(QStringLiteral("authToken"));
    if (request.method == "HEAD") {
        // Answered without signing in, so that a HEAD leaves the URL's one sign-in for the person.
        HttpResponse response = m_tokens->isRedeemable(token, name)
                                    ? HttpResponse::withBody(200, "text/html; charset=utf-8", {})
                                    : refusedVisit(QString(), QString());
        response.setHeader("Cache-Control", "no-store");
        return response;
    }
    const auto grant = m_tokens->redeem(token, name);
    if (!grant) {
        return refusedVisit(tr("This sign-in link is no longer valid"),
                            tr("A presigned notebook URL can be used once, within 5 minutes of its creation. "
                               "Open the notebook instance again from SageDesk, or create a new URL with "
                               "create-presigned-notebook-instance-url."));
    }
    const auto signIn = m_runtime->signIn(name, grant->sessionSeconds, lab);
    if (!signIn) {
        return refusedVisit(
            tr("The notebook instance is not running"),
            tr("Start the notebook instance %1 and open it again once it is InService.").arg(name));
    }
    HttpResponse response = signIn->labUnavailable ? classicViewNotice(signIn->location)
                                                   : HttpResponse::redirect(signIn->location.toEncoded());
    for (const QByteArray& cookie : signIn->setCookieHeaders) {
        response.headers.append({"Set-Cookie", cookie});
    }
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    return response;
}

} // namespace SageDesk::Local
