#pragma once

#include "core/Clock.h"
#include "local/auth/RequestAuthenticator.h"
#include "local/http/HttpRequest.h"
#include "local/http/HttpResponse.h"

#include <QHash>

namespace SageDesk::Local {

class LocalStateStore;
class NotebookRuntime;

// The credentials URL of notebook instances, as AWS hands role credentials to containers: processes
// of an instance find http://127.0.0.1:<port>/_sagedesk/credentials/<name> in
// AWS_CONTAINER_CREDENTIALS_FULL_URI and its token in AWS_CONTAINER_AUTHORIZATION_TOKEN, and botocore,
// the aws CLI and the SDKs fetch {AccessKeyId, SecretAccessKey, Token, Expiration} from it by
// themselves. The credentials are a session "SageMaker" of the instance's execution role, valid for an
// hour; from half an hour before they expire the URL hands out new ones, so a client that refreshes
// (botocore does 15 minutes before expiry) never holds expired credentials.
class ContainerCredentials final
{
public:
    ContainerCredentials(RequestAuthenticator& authenticator, const LocalStateStore& store,
                         const NotebookRuntime& runtime, const Clock& clock);
    Q_DISABLE_COPY_MOVE(ContainerCredentials)

    static constexpr auto kPathPrefix = "/_sagedesk/credentials/";
    static constexpr qint64 kLifetimeSeconds = 3600;
    static constexpr qint64 kRenewBeforeSeconds = 1800;

    // The path of `name`'s credentials URL (percent-encoded).
    static QByteArray path(const QString& name);

    // GET of the credentials URL: 200 with the credentials JSON, 403 for a wrong token or an
    // instance that is not running, 404 for an unknown instance.
    HttpResponse handle(const HttpRequest& request);
    // The instance has stopped: its credentials are no longer handed out (they expire by themselves).
    void forget(const QString& name) { m_issued.remove(name); }

private:
    RequestAuthenticator& m_authenticator;
    const LocalStateStore& m_store;
    const NotebookRuntime& m_runtime;
    const Clock& m_clock;
    QHash<QString, RequestAuthenticator::TemporaryCredentials> m_issued;
};

} // namespace SageDesk::Local
