#pragma once

#include "aws/client/AwsHttpResponse.h"
#include "aws/client/AwsRequest.h"
#include "aws/client/AwsResult.h"
#include "aws/client/QueryParameters.h"
#include "aws/client/XmlElement.h"

namespace SageDesk::Aws::QueryProtocol {

// POST / with a form-encoded `Action=<action>&Version=<version>&…` body (IAM, STS; EC2 with
// `protocol` Ec2Query).
AwsRequest request(const QString& service, const QString& action, const QString& version,
                   const QueryParameters& parameters, AwsProtocol protocol = AwsProtocol::Query);

// The XML document of a successful answer.
AwsResult<XmlElement> body(const QString& service, const AwsHttpResponse& response);

} // namespace SageDesk::Aws::QueryProtocol
