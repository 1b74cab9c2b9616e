#include "local/runtime/InstanceProcesses.h"

#include "core/platform/Processes.h"
#include "local/runtime/InstanceProcessesPlatform.h"

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace SageDesk::Local::InstanceProcesses {

void startInOwnGroup(QProcess& process)
{
    process.setChildProcessModifier([] { ::setsid(); });
}

void send(const QList<qint64>& pids, Signal signal)
{
    const int number = signal == Signal::Kill ? SIGKILL : SIGTERM;
    for (const qint64 pid : pids) {
        if (pid <= 0) {
            continue;
        }
        if (::getpgid(static_cast<pid_t>(pid)) == pid) {
            ::kill(static_cast<pid_t>(-pid), number);
        }
        ::kill(static_cast<pid_t>(pid), number);
    }
}

bool isAlive(qint64 pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0 && !isZombie(pid);
}

bool runningAsRoot()
{
    return Platform::runningAsRoot();
}

} // namespace SageDesk::Local::InstanceProcesses
