#pragma once

#include <QString>

namespace SageDesk::Local {

// What every service of the endpoint needs to know about where it runs: the account its ARNs name,
// the region it answers for, and the loopback port (for URLs it hands out).
struct EndpointContext
{
    QString accountId;
    QString region = QStringLiteral("us-east-1");
    quint16 port = 0;
    QString dataDir;

    // arn:aws:sagemaker:<region>:<account>:<type>/<name in lower case>, as SageMaker writes them.
    QString sageMakerArn(const QString& resourceType, const QString& name) const
    {
        return QStringLiteral("arn:aws:sagemaker:%1:%2:%3/%4")
            .arg(region, accountId, resourceType, name.toLower());
    }
    QString endpointUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
};

} // namespace SageDesk::Local
