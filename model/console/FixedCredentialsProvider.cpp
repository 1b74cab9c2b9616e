#include "console/FixedCredentialsProvider.h"

namespace SageDesk {

FixedCredentialsProvider::FixedCredentialsProvider(Aws::Credentials credentials, QString name,
                                                   QObject* parent)
    : Aws::CredentialsProvider(Clock::system(), parent)
    , m_credentials(std::move(credentials))
    , m_name(std::move(name))
{}

FixedCredentialsProvider::~FixedCredentialsProvider() = default;

void FixedCredentialsProvider::fetch(Callback done)
{
    done(Aws::CredentialsResult::success(m_credentials));
}

} // namespace SageDesk
