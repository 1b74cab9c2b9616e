#include "core/platform/Processes.h"

#include <QProcess>

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

bool isProcessOfThisUser(qint64 pid)
{
    // OpenProcess succeeds for this user's own processes; another user's refuse it.
    HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process) {
        return false;
    }
    DWORD exitCode = 0;
    const bool alive = ::GetExitCodeProcess(process, &exitCode) && exitCode == STILL_ACTIVE;
    ::CloseHandle(process);
    return alive;
}

bool processListensOn(qint64 pid, quint16 port)
{
    Q_UNUSED(port)
    return processExists(pid);
}

void startInOwnProcessGroup(QProcess& process)
{
    process.setCreateProcessArgumentsModifier(
        [](QProcess::CreateProcessArguments* arguments) { arguments->flags |= CREATE_NEW_PROCESS_GROUP; });
}

void killProcessTree(QProcess& process)
{
    const qint64 pid = process.processId();
    if (pid > 0) {
        // The tree is found through the parent, so it goes before the parent does.
        QProcess::execute(QStringLiteral("taskkill"), {QStringLiteral("/T"), QStringLiteral("/F"),
                                                       QStringLiteral("/PID"), QString::number(pid)});
    }
    process.kill();
}

} // namespace SageDesk::Platform
