#pragma once

#include "aws/client/AwsError.h"
#include "aws/client/AwsHttpResponse.h"
#include "aws/client/AwsProtocol.h"

namespace SageDesk::Aws::ErrorParser {

// Turns an HTTP error answer into an AwsError: JSON 1.1 `__type` (any "prefix#" stripped) or the
// X-Amzn-ErrorType header; Query's <ErrorResponse><Error>…; EC2's <Response><Errors><Error>…;
// S3's <Error>…. The request id comes from x-amzn-RequestId, x-amz-request-id or the body.
AwsError parse(AwsProtocol protocol, const QString& service, const AwsHttpResponse& response);

// "prefix#Code:extra" → "Code".
QString normalizeCode(QString code);

QString requestIdFromHeaders(const AwsHttpResponse& response);

} // namespace SageDesk::Aws::ErrorParser
