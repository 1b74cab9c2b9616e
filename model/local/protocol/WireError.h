#pragma once

#include "local/http/HttpResponse.h"
#include "local/protocol/WireProtocol.h"

#include <QString>

namespace SageDesk::Local {

// An error as an AWS service sends it: HTTP status, error code and message, rendered in the shape
// of the service's protocol so that botocore and the AWS CLI parse it unchanged.
struct WireError
{
    int status = 400;
    QString code;
    QString message;

    HttpResponse toResponse(WireProtocol protocol, const QByteArray& requestId,
                            const QString& xmlNamespace = {}) const;

    static WireError validation(const QString& message);
    // "1 validation error detected: Value 'x' at 'field' failed to satisfy constraint: ...".
    static WireError constraint(const QString& value, const QString& field, const QString& constraint);
};

} // namespace SageDesk::Local
