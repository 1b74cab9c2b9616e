#pragma once

#include <QList>
#include <QString>

#include <chrono>

namespace SageDesk::Aws {

// One acceptor of a botocore waiter (waiters-2.json): when a response matches, the waiter ends in
// `state` (or, for Retry, describes again).
struct WaiterAcceptor
{
    enum class Matcher
    {
        Path,  // the response field `argument` equals `expected`
        Error, // the call failed with the error code `expected`
    };
    enum class State
    {
        Success,
        Failure,
        Retry,
    };

    Matcher matcher = Matcher::Path;
    QString argument;
    QString expected;
    State state = State::Success;

    friend bool operator==(const WaiterAcceptor&, const WaiterAcceptor&) = default;
};

// A botocore waiter: the operation it repeats, the pause between attempts, how many attempts it
// makes and the acceptors, checked in order on each response.
struct WaiterDefinition
{
    QString name;
    QString operation;
    std::chrono::milliseconds delay{0};
    int maxAttempts = 0;
    QList<WaiterAcceptor> acceptors;

    friend bool operator==(const WaiterDefinition&, const WaiterDefinition&) = default;
};

} // namespace SageDesk::Aws
