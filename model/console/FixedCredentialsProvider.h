#pragma once

#include "aws/credentials/CredentialsProvider.h"

namespace SageDesk {

// Credentials known up front: the access key of the local endpoint's data directory.
class FixedCredentialsProvider final : public Aws::CredentialsProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixedCredentialsProvider)

public:
    FixedCredentialsProvider(Aws::Credentials credentials, QString name, QObject* parent = nullptr);
    ~FixedCredentialsProvider() override;

    QString name() const override { return m_name; }

protected:
    void fetch(Callback done) override;

private:
    Aws::Credentials m_credentials;
    QString m_name;
};

} // namespace SageDesk
