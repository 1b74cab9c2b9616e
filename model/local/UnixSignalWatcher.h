#pragma once

#include <QObject>

class QSocketNotifier;

namespace SageDesk::Local {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal on the event loop: the handler only writes a
// byte to a socket pair (async-signal-safe), everything else runs as ordinary code.
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnixSignalWatcher)

public:
    explicit UnixSignalWatcher(QObject* parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void received(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace SageDesk::Local
