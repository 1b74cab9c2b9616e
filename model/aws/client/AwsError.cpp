#include "aws/client/AwsError.h"

#include "core/Redaction.h"

#include <QSet>

namespace SageDesk::Aws {

namespace {

AwsError make(AwsError::Kind kind, const QString& service, const QString& code, const QString& message)
{
    AwsError error;
    error.kind = kind;
    error.service = service;
    error.code = code;
    error.message = message;
    error.retryable = error.isRetryable();
    return error;
}

} // namespace

AwsError AwsError::network(const QString& service, const QString& message)
{
    return make(Kind::Network, service, QStringLiteral("NetworkError"), message);
}

AwsError AwsError::timeout(const QString& service, const QString& message)
{
    return make(Kind::Timeout, service, QStringLiteral("RequestTimeout"), message);
}

AwsError AwsError::credentials(const QString& service, const QString& message)
{
    return make(Kind::Credentials, service, QStringLiteral("CredentialsError"), message);
}

AwsError AwsError::parse(const QString& service, const QString& message, int httpStatus)
{
    AwsError error = make(Kind::Parse, service, QStringLiteral("UnreadableResponse"), message);
    error.httpStatus = httpStatus;
    error.retryable = error.isRetryable();
    return error;
}

bool AwsError::isThrottlingCode(const QString& code)
{
    // The throttling codes of the SDKs' standard retry mode.
    static const QSet<QString> codes{
        QStringLiteral("Throttling"),
        QStringLiteral("ThrottlingException"),
        QStringLiteral("ThrottledException"),
        QStringLiteral("RequestThrottledException"),
        QStringLiteral("TooManyRequestsException"),
        QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("TransactionInProgressException"),
        QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("BandwidthLimitExceeded"),
        QStringLiteral("LimitExceededException"),
        QStringLiteral("RequestThrottled"),
        QStringLiteral("SlowDown"),
        QStringLiteral("PriorRequestNotComplete"),
        QStringLiteral("EC2ThrottledException"),
    };
    return codes.contains(code);
}

bool AwsError::isTransientCode(const QString& code)
{
    static const QSet<QString> codes{
        QStringLiteral("RequestTimeout"),     QStringLiteral("RequestTimeoutException"),
        QStringLiteral("InternalError"),      QStringLiteral("InternalFailure"),
        QStringLiteral("ServiceUnavailable"),
    };
    return codes.contains(code);
}

bool AwsError::isClockSkewCode(const QString& code)
{
    static const QSet<QString> codes{
        QStringLiteral("RequestTimeTooSkewed"),
        QStringLiteral("RequestExpired"),
        QStringLiteral("InvalidSignatureException"),
        QStringLiteral("SignatureDoesNotMatch"),
        QStringLiteral("AuthFailure"),
        QStringLiteral("RequestInTheFuture"),
    };
    return codes.contains(code);
}

bool AwsError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Credentials:
    case Kind::Cancelled:
        return false;
    case Kind::Parse:
    case Kind::Service:
        break;
    }
    if (isThrottlingCode(code) || isTransientCode(code)) {
        return true;
    }
    return httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

bool AwsError::isNotFound() const
{
    if (kind != Kind::Service) {
        return false;
    }
    if (code == QLatin1String("ResourceNotFound") || code == QLatin1String("ResourceNotFoundException")) {
        return true;
    }
    return code == QLatin1String("ValidationException") &&
           (message.contains(QLatin1String("RecordNotFound"), Qt::CaseInsensitive) ||
            message.contains(QLatin1String("does not exist"), Qt::CaseInsensitive));
}

QString AwsError::toDisplayString() const
{
    QString text = code.isEmpty() ? message : QStringLiteral("%1: %2").arg(code, message);
    if (!requestId.isEmpty()) {
        text = tr("%1 (request id %2)").arg(text, requestId);
    }
    if (attempts > 1) {
        text = tr("%1, after %2 attempts").arg(text).arg(attempts);
    }
    return Redaction::redact(text);
}

} // namespace SageDesk::Aws
