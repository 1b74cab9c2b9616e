#include "aws/client/FixedCredentialsProvider.h"

namespace SageDesk::Aws {

FixedCredentialsProvider::FixedCredentialsProvider(Credentials credentials, const Clock& clock,
                                                   QObject* parent)
    : CredentialsProvider(clock, parent)
    , m_credentials(std::move(credentials))
{}

FixedCredentialsProvider::~FixedCredentialsProvider() = default;

QString FixedCredentialsProvider::name() const
{
    return m_credentials.source.isEmpty() ? QStringLiteral("fixed") : m_credentials.source;
}

void FixedCredentialsProvider::fetch(Callback done)
{
    done(CredentialsResult::success(m_credentials));
}

} // namespace SageDesk::Aws
