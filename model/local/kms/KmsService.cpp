#include "local/kms/KmsService.h"

#include "local/kms/ManagedKeys.h"
#include "local/protocol/JsonBody.h"
#include "local/protocol/WireError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace SageDesk::Local {

namespace {

// KMS's timestamps are epoch seconds.
double epochSeconds(const QDateTime& time)
{
    return static_cast<double>(time.toSecsSinceEpoch());
}

// Limit (1-1000, default 100) and Marker (the index of the page's first entry, opaque to clients as
// KMS's are) over `all`.
struct Page
{
    QJsonArray entries;
    std::optional<WireError> error;
};

Page pageOf(const QJsonObject& input, const QJsonArray& all)
{
    const QJsonValue limitValue = input.value(QLatin1String("Limit"));
    const int limit = limitValue.isUndefined() ? 100 : limitValue.toInt();
    if (limit < 1 || limit > 1000) {
        return {{},
                WireError::constraint(
                    QString::number(limitValue.toDouble()), QStringLiteral("limit"),
                    limit < 1 ? QStringLiteral("Member must have value greater than or equal to 1")
                              : QStringLiteral("Member must have value less than or equal to 1000"))};
    }
    qsizetype start = 0;
    if (const QString marker = input.value(QLatin1String("Marker")).toString(); !marker.isEmpty()) {
        bool number = false;
        start = QString::fromLatin1(QByteArray::fromBase64(marker.toLatin1())).toLongLong(&number);
        if (!number || start < 0 || start > all.size()) {
            return {
                {},
                WireError{400, QStringLiteral("InvalidMarkerException"), QStringLiteral("Invalid marker")}};
        }
    }
    Page page;
    for (qsizetype index = start; index < all.size() && page.entries.size() < limit; ++index) {
        page.entries.append(all.at(index));
    }
    return page;
}

QJsonObject listed(const QString& member, const Page& page, qsizetype start, qsizetype total)
{
    QJsonObject body{{member, page.entries}};
    const qsizetype next = start + page.entries.size();
    body.insert(QStringLiteral("Truncated"), next < total);
    if (next < total) {
        body.insert(QStringLiteral("NextMarker"), QString::fromLatin1(QByteArray::number(next).toBase64()));
    }
    return body;
}

qsizetype markerStart(const QJsonObject& input)
{
    return QString::fromLatin1(
               QByteArray::fromBase64(input.value(QLatin1String("Marker")).toString().toLatin1()))
        .toLongLong();
}

} // namespace

KmsService::KmsService(const EndpointContext& context)
    : m_context(context)
{}

HttpResponse KmsService::handle(const HttpRequest& request, const QByteArray& requestId) const
{
    const auto fail = [&requestId](const WireError& error) {
        return error.toResponse(WireProtocol::Json, requestId);
    };
    const QByteArray target = request.header("X-Amz-Target");
    const QString operation =
        target.startsWith("TrentService.") ? QString::fromLatin1(target.mid(13)) : QString();
    QJsonObject input;
    if (auto error = JsonBody::parse(request, input)) {
        return fail(*error);
    }
    const ManagedKeys managed = ManagedKeys::of(m_context);
    QJsonObject body;
    // ListKeys and ListAliases: every entry, then one page of them.
    QString listMember;
    QJsonArray all;
    if (operation == QLatin1String("ListKeys")) {
        listMember = QStringLiteral("Keys");
        for (const ManagedKeys::Key& key : managed.keys) {
            all.append(
                QJsonObject{{QStringLiteral("KeyId"), key.keyId}, {QStringLiteral("KeyArn"), key.keyArn}});
        }
    } else if (operation == QLatin1String("ListAliases")) {
        listMember = QStringLiteral("Aliases");
        const QString keyId = input.value(QLatin1String("KeyId")).toString();
        const auto only = keyId.isEmpty() ? std::nullopt : managed.find(keyId);
        if (!keyId.isEmpty() && !only) {
            return fail(WireError{400, QStringLiteral("NotFoundException"), managed.notFoundMessage(keyId)});
        }
        for (const ManagedKeys::Key& key : managed.keys) {
            if (only && only->keyId != key.keyId) {
                continue;
            }
            all.append(QJsonObject{{QStringLiteral("AliasName"), key.aliasName},
                                   {QStringLiteral("AliasArn"), key.aliasArn},
                                   {QStringLiteral("TargetKeyId"), key.keyId},
                                   {QStringLiteral("CreationDate"), epochSeconds(managed.creationDate)},
                                   {QStringLiteral("LastUpdatedDate"), epochSeconds(managed.creationDate)}});
        }
    } else if (operation == QLatin1String("DescribeKey")) {
        const QString keyId = input.value(QLatin1String("KeyId")).toString();
        if (keyId.isEmpty()) {
            return fail(
                WireError::validation(QStringLiteral("1 validation error detected: Value null at 'keyId' "
                                                     "failed to satisfy constraint: Member must not be "
                                                     "null")));
        }
        const auto key = managed.find(keyId);
        if (!key) {
            return fail(WireError{400, QStringLiteral("NotFoundException"), managed.notFoundMessage(keyId)});
        }
        const QJsonArray symmetric{QStringLiteral("SYMMETRIC_DEFAULT")};
        body = QJsonObject{
            {QStringLiteral("KeyMetadata"),
             QJsonObject{{QStringLiteral("AWSAccountId"), m_context.accountId},
                         {QStringLiteral("KeyId"), key->keyId},
                         {QStringLiteral("Arn"), key->keyArn},
                         {QStringLiteral("CreationDate"), epochSeconds(managed.creationDate)},
                         {QStringLiteral("Enabled"), true},
                         {QStringLiteral("Description"), key->description},
                         {QStringLiteral("KeyUsage"), QStringLiteral("ENCRYPT_DECRYPT")},
                         {QStringLiteral("KeyState"), QStringLiteral("Enabled")},
                         {QStringLiteral("Origin"), QStringLiteral("AWS_KMS")},
                         {QStringLiteral("KeyManager"), QStringLiteral("AWS")},
                         {QStringLiteral("CustomerMasterKeySpec"), QStringLiteral("SYMMETRIC_DEFAULT")},
                         {QStringLiteral("KeySpec"), QStringLiteral("SYMMETRIC_DEFAULT")},
                         {QStringLiteral("EncryptionAlgorithms"), symmetric},
                         {QStringLiteral("MultiRegion"), false}}}};
    } else if (listMember.isEmpty()) {
        return fail(WireError{400, QStringLiteral("UnknownOperationException"), QString()});
    }
    if (!listMember.isEmpty()) {
        const Page page = pageOf(input, all);
        if (page.error) {
            return fail(*page.error);
        }
        body = listed(listMember, page, markerStart(input), all.size());
    }
    HttpResponse response = HttpResponse::withBody(200, "application/x-amz-json-1.1",
                                                   QJsonDocument(body).toJson(QJsonDocument::Compact));
    response.setHeader("x-amzn-RequestId", requestId);
    return response;
}

} // namespace SageDesk::Local
