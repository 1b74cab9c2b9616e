#include "aws/services/KmsClient.h"

#include "aws/client/AwsClientContext.h"
#include "aws/client/AwsPage.h"
#include "aws/client/AwsRequestJob.h"
#include "aws/client/JsonProtocol.h"
#include "aws/client/Pagination.h"

#include <QJsonArray>

namespace SageDesk::Aws {

namespace {

const QString kService = QStringLiteral("kms");

} // namespace

KmsClient::KmsClient(AwsClientContext* context)
    : m_context(context)
{}

AwsCall<QList<KmsAlias>> KmsClient::listAliases()
{
    QPointer<AwsClientContext> context(m_context);
    return Pagination::collect<AwsPage<KmsAlias>, KmsAlias>(
        m_context,
        [context](const QString& token) {
            QJsonObject input;
            if (!token.isEmpty()) {
                input.insert(QStringLiteral("Marker"), token);
            }
            return AwsRequestJob::call<AwsPage<KmsAlias>>(
                context,
                JsonProtocol::request(kService, QStringLiteral("TrentService"), QStringLiteral("ListAliases"),
                                      input),
                [](const AwsHttpResponse& response) -> AwsResult<AwsPage<KmsAlias>> {
                    AwsResult<QJsonObject> body = JsonProtocol::body(kService, response);
                    if (!body) {
                        return body.error();
                    }
                    AwsPage<KmsAlias> page;
                    for (const QJsonValue& value : body->value(QStringLiteral("Aliases")).toArray()) {
                        const QJsonObject alias = value.toObject();
                        page.items.append({alias.value(QStringLiteral("AliasName")).toString(),
                                           alias.value(QStringLiteral("AliasArn")).toString(),
                                           alias.value(QStringLiteral("TargetKeyId")).toString()});
                    }
                    if (body->value(QStringLiteral("Truncated")).toBool()) {
                        page.nextToken = body->value(QStringLiteral("NextMarker")).toString();
                    }
                    return page;
                });
        },
        &AwsPage<KmsAlias>::items, &AwsPage<KmsAlias>::nextToken);
}

} // namespace SageDesk::Aws
