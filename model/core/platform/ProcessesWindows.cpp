#include "core/platform/Processes.h"

#include <qt_windows.h>

namespace SageDesk::Platform {

bool processExists(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
    HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process) {
        // Someone else's process (an elevated one): it exists, like EPERM on POSIX.
        return ::GetLastError() == ERROR_ACCESS_DENIED;
    }
    DWORD exitCode = 0;
    const bool alive = ::GetExitCodeProcess(process, &exitCode) && exitCode == STILL_ACTIVE;
    ::CloseHandle(process);
    return alive;
}

bool runningAsRoot()
{
    return false;
}

} // namespace SageDesk::Platform
