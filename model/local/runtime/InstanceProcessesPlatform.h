#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>

// What InstanceProcesses needs from the operating system, one implementation per platform:
//   startInOwnGroup         Posix (setsid), Windows (a new process group)
//   processesWithEnvironmentEntry, isZombie
//                           Linux (/proc), Mac (sysctl KERN_PROCARGS2 / KERN_PROC_PID),
//                           Windows (the environment block of each process)
//   send, isAlive, runningAsRoot (InstanceProcesses.h)
//                           Posix (signals to the process and its group), Windows (TerminateProcess)
namespace SageDesk::Local::InstanceProcesses {

// Makes `process` the leader of a session and process group of its own, so that ending the group
// ends what it started without Jupyter's own sessions.
void startInOwnGroup(QProcess& process);

// Live processes other than this one whose environment holds `entry` ("NAME=value") exactly.
QList<qint64> processesWithEnvironmentEntry(const QByteArray& entry);

// An ended process whose parent has not yet collected it (POSIX); never true on Windows.
bool isZombie(qint64 pid);

} // namespace SageDesk::Local::InstanceProcesses
