#pragma once

#include <QObject>

class QSocketNotifier;

namespace SageDesk::Local {

// Turns the operating system's "please end" into a Qt signal on the event loop, so that shutting
// down runs as ordinary code. One implementation per platform:
//  - SignalWatcherPosix.cpp: SIGTERM, SIGINT and SIGHUP; the handler only writes a byte to a socket
//    pair (async-signal-safe).
//  - SignalWatcherWindows.cpp: the console's Ctrl+C, Ctrl+Break and close, log-off and shut-down
//    events; the handler thread posts to the event loop and, for close, log-off and shut-down (after
//    which Windows ends the process), waits until the watcher is destroyed, i.e. shutdown is done.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

signals:
    // The platform's number for what was received (a signal number, or a console control event).
    void received(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace SageDesk::Local
