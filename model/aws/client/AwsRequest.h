#pragma once

#include "aws/client/AwsProtocol.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace SageDesk::Aws {

// Everything needed to send (and re-send) one AWS call, before endpoint resolution and signing.
struct AwsRequest
{
    QString service;   // signing name: "sagemaker", "iam", "sts", "s3", "ec2", "kms"
    QString operation; // the AWS operation name, e.g. "CreateNotebookInstance"
    AwsProtocol protocol = AwsProtocol::Json;
    QByteArray method = "POST";
    QString path = QStringLiteral("/");
    QList<QPair<QString, QString>> query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // False for calls that must not be repeated blindly once the server may have acted on them.
    bool idempotent = true;
};

} // namespace SageDesk::Aws
