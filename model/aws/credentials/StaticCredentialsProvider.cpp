#include "aws/credentials/StaticCredentialsProvider.h"

namespace SageDesk::Aws {

StaticCredentialsProvider::StaticCredentialsProvider(Credentials credentials, QString name,
                                                     const Clock& clock, QObject* parent)
    : CredentialsProvider(clock, parent)
    , m_credentials(std::move(credentials))
    , m_name(std::move(name))
{}

StaticCredentialsProvider* StaticCredentialsProvider::failing(QString error, QString name, QObject* parent)
{
    auto* provider = new StaticCredentialsProvider({}, std::move(name), Clock::system(), parent);
    provider->m_error = std::move(error);
    return provider;
}

void StaticCredentialsProvider::fetch(Callback done)
{
    if (!m_error.isEmpty()) {
        done(CredentialsResult::failure(m_error));
        return;
    }
    if (m_credentials.expires() && m_credentials.expiresWithin(clock().currentDateTimeUtc(), {})) {
        done(CredentialsResult::failure(tr("The credentials of %1 expired at %2.")
                                            .arg(m_name, m_credentials.expiration.toString(Qt::ISODate))));
        return;
    }
    done(CredentialsResult::success(m_credentials));
}

} // namespace SageDesk::Aws
