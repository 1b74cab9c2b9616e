#include "local/runtime/LifecycleShell.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace SageDesk::Local::LifecycleShell {

namespace {

// Git for Windows' bash.exe. Not whatever "bash" is on PATH: C:\Windows\System32\bash.exe is WSL's,
// which would run the script in a Linux distribution that cannot see this instance's folders.
QString gitBash()
{
    QStringList candidates;
    // git.exe on PATH is <Git>\cmd\git.exe (or <Git>\bin\git.exe); bash.exe is <Git>\bin\bash.exe.
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (!git.isEmpty()) {
        QDir root = QFileInfo(git).dir();
        root.cdUp();
        candidates << root.filePath(QStringLiteral("bin/bash.exe"));
    }
    for (const char* variable : {"ProgramW6432", "ProgramFiles", "ProgramFiles(x86)"}) {
        const QString folder = qEnvironmentVariable(variable);
        if (!folder.isEmpty()) {
            candidates << QDir(folder).filePath(QStringLiteral("Git/bin/bash.exe"));
        }
    }
    const QString userPrograms = qEnvironmentVariable("LOCALAPPDATA");
    if (!userPrograms.isEmpty()) {
        candidates << QDir(userPrograms).filePath(QStringLiteral("Programs/Git/bin/bash.exe"));
    }
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isExecutable()) {
            return candidate;
        }
    }
    return {};
}

} // namespace

Command forScript(const QString& scriptFile)
{
    const QString bash = gitBash();
    if (bash.isEmpty()) {
        return {
            {},
            {},
            QStringLiteral("lifecycle scripts run with bash, and Git for Windows' bash.exe was not found. "
                           "Install Git for Windows (https://gitforwindows.org) and start the notebook "
                           "instance again.")};
    }
    return {
        bash, {QStringLiteral("-c"), QStringLiteral("\"$0\""), QDir::fromNativeSeparators(scriptFile)}, {}};
}

} // namespace SageDesk::Local::LifecycleShell
