#pragma once

#include "aws/client/AwsCall.h"
#include "aws/client/AwsHttpResponse.h"
#include "aws/client/AwsOperation.h"
#include "aws/client/AwsRequest.h"

#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkReply;

namespace SageDesk::Aws {

class AwsClientContext;
struct Credentials;

// One AWS call over HTTP, after Nextcloud's AbstractNetworkJob: it owns its request (so it can be
// re-sent), its timers and its invocation id; it signs each attempt afresh, retries in the standard
// mode, corrects clock skew from the Date header and ends with one AwsResult<AwsHttpResponse>.
class AwsRequestJob final : public AwsOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsRequestJob)

public:
    using RawResult = AwsResult<AwsHttpResponse>;
    using ResultHandler = std::function<void(const RawResult&)>;
    // Before a call that is not idempotent is sent again after an attempt the server may have acted
    // on, the check finds out whether it did: it answers nullopt to send again, or the result to end
    // the call with (e.g. a success rebuilt from a Describe call).
    using ResendCheck = std::function<void(std::function<void(std::optional<RawResult>)> done)>;

    AwsRequestJob(AwsClientContext* context, AwsRequest request);
    ~AwsRequestJob() override;

    // Runs before finished() with the raw result.
    void setResultHandler(ResultHandler handler) { m_resultHandler = std::move(handler); }
    void setResendCheck(ResendCheck check) { m_resendCheck = std::move(check); }

    // Starts from the event loop, so that callers can connect first.
    void start();

    const AwsRequest& request() const { return m_request; }
    QByteArray invocationId() const { return m_invocationId; }
    int attempts() const { return m_attempt; }

    // Sends `request` and turns its answer into a T with `parse`.
    template <typename T>
    static AwsCall<T> call(AwsClientContext* context, AwsRequest request,
                           std::function<AwsResult<T>(const AwsHttpResponse&)> parse,
                           ResendCheck resendCheck = {})
    {
        auto* job = new AwsRequestJob(context, std::move(request));
        AwsCall<T> call(job);
        job->setResendCheck(std::move(resendCheck));
        job->setResultHandler([call, parse = std::move(parse)](const RawResult& raw) {
            call.resolve(raw.ok() ? parse(raw.value()) : AwsResult<T>(raw.error()));
        });
        job->start();
        return call;
    }

signals:
    void attemptFailed(int attempt, const SageDesk::Aws::AwsError& error);

private:
    void sendAttempt();
    void sendSigned(const Credentials& credentials);
    void onReplyFinished();
    void onTimeout();
    bool correctClockSkew(const AwsHttpResponse& response);
    void handleFailure(AwsError error, bool clockCorrected, bool maybeSeen);
    void scheduleAttempt(std::chrono::milliseconds delay);
    void finishWith(const RawResult& result);

    QPointer<AwsClientContext> m_context;
    AwsRequest m_request;
    QByteArray m_invocationId;
    int m_attempt = 0;
    int m_quotaAcquired = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer m_connectTimer;
    QTimer m_readTimer;
    bool m_timedOut = false;
    bool m_connected = false;
    bool m_done = false;
    ResultHandler m_resultHandler;
    ResendCheck m_resendCheck;
};

} // namespace SageDesk::Aws
