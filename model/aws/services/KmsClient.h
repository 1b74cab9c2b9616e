#pragma once

#include "aws/client/AwsCall.h"

#include <QList>
#include <QString>

namespace SageDesk::Aws {

class AwsClientContext;

struct KmsAlias
{
    QString aliasName; // "alias/…"
    QString aliasArn;
    QString targetKeyId;
};

// KMS (JSON 1.1, `TrentService.<Operation>`): the key picker's aliases.
class KmsClient final
{
public:
    explicit KmsClient(AwsClientContext* context);

    // Every page (Marker / Truncated).
    AwsCall<QList<KmsAlias>> listAliases();

private:
    AwsClientContext* m_context;
};

} // namespace SageDesk::Aws
