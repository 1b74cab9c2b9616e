#pragma once

#include <QCoreApplication>
#include <QString>

namespace SageDesk::Aws {

// The one error type of every AWS call, whatever the protocol: what the service said (code, message,
// request id, HTTP status) or why no answer arrived (network, timeout, credentials, unreadable reply).
struct AwsError
{
    Q_DECLARE_TR_FUNCTIONS(SageDesk::Aws::AwsError)

public:
    enum class Kind
    {
        Service,     // the service answered with an error
        Network,     // connection refused, reset, DNS, TLS
        Timeout,     // connect or read timeout
        Credentials, // no usable credentials
        Parse,       // a reply we could not read
        Cancelled,
    };

    Kind kind = Kind::Service;
    QString service; // signing name, e.g. "sagemaker"
    QString code;    // e.g. "ValidationException", without any "prefix#"
    QString message;
    QString requestId;
    int httpStatus = 0;
    bool retryable = false;
    int attempts = 0; // how many attempts the call made before it gave up (0: not counted)

    static AwsError network(const QString& service, const QString& message);
    static AwsError timeout(const QString& service, const QString& message);
    static AwsError credentials(const QString& service, const QString& message);
    static AwsError parse(const QString& service, const QString& message, int httpStatus);

    // Whether the standard retry mode retries this error: throttling codes, transient codes,
    // HTTP 500/502/503/504, timeouts and connection errors; never validation errors.
    static bool isThrottlingCode(const QString& code);
    static bool isTransientCode(const QString& code);
    static bool isClockSkewCode(const QString& code);
    bool isRetryable() const;
    bool isThrottling() const { return isThrottlingCode(code); }
    // Whether the service says the resource is not there: ResourceNotFound(Exception), or the
    // ValidationException that DescribeNotebookInstance answers for a missing instance, whose
    // message is "RecordNotFound" (AWS, moto, sagedesk-local) or "... does not exist" (others).
    bool isNotFound() const;
    // No answer arrived at all (connection refused, DNS, TLS, timeout): the endpoint is unreachable,
    // as opposed to answering with an error.
    bool isUnreachable() const { return kind == Kind::Network || kind == Kind::Timeout; }

    // "<Code>: <Message> (request id <id>)", redacted: the text a person reads.
    QString toDisplayString() const;
};

} // namespace SageDesk::Aws
