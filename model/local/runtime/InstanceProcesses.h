#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>

namespace SageDesk::Local {

// Finds and ends every process that belongs to one notebook instance. Jupyter starts kernels and
// terminals in sessions of their own, so process groups alone would leave them running; instead
// each child of an instance carries a marker in its environment, which kernels, terminals and
// script children inherit. The portable part is InstanceProcesses.cpp; what needs the operating
// system is declared in InstanceProcessesPlatform.h and implemented per platform beside it.
namespace InstanceProcesses {

enum class Signal
{
    Terminate, // SIGTERM: the process may shut down cleanly
    Kill,      // SIGKILL
};

QByteArray markerVariable();

// Puts `marker` into the environment of `process` and, on POSIX, makes it a session (and process
// group) leader.
void prepare(QProcess& process, const QString& marker);

// Live (non-zombie) processes whose environment carries `marker`.
QList<qint64> find(const QString& marker);

// Sends `signal` to each pid and to each process group one of them leads.
void send(const QList<qint64>& pids, Signal signal);

// Alive and not a zombie.
bool isAlive(qint64 pid);

// Jupyter refuses to run as root without --allow-root.
bool runningAsRoot();

} // namespace InstanceProcesses
} // namespace SageDesk::Local
