#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace SageDesk::Local {

// The per-instance runtime file (runtime.json, mode 0600): enough for a restarted endpoint to find,
// probe and adopt or end the instance's Jupyter. It holds the Jupyter token, hence the mode.
struct RuntimeRecord
{
    enum class Phase
    {
        Starting, // repositories, lifecycle scripts or Jupyter still coming up
        Serving,
    };

    Phase phase = Phase::Starting;
    qint64 pid = 0; // the Jupyter server, 0 before it is launched
    quint16 port = 0;
    QByteArray token;
    QDateTime startedAt;
    int idleStopMinutes = 0;

    static std::optional<RuntimeRecord> read(const QString& path);
    bool write(const QString& path) const;
};

} // namespace SageDesk::Local
