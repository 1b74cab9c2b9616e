#pragma once

#include "aws/client/AwsHttpResponse.h"
#include "aws/client/AwsRequest.h"
#include "aws/client/AwsResult.h"

#include <QJsonObject>

namespace SageDesk::Aws::JsonProtocol {

// POST / with `X-Amz-Target: <targetPrefix>.<operation>` and an application/x-amz-json-1.1 body.
AwsRequest request(const QString& service, const QString& targetPrefix, const QString& operation,
                   const QJsonObject& input);

// The JSON object of a successful answer (an empty body counts as {}).
AwsResult<QJsonObject> body(const QString& service, const AwsHttpResponse& response);

} // namespace SageDesk::Aws::JsonProtocol
