#pragma once

#include "aws/credentials/CredentialsProvider.h"

namespace SageDesk::Aws {

// Credentials that are already known: the source credentials of an AssumeRole call, keys typed in
// by a person, tests.
class FixedCredentialsProvider final : public CredentialsProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FixedCredentialsProvider)

public:
    explicit FixedCredentialsProvider(Credentials credentials, const Clock& clock = Clock::system(),
                                      QObject* parent = nullptr);
    ~FixedCredentialsProvider() override;

    QString name() const override;

protected:
    void fetch(Callback done) override;

private:
    Credentials m_credentials;
};

} // namespace SageDesk::Aws
