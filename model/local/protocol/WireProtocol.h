#pragma once

namespace SageDesk::Local {

// How a service talks on the wire; it decides the shape of every error the endpoint sends back.
enum class WireProtocol
{
    Json,     // SageMaker: JSON 1.1
    Query,    // IAM, STS: form-encoded in, XML out
    Ec2Query, // EC2: form-encoded in, XML out, errors as <Response><Errors><Error>
    RestXml,  // S3
};

} // namespace SageDesk::Local
