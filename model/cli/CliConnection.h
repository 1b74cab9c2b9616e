#pragma once

#include "aws/client/AwsClientContext.h"
#include "aws/config/AwsConfig.h"
#include "aws/credentials/AssumeRole.h"
#include "aws/credentials/CredentialsProvider.h"
#include "core/Clock.h"

#include <QCoreApplication>

#include <memory>

namespace SageDesk::Cli {

// The client context of one resolved configuration, as the AWS CLI builds it: region, every
// configured endpoint (--endpoint-url, AWS_ENDPOINT_URL*, the profile) and the credential chain.
struct CliConnection
{
    Q_DECLARE_TR_FUNCTIONS(SageDesk::Cli::CliConnection)

public:
    // Declared first so that it goes last: the context refers to it.
    std::unique_ptr<Aws::CredentialsProvider> credentials;
    std::unique_ptr<Aws::AwsClientContext> context;

    // Null with `error` set when no region is known. Without a region, an endpoint that was given
    // is a local or test endpoint, signed for us-east-1 as the AWS CLI would. `mfaCodePrompt` asks
    // for the code of a role profile with mfa_serial.
    static std::unique_ptr<CliConnection> open(const Aws::AwsConfig& config, const Clock& clock,
                                               QString* error, Aws::MfaCodePrompt mfaCodePrompt = {});
};

} // namespace SageDesk::Cli
