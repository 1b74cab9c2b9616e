#pragma once

#include <QProcessEnvironment>

#include <optional>

#include "aws/credentials/CredentialsProvider.h"

namespace SageDesk::Aws {

// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN (or the older AWS_SECURITY_TOKEN) and
// AWS_CREDENTIAL_EXPIRATION, read when asked so that a refreshed environment is seen.
class EnvironmentCredentialsProvider final : public CredentialsProvider
{
    Q_OBJECT

public:
    explicit EnvironmentCredentialsProvider(QProcessEnvironment environment,
                                            const Clock& clock = Clock::system(), QObject* parent = nullptr);

    // The credentials in `environment`, or nullopt when AWS_ACCESS_KEY_ID is not set.
    static std::optional<Credentials> read(const QProcessEnvironment& environment);

    QString name() const override;

protected:
    void fetch(Callback done) override;

private:
    QProcessEnvironment m_environment;
};

} // namespace SageDesk::Aws
