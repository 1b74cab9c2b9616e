#include "aws/signing/SigV4Scope.h"

namespace SageDesk::Aws {

QByteArray SigV4Scope::toByteArray() const
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1() + '/' + region + '/' + service +
           "/aws4_request";
}

} // namespace SageDesk::Aws
