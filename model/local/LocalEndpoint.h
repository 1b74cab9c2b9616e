#pragma once

#include "core/Clock.h"
#include "discovery/LocalCredentials.h"
#include "local/EndpointContext.h"
#include "local/http/HttpLimits.h"
#include "local/http/HttpServer.h"
#include "local/runtime/NotebookRuntimeOptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QLockFile;

namespace SageDesk::Local {

class CodeRepositoryApi;
class Ec2Service;
class ContainerCredentials;
class RequestAuthorizer;
class RolePolicies;
class IamService;
class KmsService;
class InstanceLogIngester;
class LogEventStore;
class LogsService;
class LifecycleConfigApi;
class LocalBuckets;
class LocalStateStore;
class NotebookInstanceApi;
class NotebookInstanceController;
class NotebookRuntime;
class PresignedUrlTokens;
class RequestAuthenticator;
class S3Service;
class SageMakerService;
class StsService;
class TagApi;

// sagedesk-local as a library: the loopback HTTP endpoint that speaks SageMaker (JSON 1.1), IAM and
// STS (Query), S3 (REST-XML), CloudWatch Logs (JSON 1.1), and EC2 and KMS for the wizard's pickers,
// checks every request's SigV4 signature against the data directory's own key, keeps its state in SQLite
// and runs notebook instances through NotebookRuntime.
class LocalEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalEndpoint)

public:
    struct Options
    {
        QString dataDir;
        quint16 port = 0; // 0: any free port
        QString region = QStringLiteral("us-east-1");
        NotebookRuntimeOptions runtime;
        qsizetype maxBodyBytes = 16 * 1024 * 1024;
        // Connection cap, head deadline, pipelining bound (maxBodyBytes overrides its body size).
        HttpLimits httpLimits;
        // How long Updating and Deleting last; 0: NotebookInstanceController::kTransitionDuration.
        std::chrono::milliseconds transitionDuration{0};
    };

    explicit LocalEndpoint(Options options, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~LocalEndpoint() override;

    // Credentials, state, reconciliation after a crash, listening, the runtime file. False with the
    // reason in errorString().
    bool start();
    QString errorString() const { return m_error; }
    // After a failed start(): the process id of the sagedesk-local that holds the data directory, or 0
    // when start() failed for another reason or the holder's lock file did not name it in time.
    qint64 runningPid() const { return m_runningPid; }
    // After a failed start(): whether it failed because another endpoint holds the data directory.
    bool dataDirTaken() const { return m_dataDirTaken; }

    quint16 port() const;
    QString endpointUrl() const;
    const LocalCredentials& credentials() const { return m_credentials; }
    const Options& options() const { return m_options; }
    NotebookRuntime& runtime() { return *m_runtime; }

    // The lines `--print-env` prints: LocalEndpointInfo::environmentLines() of this endpoint.
    QString environmentLines() const;

    // SIGTERM: without `keepRunning` every instance is recorded as Stopped and stopped when the
    // endpoint is destroyed; with it the InService instances keep running, also after this process
    // has exited, and the next start adopts them (instances still starting or stopping are stopped).
    // The runtime file goes either way.
    void shutdown(bool keepRunning);

    // One request as the HTTP server hands it over (for in-process callers such as the fuzz target).
    void handle(const HttpRequest& request, const HttpServer::Reply& reply);
    // The head of a request with a body, before the body is read or 100 Continue sent: refuses a
    // request without a plausible signature by a known key, and streams S3 object uploads to disk
    // (verifying their signature now and their body as it comes).
    std::optional<HttpResponse> routeHead(HttpRequest& head);

private:
    // One endpoint per data directory; false (with errorString()) when another one holds it.
    bool lockDataDir();
    HttpResponse visitNotebook(const HttpRequest& request);
    HttpResponse refusedVisit(const QString& title, const QString& text) const;
    // The sign-in answer for `…/lab` when the server has no JupyterLab: says so, then goes to `tree`.
    HttpResponse classicViewNotice(const QUrl& tree) const;

    Options m_options;
    const Clock& m_clock;
    QString m_error;
    qint64 m_runningPid = 0;
    bool m_dataDirTaken = false;
    std::unique_ptr<QLockFile> m_lock;
    LocalCredentials m_credentials;
    EndpointContext m_context;
    std::unique_ptr<LocalStateStore> m_store;
    std::unique_ptr<LocalBuckets> m_buckets;
    std::unique_ptr<PresignedUrlTokens> m_tokens;
    std::unique_ptr<RequestAuthenticator> m_authenticator;
    std::unique_ptr<RolePolicies> m_rolePolicies;
    std::unique_ptr<RequestAuthorizer> m_authorizer;
    std::unique_ptr<ContainerCredentials> m_containerCredentials;
    NotebookRuntime* m_runtime = nullptr;
    NotebookInstanceController* m_controller = nullptr;
    std::unique_ptr<NotebookInstanceApi> m_instanceApi;
    std::unique_ptr<LifecycleConfigApi> m_lifecycleApi;
    std::unique_ptr<CodeRepositoryApi> m_repositoryApi;
    std::unique_ptr<TagApi> m_tagApi;
    std::unique_ptr<SageMakerService> m_sageMaker;
    std::unique_ptr<IamService> m_iam;
    std::unique_ptr<StsService> m_sts;
    std::unique_ptr<S3Service> m_s3;
    std::unique_ptr<Ec2Service> m_ec2;
    std::unique_ptr<KmsService> m_kms;
    std::unique_ptr<LogEventStore> m_logStore;
    InstanceLogIngester* m_logIngester = nullptr;
    std::unique_ptr<LogsService> m_logs;
    HttpServer* m_server = nullptr;
};

} // namespace SageDesk::Local
