#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>

namespace SageDesk::Local {

// Finds and ends every process that belongs to one notebook instance. Jupyter starts kernels and
// terminals in sessions of their own, so process groups alone would leave them running; instead
// each child of an instance carries a marker in its environment, which kernels, terminals and
// script children inherit.
namespace InstanceProcesses {

QByteArray markerVariable();

// Puts `marker` into the environment of `process` and makes it a session (and process group) leader.
void prepare(QProcess& process, const QString& marker);

// Live (non-zombie) processes whose environment carries `marker`.
QList<qint64> find(const QString& marker);

// Sends `signal` to each process group led by one of `pids`, and to each pid.
void signalAll(const QList<qint64>& pids, int signal);

// Alive and not a zombie.
bool isAlive(qint64 pid);

} // namespace InstanceProcesses
} // namespace SageDesk::Local
