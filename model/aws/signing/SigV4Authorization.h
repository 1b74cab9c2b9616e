#pragma once

#include <QByteArray>
#include <QList>

#include "aws/signing/SigV4Scope.h"

namespace SageDesk::Aws {

// An "Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=..." header (or the
// X-Amz-* query parameters of a presigned URL), taken apart so that a server can verify it.
struct SigV4Authorization
{
    QByteArray accessKeyId;
    SigV4Scope scope;
    QList<QByteArray> signedHeaders; // lower case, in the order given
    QByteArray signature;
};

} // namespace SageDesk::Aws
