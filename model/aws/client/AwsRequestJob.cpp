#include "aws/client/AwsRequestJob.h"

#include "aws/SigV4.h"
#include "aws/client/AwsClientContext.h"
#include "aws/client/ErrorParser.h"
#include "aws/client/OneShotUploadDevice.h"
#include "aws/credentials/CredentialsProvider.h"
#include "core/Redaction.h"
#include "core/Version.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

namespace SageDesk::Aws {

namespace {

Q_LOGGING_CATEGORY(lcAws, "sagedesk.aws", QtInfoMsg)

// The SDKs correct their clock when the server's differs by more than this.
constexpr qint64 kSkewThresholdMSecs = 4 * 60 * 1000;

QByteArray wireQuery(const QList<QPair<QString, QString>>& query)
{
    QByteArrayList parts;
    for (const auto& [key, value] : query) {
        parts.append(SigV4::uriEncode(key.toUtf8(), false) + '=' + SigV4::uriEncode(value.toUtf8(), false));
    }
    return parts.join('&');
}

QByteArray hostHeader(const QUrl& url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort) {
        host += ':' + QByteArray::number(url.port());
    }
    return host;
}

// HTTP dates ("Fri, 27 Nov 2026 14:20:16 GMT"); Qt's RFC 2822 parser wants a numeric zone.
QDateTime parseHttpDate(QByteArray text)
{
    text = text.trimmed();
    if (text.endsWith(" GMT") || text.endsWith(" UTC")) {
        text.chop(4);
        text += " +0000";
    }
    return QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
}

bool isExpiredToken(const AwsError& error)
{
    return error.code == QLatin1String("ExpiredToken") ||
           error.code == QLatin1String("ExpiredTokenException");
}

} // namespace

AwsRequestJob::AwsRequestJob(AwsClientContext* context, AwsRequest request)
    : AwsOperation(context)
    , m_context(context)
    , m_request(std::move(request))
    , m_invocationId(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
    m_connectTimer.setSingleShot(true);
    m_readTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &AwsRequestJob::onTimeout);
    connect(&m_readTimer, &QTimer::timeout, this, &AwsRequestJob::onTimeout);
}

AwsRequestJob::~AwsRequestJob()
{
    if (m_reply) {
        m_reply->abort();
    }
}

void AwsRequestJob::start()
{
    scheduleAttempt(std::chrono::milliseconds(0));
}

void AwsRequestJob::scheduleAttempt(std::chrono::milliseconds delay)
{
    QTimer::singleShot(delay, this, &AwsRequestJob::sendAttempt);
}

void AwsRequestJob::sendAttempt()
{
    if (m_done) {
        return;
    }
    ++m_attempt;
    if (!m_context) {
        AwsError cancelled;
        cancelled.kind = AwsError::Kind::Cancelled;
        cancelled.service = m_request.service;
        cancelled.code = QStringLiteral("Cancelled");
        finishWith(cancelled);
        return;
    }
    CredentialsProvider* provider = m_context->credentials();
    if (!provider) {
        finishWith(AwsError::credentials(m_request.service, tr("No AWS credentials are configured.")));
        return;
    }
    QPointer<AwsRequestJob> self(this);
    provider->credentials([self](const CredentialsResult& result) {
        if (!self) {
            return;
        }
        if (!result.ok()) {
            AwsError error = AwsError::credentials(self->m_request.service, result.error);
            self->finishWith(error);
            return;
        }
        self->sendSigned(result.credentials);
    });
}

void AwsRequestJob::sendSigned(const Credentials& credentials)
{
    const QUrl endpoint = m_context->endpoint(m_request.service);
    QByteArray basePath = endpoint.path(QUrl::FullyEncoded).toUtf8();
    if (basePath.endsWith('/')) {
        basePath.chop(1);
    }
    SignableRequest signable;
    signable.method = m_request.method;
    signable.path = basePath + SigV4::uriEncode(m_request.path.toUtf8(), true);
    signable.query = wireQuery(m_request.query);
    signable.headers.append({"host", hostHeader(endpoint)});
    for (const auto& header : m_request.headers) {
        signable.headers.append(header);
    }
    signable.setHeader("amz-sdk-invocation-id", m_invocationId);
    signable.setHeader("amz-sdk-request", "attempt=" + QByteArray::number(m_attempt) + "; max=" +
                                              QByteArray::number(m_context->retryStrategy().maxAttempts()));
    signable.setHeader("user-agent", QByteArray("sagedesk/") + kVersion);
    signable.payloadHash = SigV4::sha256Hex(m_request.body);
    const SigV4Options options =
        m_request.protocol == AwsProtocol::RestXml ? SigV4Options::forS3() : SigV4Options();
    SigV4::signHeaders(signable, credentials, m_context->signingRegion(m_request.service).toUtf8(),
                       m_request.service.toUtf8(), m_context->signingTime(), options);

    QByteArray urlText = endpoint.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                             .toEncoded(QUrl::FullyEncoded);
    urlText += signable.path;
    if (!signable.query.isEmpty()) {
        urlText += '?' + signable.query;
    }
    const QUrl url = QUrl::fromEncoded(urlText, QUrl::StrictMode);
    QNetworkRequest networkRequest(url);
    for (const auto& [name, value] : signable.headers) {
        if (name.compare("host", Qt::CaseInsensitive) != 0) {
            networkRequest.setRawHeader(name, value);
        }
    }
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    qCDebug(lcAws).noquote() << m_request.operation << "attempt" << m_attempt
                             << Redaction::redact(QString::fromUtf8(url.toEncoded()));
    m_context->notifyAttempt(m_request, m_attempt, url);

    m_timedOut = false;
    m_connected = false;
    if (m_request.idempotent || m_request.body.isEmpty()) {
        m_reply = m_context->network()->sendCustomRequest(networkRequest, m_request.method, m_request.body);
    } else {
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* body = new OneShotUploadDevice(m_request.body);
        m_reply = m_context->network()->sendCustomRequest(networkRequest, m_request.method, body);
        body->setParent(m_reply);
    }
    const auto markActivity = [this] {
        m_connected = true;
        m_connectTimer.stop();
        m_readTimer.start(m_context->readTimeout());
    };
    connect(m_reply, &QNetworkReply::requestSent, this, markActivity);
    connect(m_reply, &QNetworkReply::uploadProgress, this, markActivity);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, markActivity);
    connect(m_reply, &QNetworkReply::readyRead, this, markActivity);
    connect(m_reply, &QNetworkReply::finished, this, &AwsRequestJob::onReplyFinished);
    m_connectTimer.start(m_context->connectTimeout());
}

