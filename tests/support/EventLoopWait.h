#pragma once

// Waits for a condition inside a real QEventLoop, blocked in the event dispatcher between checks.
// QTest::qWaitFor instead sleeps 10 ms between rounds of processEvents(): every task that Chromium's
// UI thread (Qt's main thread under Qt WebEngine) posts then waits for the next round, and a page
// that hops through the UI thread many times loads several times slower than in the application.
// Benchmarks that time a page measure through this wait, as the application's own loop runs.
#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace SageDesk::Test {

// True once `done` holds, checked every `intervalMs`; false after `timeoutMs`.
inline bool waitInEventLoop(const std::function<bool()>& done, int timeoutMs, int intervalMs = 5)
{
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        // As QTest::qWaitFor does: objects deleted later from outside any loop go now.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (done()) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start(intervalMs);
    loop.exec();
    return done();
}

// Runs the event loop for `ms`, as the application would while idle.
inline void idleInEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace SageDesk::Test
