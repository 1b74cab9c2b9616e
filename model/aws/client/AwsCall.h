#pragma once

#include "aws/client/AwsOperation.h"
#include "aws/client/AwsResult.h"

#include <QEventLoop>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace SageDesk::Aws {

// The handle a service client returns for one operation: the GUI connects with then() (or to
// operation()->finished()), the CLI blocks with wait(). The result outlives the operation object.
template <typename T>
class AwsCall final
{
public:
    using Handler = std::function<void(const AwsResult<T>&)>;

    // Creates a pending call whose operation is `operation`; resolve() ends it.
    explicit AwsCall(AwsOperation* operation)
        : m_operation(operation)
        , m_state(std::make_shared<State>())
    {}

    AwsOperation* operation() const { return m_operation.data(); }
    bool isFinished() const { return m_state->result.has_value(); }
    // Only once isFinished().
    const AwsResult<T>& result() const { return *m_state->result; }

    // Stores the result and lets the operation emit finished(); the first result wins.
    void resolve(AwsResult<T> result) const
    {
        if (m_state->result) {
            return;
        }
        m_state->result.emplace(std::move(result));
        if (m_operation) {
            m_operation->finish();
        }
    }

    // Calls `handler` once with the result, in `context`'s thread, unless `context` is gone or the
    // operation was destroyed without a result (its AwsClientContext was deleted first).
    void then(QObject* context, Handler handler) const
    {
        if (!isFinished() && !m_operation) {
            return; // the operation was destroyed unanswered (its context went away)
        }
        if (isFinished()) {
            QMetaObject::invokeMethod(
                context, [state = m_state, handler] { handler(*state->result); }, Qt::QueuedConnection);
            return;
        }
        QObject::connect(m_operation.data(), &AwsOperation::finished, context,
                         [state = m_state, handler] { handler(*state->result); });
    }

    // Runs a local event loop until the call ends: for the CLI and tests, never for the GUI thread.
    const AwsResult<T>& wait() const
    {
        if (!isFinished() && m_operation) {
            QEventLoop loop;
            QObject::connect(m_operation.data(), &AwsOperation::finished, &loop, &QEventLoop::quit);
            QObject::connect(m_operation.data(), &QObject::destroyed, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!isFinished()) {
            AwsError cancelled;
            cancelled.kind = AwsError::Kind::Cancelled;
            cancelled.code = QStringLiteral("Cancelled");
            m_state->result.emplace(std::move(cancelled));
        }
        return result();
    }

private:
    struct State
    {
        std::optional<AwsResult<T>> result;
    };

    QPointer<AwsOperation> m_operation;
    std::shared_ptr<State> m_state;
};

} // namespace SageDesk::Aws
