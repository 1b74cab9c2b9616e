#include "aws/services/StsClient.h"

#include "aws/client/AwsClientContext.h"
#include "aws/client/AwsRequestJob.h"
#include "aws/client/QueryProtocol.h"
#include "aws/client/XmlValues.h"
#include "aws/credentials/StaticCredentialsProvider.h"

namespace SageDesk::Aws {

namespace {

const QString kService = QStringLiteral("sts");

template <typename T>
AwsCall<T> stsCall(AwsClientContext* context, const QString& action, const QueryParameters& parameters,
                   std::function<T(const XmlElement&)> parse)
{
    return AwsRequestJob::call<T>(
        context, QueryProtocol::request(kService, action, QLatin1String(StsClient::kVersion), parameters),
        [action, parse = std::move(parse)](const AwsHttpResponse& response) -> AwsResult<T> {
            AwsResult<XmlElement> root = QueryProtocol::body(kService, response);
            if (!root) {
                return root.error();
            }
            return parse(XmlValues::result(root.value(), action));
        });
}

} // namespace

StsClient::StsClient(AwsClientContext* context)
    : m_context(context)
{}

AwsCall<CallerIdentity> StsClient::getCallerIdentity()
{
    return stsCall<CallerIdentity>(
        m_context, QStringLiteral("GetCallerIdentity"), {}, [](const XmlElement& result) {
            return CallerIdentity{result.textAt(u"Account"), result.textAt(u"Arn"), result.textAt(u"UserId")};
        });
}

AwsCall<Credentials> StsClient::assumeRole(const AssumeRoleParameters& parameters)
{
    QueryParameters query;
    query.add(QStringLiteral("RoleArn"), parameters.roleArn)
        .add(QStringLiteral("RoleSessionName"), parameters.roleSessionName)
        .add(QStringLiteral("DurationSeconds"), QString::number(parameters.durationSeconds))
        .addIfSet(QStringLiteral("ExternalId"), parameters.externalId)
        .addIfSet(QStringLiteral("SerialNumber"), parameters.serialNumber)
        .addIfSet(QStringLiteral("TokenCode"), parameters.tokenCode);
    const QString roleArn = parameters.roleArn;
    return stsCall<Credentials>(
        m_context, QStringLiteral("AssumeRole"), query, [roleArn](const XmlElement& result) {
            Credentials credentials;
            credentials.accessKeyId = result.textAt(u"Credentials/AccessKeyId");
            credentials.secretAccessKey = result.textAt(u"Credentials/SecretAccessKey");
            credentials.sessionToken = result.textAt(u"Credentials/SessionToken");
            credentials.expiration = XmlValues::timestamp(result, u"Credentials/Expiration");
            credentials.source = QStringLiteral("assumed role %1").arg(roleArn);
            return credentials;
        });
}

AssumeRoleFunction StsClient::assumeRoleFunction(AwsClientContext* context)
{
    QPointer<AwsClientContext> parent(context);
    return [parent](const Credentials& source, const AssumeRoleParameters& parameters,
                    CredentialsProvider::Callback done) {
        if (!parent) {
            done(CredentialsResult::failure(
                QCoreApplication::translate("SageDesk::Aws::StsClient", "The AWS connection was closed.")));
            return;
        }
        // A context of its own: signed with the source credentials, in the parameters' region, at the
        // same STS endpoint, network and clock as the caller.
        const QString region = parameters.region.isEmpty() ? parent->region() : parameters.region;
        auto* provider =
            new StaticCredentialsProvider(source, QStringLiteral("assume-role-source"), parent->clock());
        auto* stsContext = new AwsClientContext(provider, region, parent);
        provider->setParent(stsContext);
        stsContext->setClock(parent->clock());
        stsContext->setClockOffsetMSecs(parent->clockOffsetMSecs());
        stsContext->setTimeouts(parent->connectTimeout(), parent->readTimeout());
        if (parent->endpoint(kService) != AwsClientContext::defaultEndpoint(kService, parent->region())) {
            stsContext->setEndpoint(kService, parent->endpoint(kService));
        }
        StsClient(stsContext).assumeRole(parameters).then(stsContext, [stsContext, done](const auto& result) {
            if (result) {
                done(CredentialsResult::success(result.value()));
            } else {
                done(CredentialsResult::failure(result.error().toDisplayString()));
            }
            stsContext->deleteLater();
        });
    };
}

} // namespace SageDesk::Aws
