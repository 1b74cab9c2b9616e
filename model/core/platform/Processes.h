#pragma once

#include <QtGlobal>

class QProcess;

// The operating system's view of processes, for every layer. One implementation per platform:
// ProcessesPosix.cpp (Linux, macOS), ProcessesWindows.cpp; CMake builds the one of the target.
namespace SageDesk::Platform {

// A process with this id exists (it may belong to another user).
bool processExists(qint64 pid);

// The program runs with administrator rights that tools refuse by default (root on POSIX; Jupyter
// wants --allow-root and Chromium's sandbox refuses it). Always false on Windows, where neither
// refuses an elevated user.
bool runningAsRoot();

// The process exists and runs as this user (never another user's process taken for this user's).
bool isProcessOfThisUser(qint64 pid);

// The process has a socket listening on the loopback port (Linux reads /proc; elsewhere true when the
// process exists, the endpoint file's ownership check standing alone).
bool processListensOn(qint64 pid, quint16 port);

// Before start(): the child runs in a process group of its own (POSIX setpgid; Windows
// CREATE_NEW_PROCESS_GROUP), so that killProcessTree() reaches what it starts in turn.
void startInOwnProcessGroup(QProcess& process);

// Kills the process and everything it started (a shell's pipeline, a daemonising helper): the process
// group on POSIX, the process tree (taskkill /T) on Windows.
void killProcessTree(QProcess& process);

} // namespace SageDesk::Platform
