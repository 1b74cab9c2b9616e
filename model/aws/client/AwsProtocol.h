#pragma once

namespace SageDesk::Aws {

// The wire protocols SageDesk speaks; each decodes errors its own way.
enum class AwsProtocol
{
    Json,     // JSON 1.1: SageMaker, KMS
    Query,    // form-encoded Action=…, XML answers: IAM, STS
    Ec2Query, // EC2's variant of Query: <Response><Errors><Error>…
    RestXml,  // S3
};

} // namespace SageDesk::Aws
