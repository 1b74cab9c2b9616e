#pragma once

#include "aws/credentials/CredentialsProvider.h"

namespace SageDesk::Aws {

// Credentials known up front: aws_access_key_id / aws_secret_access_key(/aws_session_token) of a
// profile, or keys typed into the GUI. Also answers a fixed error, for a configuration that yields
// no credentials, so that the error reaches the person at the first call.
class StaticCredentialsProvider final : public CredentialsProvider
{
    Q_OBJECT

public:
    StaticCredentialsProvider(Credentials credentials, QString name, const Clock& clock = Clock::system(),
                              QObject* parent = nullptr);
    static StaticCredentialsProvider* failing(QString error, QString name, QObject* parent = nullptr);

    QString name() const override { return m_name; }

protected:
    void fetch(Callback done) override;

private:
    Credentials m_credentials;
    QString m_error;
    QString m_name;
};

} // namespace SageDesk::Aws