void AwsRequestJob::onTimeout()
{
    if (m_reply) {
        m_timedOut = true;
        m_reply->abort();
    }
}

void AwsRequestJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply) {
        return;
    }
    m_reply.clear();
    reply->deleteLater();
    m_connectTimer.stop();
    m_readTimer.stop();

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_timedOut) {
        const auto limit = m_connected ? m_context->readTimeout() : m_context->connectTimeout();
        const QString message = m_connected ? tr("No answer within %1 ms.").arg(limit.count())
                                            : tr("Could not connect within %1 ms.").arg(limit.count());
        handleFailure(AwsError::timeout(m_request.service, message), false, m_connected);
        return;
    }
    if (!status.isValid()) {
        const bool notSent = reply->error() == QNetworkReply::ConnectionRefusedError ||
                             reply->error() == QNetworkReply::HostNotFoundError;
        handleFailure(AwsError::network(m_request.service, reply->errorString()), false, !notSent);
        return;
    }

    AwsHttpResponse response;
    response.status = status.toInt();
    for (const auto& [name, value] : reply->rawHeaderPairs()) {
        response.headers.append({name, value});
    }
    response.body = reply->readAll();
    const bool clockCorrected = correctClockSkew(response);
    if (response.status >= 200 && response.status < 300) {
        m_context->retryStrategy().onSuccess(m_quotaAcquired);
        finishWith(response);
        return;
    }
    AwsError error = ErrorParser::parse(m_request.protocol, m_request.service, response);
    handleFailure(error, clockCorrected, !error.isThrottling());
}

bool AwsRequestJob::correctClockSkew(const AwsHttpResponse& response)
{
    const QByteArray date = response.header("Date");
    if (date.isEmpty()) {
        return false;
    }
    const QDateTime serverTime = parseHttpDate(date);
    if (!serverTime.isValid()) {
        return false;
    }
    const qint64 skew = m_context->signingTime().msecsTo(serverTime);
    if (std::abs(skew) <= kSkewThresholdMSecs) {
        return false;
    }
    m_context->setClockOffsetMSecs(m_context->clock().currentDateTimeUtc().msecsTo(serverTime));
    qCInfo(lcAws) << "clock skew of" << skew / 1000 << "s corrected from the server's Date header";
    return true;
}

void AwsRequestJob::handleFailure(AwsError error, bool clockCorrected, bool maybeSeen)
{
    emit attemptFailed(m_attempt, error);
    qCDebug(lcAws).noquote() << m_request.operation << "attempt" << m_attempt
                             << "failed:" << error.toDisplayString();
    const int maxAttempts = m_context->retryStrategy().maxAttempts();
    const bool canRetry = m_attempt < maxAttempts;
    // A skewed or expired signature is fixed by re-signing, not by waiting.
    if (canRetry && ((clockCorrected && (AwsError::isClockSkewCode(error.code) || error.httpStatus == 403)) ||
                     isExpiredToken(error))) {
        if (isExpiredToken(error) && m_context->credentials()) {
            m_context->credentials()->invalidate();
        }
        scheduleAttempt(std::chrono::milliseconds(0));
        return;
    }
    const RetryStrategy::Decision decision = m_context->retryStrategy().onFailure(m_attempt, error);
    if (!decision.retry) {
        error.attempts = m_attempt;
        finishWith(error);
        return;
    }
    m_quotaAcquired += decision.quotaCost;
    if (!m_request.idempotent && maybeSeen && m_resendCheck) {
        QPointer<AwsRequestJob> self(this);
        const auto delay = decision.delay;
        m_resendCheck([self, delay](std::optional<RawResult> outcome) {
            if (!self) {
                return;
            }
            if (outcome) {
                if (outcome->ok()) {
                    self->m_context->retryStrategy().onSuccess(self->m_quotaAcquired);
                }
                self->finishWith(*outcome);
            } else {
                self->scheduleAttempt(delay);
            }
        });
        return;
    }
    scheduleAttempt(decision.delay);
}

void AwsRequestJob::finishWith(const RawResult& result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_resultHandler) {
        m_resultHandler(result);
    }
    finish();
}

} // namespace SageDesk::Aws
