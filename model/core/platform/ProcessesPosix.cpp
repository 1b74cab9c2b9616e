#include "core/platform/Processes.h"

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace SageDesk::Platform {

bool processExists(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
    // Signal 0 only asks whether the process exists; EPERM means it does but is someone else's.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace SageDesk::Platform
