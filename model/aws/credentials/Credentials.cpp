#include "aws/credentials/Credentials.h"

#include <QCoreApplication>

namespace SageDesk::Aws {

QString Credentials::describe() const
{
    // An access key id is not a secret, but showing only its ends is enough to tell keys apart.
    const QString key = accessKeyId.size() > 8
                            ? accessKeyId.left(4) + QStringLiteral("…") + accessKeyId.right(4)
                            : accessKeyId;
    if (!expires()) {
        return QCoreApplication::translate("SageDesk::Aws::Credentials", "%1 from %2").arg(key, source);
    }
    return QCoreApplication::translate("SageDesk::Aws::Credentials", "%1 from %2, valid until %3")
        .arg(key, source, expiration.toUTC().toString(Qt::ISODate));
}

} // namespace SageDesk::Aws
