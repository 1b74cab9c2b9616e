#pragma once

#include <QString>

#include <functional>

#include "aws/credentials/CredentialsProvider.h"

namespace SageDesk::Aws {

// The parameters of one STS AssumeRole call, taken from a profile with role_arn.
struct AssumeRoleParameters
{
    QString roleArn;
    QString roleSessionName;
    QString externalId;   // empty: not sent
    QString serialNumber; // mfa_serial; empty: no MFA
    QString tokenCode;    // the MFA code, when serialNumber is set
    int durationSeconds = 3600;
    QString region; // the region to call STS in (the profile's or the resolved one)
};

// The STS AssumeRole call itself, signed with `source` credentials. Injected so that the model's
// credentials code does not depend on the HTTP pipeline; the AWS client layer supplies the real one.
// It must call `done` exactly once with the returned credentials (with their Expiration) or an error.
using AssumeRoleFunction = std::function<void(
    const Credentials& source, const AssumeRoleParameters& parameters, CredentialsProvider::Callback done)>;

// Asks a person for the current code of an MFA device; the GUI shows a dialog, the CLI reads stdin.
// `done` with an empty code means the person cancelled.
using MfaCodePrompt =
    std::function<void(const QString& mfaSerial, std::function<void(const QString& code)> done)>;

} // namespace SageDesk::Aws
