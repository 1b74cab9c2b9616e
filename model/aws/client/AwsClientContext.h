#pragma once

#include "aws/client/AwsRequest.h"
#include "aws/client/RetryStrategy.h"
#include "aws/credentials/CredentialsProvider.h"
#include "core/Clock.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace SageDesk::Aws {

class AwsConfig;

// What every call of one account and region shares: the network access manager, credentials,
// region and endpoints, the signing clock and its skew correction, the retry quota and timeouts.
// Service clients (SageMakerClient, IamClient, ...) are thin views on one context.
class AwsClientContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsClientContext)

public:
    static constexpr std::chrono::milliseconds kDefaultConnectTimeout{10000};
    static constexpr std::chrono::milliseconds kDefaultReadTimeout{60000};

    AwsClientContext(CredentialsProvider* credentials, QString region, QObject* parent = nullptr);
    ~AwsClientContext() override;

    CredentialsProvider* credentials() const { return m_credentials.data(); }
    void setCredentials(CredentialsProvider* credentials) { m_credentials = credentials; }
    QString region() const { return m_region; }

    // Endpoints: a per-service URL wins over the override for all services, which wins over the
    // public AWS endpoint.
    void setEndpoint(const QString& service, const QUrl& url) { m_endpoints.insert(service, url); }
    void setEndpointOverride(const QUrl& url) { m_endpointOverride = url; }
    QUrl endpoint(const QString& service) const;
    // Takes the endpoint configured for each of serviceIds() (--endpoint-url, AWS_ENDPOINT_URL[_<SERVICE>],
    // the profile), leaving the others at the public AWS endpoint.
    void setConfiguredEndpoints(const AwsConfig& config);
    // The signing names of the services SageDesk calls.
    static QStringList serviceIds();
    static QUrl defaultEndpoint(const QString& service, const QString& region);
    // us-east-1 for IAM (a global service), the context's region otherwise.
    QString signingRegion(const QString& service) const;

    const Clock& clock() const { return *m_clock; }
    void setClock(const Clock& clock) { m_clock = &clock; }
    // The correction learned from the servers' Date headers, added to clock() when signing.
    qint64 clockOffsetMSecs() const { return m_clockOffsetMSecs; }
    void setClockOffsetMSecs(qint64 offset) { m_clockOffsetMSecs = offset; }
    QDateTime signingTime() const;

    const RetryStrategy& retryStrategy() const { return m_retryStrategy; }
    void setRetryStrategy(RetryStrategy strategy) { m_retryStrategy = std::move(strategy); }

    std::chrono::milliseconds connectTimeout() const { return m_connectTimeout; }
    std::chrono::milliseconds readTimeout() const { return m_readTimeout; }
    void setTimeouts(std::chrono::milliseconds connect, std::chrono::milliseconds read);

    QNetworkAccessManager* network() const { return m_network; }

    // Called by AwsRequestJob for every attempt it sends; observers see the request as sent.
    void notifyAttempt(const AwsRequest& request, int attempt, const QUrl& url);

signals:
    // One attempt of one call left; `url` carries the query. For --debug output and wire tests.
    void attemptSent(const SageDesk::Aws::AwsRequest& request, int attempt, const QUrl& url);

private:
    QPointer<CredentialsProvider> m_credentials;
    QString m_region;
    QHash<QString, QUrl> m_endpoints;
    QUrl m_endpointOverride;
    const Clock* m_clock = &Clock::system();
    qint64 m_clockOffsetMSecs = 0;
    RetryStrategy m_retryStrategy;
    std::chrono::milliseconds m_connectTimeout = kDefaultConnectTimeout;
    std::chrono::milliseconds m_readTimeout = kDefaultReadTimeout;
    QNetworkAccessManager* m_network;
};

} // namespace SageDesk::Aws
