#include "aws/client/AwsClientContext.h"

#include "aws/config/AwsConfig.h"

#include <QNetworkAccessManager>

namespace SageDesk::Aws {

AwsClientContext::AwsClientContext(CredentialsProvider* credentials, QString region, QObject* parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_region(std::move(region))
    , m_retryStrategy(std::make_shared<RetryQuota>())
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are never part of the AWS protocols; following one would re-send a signed request.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

AwsClientContext::~AwsClientContext() = default;

QUrl AwsClientContext::endpoint(const QString& service) const
{
    if (const auto it = m_endpoints.constFind(service); it != m_endpoints.constEnd()) {
        return *it;
    }
    if (m_endpointOverride.isValid()) {
        return m_endpointOverride;
    }
    return defaultEndpoint(service, m_region);
}

void AwsClientContext::setConfiguredEndpoints(const AwsConfig& config)
{
    for (const QString& service : serviceIds()) {
        if (const std::optional<QUrl> url = config.configuredEndpointUrl(service)) {
            setEndpoint(service, *url);
        }
    }
}

QStringList AwsClientContext::serviceIds()
{
    return {QStringLiteral("sagemaker"), QStringLiteral("iam"), QStringLiteral("sts"), QStringLiteral("s3"),
            QStringLiteral("ec2"),       QStringLiteral("kms"), QStringLiteral("logs")};
}

QUrl AwsClientContext::defaultEndpoint(const QString& service, const QString& region)
{
    if (!AwsConfig::isValidRegion(region) && service != QLatin1String("iam")) {
        return {};
    }
    if (service == QLatin1String("iam")) {
        return QUrl(QStringLiteral("https://iam.amazonaws.com"));
    }
    if (service == QLatin1String("sagemaker")) {
        return QUrl(QStringLiteral("https://api.sagemaker.%1.amazonaws.com").arg(region));
    }
    return QUrl(QStringLiteral("https://%1.%2.amazonaws.com").arg(service, region));
}

QString AwsClientContext::signingRegion(const QString& service) const
{
    return service == QLatin1String("iam") ? QStringLiteral("us-east-1") : m_region;
}

QDateTime AwsClientContext::signingTime() const
{
    return m_clock->currentDateTimeUtc().addMSecs(m_clockOffsetMSecs);
}

void AwsClientContext::setTimeouts(std::chrono::milliseconds connect, std::chrono::milliseconds read)
{
    m_connectTimeout = connect;
    m_readTimeout = read;
}

void AwsClientContext::notifyAttempt(const AwsRequest& request, int attempt, const QUrl& url)
{
    emit attemptSent(request, attempt, url);
}

} // namespace SageDesk::Aws
