#pragma once

#include <QString>
#include <QStringList>

// How a lifecycle script (OnCreate, OnStart) is run: executed as a program, as AWS does, so that its
// shebang line picks the interpreter and a script without one is run by bash. One implementation
// per platform: LifecycleShellPosix.cpp (the system's bash), LifecycleShellWindows.cpp (Git for
// Windows' bash, which runs shebang lines too).
namespace SageDesk::Local::LifecycleShell {

struct Command
{
    QString program; // empty: no shell to run scripts with; `missing` says what to install
    QStringList arguments;
    QString missing;
};

Command forScript(const QString& scriptFile);

} // namespace SageDesk::Local::LifecycleShell
