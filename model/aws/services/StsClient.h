#pragma once

#include "aws/client/AwsCall.h"
#include "aws/credentials/AssumeRole.h"
#include "aws/credentials/Credentials.h"

namespace SageDesk::Aws {

class AwsClientContext;

struct CallerIdentity
{
    QString account;
    QString arn;
    QString userId;
};

// STS (Query protocol, Version 2011-06-15).
class StsClient final
{
public:
    static constexpr auto kVersion = "2011-06-15";

    explicit StsClient(AwsClientContext* context);

    AwsCall<CallerIdentity> getCallerIdentity();
    // Answers the role's temporary credentials, with their Expiration.
    AwsCall<Credentials> assumeRole(const AssumeRoleParameters& parameters);

    // The AssumeRoleFunction the credential providers take: each call signs with the given source
    // credentials and calls STS at `context`'s STS endpoint in the parameters' region.
    static AssumeRoleFunction assumeRoleFunction(AwsClientContext* context);

private:
    AwsClientContext* m_context;
};

} // namespace SageDesk::Aws
