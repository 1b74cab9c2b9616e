#include "aws/waiters/NotebookInstanceWaiter.h"

#include "aws/client/AwsClientContext.h"
#include "aws/services/SageMakerClient.h"

#include <QHostAddress>
#include <QTimer>

#include <memory>

namespace SageDesk::Aws {

namespace {

using namespace std::chrono_literals;

using Result = std::optional<NotebookInstance>;

struct WaitState
{
    AwsClientContext* context = nullptr;
    QString name;
    WaiterDefinition definition;
    NotebookInstanceWaiter::Options options;
    std::function<void(const NotebookInstance&)> progress;
    qint64 deadline = 0;
    int attempts = 0;
    QString lastStatus;
    AwsCall<Result> call{nullptr};
};

bool matches(const WaiterAcceptor& acceptor, const AwsResult<NotebookInstance>& response)
{
    switch (acceptor.matcher) {
    case WaiterAcceptor::Matcher::Path:
        return response.ok() &&
               response.value().toJson().value(acceptor.argument).toString() == acceptor.expected;
    case WaiterAcceptor::Matcher::Error:
        return !response.ok() && response.error().kind == AwsError::Kind::Service &&
               response.error().code == acceptor.expected;
    }
    return false;
}

AwsError waiterError(const QString& code, const QString& message, int attempts)
{
    AwsError error;
    error.service = QStringLiteral("sagemaker");
    error.code = code;
    error.message = message;
    error.attempts = attempts;
    return error;
}

void attempt(const std::shared_ptr<WaitState>& state)
{
    SageMakerClient(state->context)
        .describeNotebookInstance(state->name)
        .then(state->call.operation(), [state](const AwsResult<NotebookInstance>& response) {
            ++state->attempts;
            if (response.ok()) {
                state->lastStatus = NotebookInstanceStatuses::toString(response->notebookInstanceStatus);
                if (state->progress) {
                    state->progress(response.value());
                }
            }
            std::optional<WaiterAcceptor::State> accepted;
            for (const auto& acceptor : state->definition.acceptors) {
                if (matches(acceptor, response)) {
                    accepted = acceptor.state;
                    break;
                }
            }
            // botocore ends the wait on an error that no acceptor expects: retrying it is the
            // client's job (and it has already done so), not the waiter's.
            if (!accepted && !response.ok()) {
                state->call.resolve(response.error());
                return;
            }
            if (accepted == WaiterAcceptor::State::Success) {
                state->call.resolve(response.ok() ? Result(response.value()) : Result());
                return;
            }
            if (accepted == WaiterAcceptor::State::Failure) {
                const QString reason = response.ok() ? response->failureReason : response.error().message;
                state->call.resolve(waiterError(
                    QStringLiteral("NotebookInstanceFailed"),
                    reason.isEmpty() ? NotebookInstanceWaiter::tr("%1 failed").arg(state->name) : reason,
                    state->attempts));
                return;
            }
            if (state->options.timeout) {
                if (state->context->clock().currentMSecsSinceEpoch() >= state->deadline) {
                    const auto seconds =
                        std::chrono::duration_cast<std::chrono::seconds>(*state->options.timeout).count();
                    state->call.resolve(
                        waiterError(QStringLiteral("WaiterTimeout"),
                                    NotebookInstanceWaiter::tr("%1 is still %2 after %3 seconds")
                                        .arg(state->name, state->lastStatus)
                                        .arg(seconds),
                                    state->attempts));
                    return;
                }
            } else if (state->attempts >= state->options.maxAttempts) {
                state->call.resolve(waiterError(QStringLiteral("WaiterTimeout"),
                                                NotebookInstanceWaiter::tr("%1 is still %2 after %3 attempts")
                                                    .arg(state->name, state->lastStatus)
                                                    .arg(state->attempts),
                                                state->attempts));
                return;
            }
            QTimer::singleShot(state->options.delay, state->call.operation(), [state] { attempt(state); });
        });
}

WaiterAcceptor statusIs(const char* status, WaiterAcceptor::State state)
{
    return {WaiterAcceptor::Matcher::Path, QStringLiteral("NotebookInstanceStatus"), QLatin1String(status),
            state};
}

} // namespace

WaiterDefinition NotebookInstanceWaiter::definition(Until until)
{
    WaiterDefinition definition;
    definition.operation = QStringLiteral("DescribeNotebookInstance");
    definition.delay = 30s;
    definition.maxAttempts = 60;
    const auto failed = statusIs("Failed", WaiterAcceptor::State::Failure);
    switch (until) {
    case Until::InService:
        definition.name = QStringLiteral("NotebookInstanceInService");
        definition.acceptors = {statusIs("InService", WaiterAcceptor::State::Success), failed};
        break;
    case Until::Stopped:
        definition.name = QStringLiteral("NotebookInstanceStopped");
        definition.acceptors = {statusIs("Stopped", WaiterAcceptor::State::Success), failed};
        break;
    case Until::Deleted:
        // DescribeNotebookInstance answers ValidationException ("RecordNotFound") for an instance
        // that is gone; botocore counts any ValidationException as success here.
        definition.name = QStringLiteral("NotebookInstanceDeleted");
        definition.acceptors = {{WaiterAcceptor::Matcher::Error,
                                 {},
                                 QStringLiteral("ValidationException"),
                                 WaiterAcceptor::State::Success},
                                failed};
        break;
    }
    return definition;
}

std::optional<NotebookInstanceWaiter::Until> NotebookInstanceWaiter::untilFromString(const QString& text)
{
    if (text == QLatin1String("InService")) {
        return Until::InService;
    }
    if (text == QLatin1String("Stopped")) {
        return Until::Stopped;
    }
    if (text == QLatin1String("Deleted")) {
        return Until::Deleted;
    }
    return std::nullopt;
}

NotebookInstanceWaiter::NotebookInstanceWaiter(AwsClientContext* context)
    : m_context(context)
{}

bool NotebookInstanceWaiter::isLoopbackEndpoint(const QUrl& endpoint)
{
    const QString host = endpoint.host();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           QHostAddress(host).isLoopback();
}

NotebookInstanceWaiter::Options NotebookInstanceWaiter::defaultOptions(Until until) const
{
    const WaiterDefinition botocore = definition(until);
    Options options{botocore.delay, botocore.maxAttempts, std::nullopt};
    if (isLoopbackEndpoint(m_context->endpoint(QStringLiteral("sagemaker")))) {
        options.delay = kLocalDelay;
        options.maxAttempts = static_cast<int>(botocore.delay * botocore.maxAttempts / kLocalDelay);
    }
    return options;
}

AwsCall<std::optional<NotebookInstance>> NotebookInstanceWaiter::wait(const QString& notebookInstanceName,
                                                                      Until until) const
{
    return wait(notebookInstanceName, until, defaultOptions(until));
}

AwsCall<std::optional<NotebookInstance>>
NotebookInstanceWaiter::wait(const QString& notebookInstanceName, Until until, const Options& options) const
{
    auto state = std::make_shared<WaitState>();
    state->context = m_context;
    state->name = notebookInstanceName;
    state->definition = definition(until);
    state->options = options;
    state->progress = m_progress;
    state->call = AwsCall<Result>(new AwsOperation(m_context));
    if (options.timeout) {
        state->deadline = m_context->clock().currentMSecsSinceEpoch() + options.timeout->count();
    }
    attempt(state);
    return state->call;
}

} // namespace SageDesk::Aws
