#include "aws/credentials/EnvironmentCredentialsProvider.h"

namespace SageDesk::Aws {

EnvironmentCredentialsProvider::EnvironmentCredentialsProvider(QProcessEnvironment environment,
                                                               const Clock& clock, QObject* parent)
    : CredentialsProvider(clock, parent)
    , m_environment(std::move(environment))
{}

std::optional<Credentials> EnvironmentCredentialsProvider::read(const QProcessEnvironment& environment)
{
    const QString accessKeyId = environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")).trimmed();
    if (accessKeyId.isEmpty()) {
        return std::nullopt;
    }
    Credentials credentials;
    credentials.accessKeyId = accessKeyId;
    credentials.secretAccessKey = environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")).trimmed();
    credentials.sessionToken = environment.value(QStringLiteral("AWS_SESSION_TOKEN")).trimmed();
    if (credentials.sessionToken.isEmpty()) {
        credentials.sessionToken = environment.value(QStringLiteral("AWS_SECURITY_TOKEN")).trimmed();
    }
    const QString expiration = environment.value(QStringLiteral("AWS_CREDENTIAL_EXPIRATION")).trimmed();
    if (!expiration.isEmpty()) {
        credentials.expiration = QDateTime::fromString(expiration, Qt::ISODate);
    }
    credentials.source = QStringLiteral("environment");
    return credentials;
}

QString EnvironmentCredentialsProvider::name() const
{
    return tr("environment variables");
}

void EnvironmentCredentialsProvider::fetch(Callback done)
{
    const std::optional<Credentials> credentials = read(m_environment);
    if (!credentials) {
        done(CredentialsResult::failure(tr("AWS_ACCESS_KEY_ID is not set.")));
        return;
    }
    if (credentials->secretAccessKey.isEmpty()) {
        done(CredentialsResult::failure(tr("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.")));
        return;
    }
    done(CredentialsResult::success(*credentials));
}

} // namespace SageDesk::Aws
