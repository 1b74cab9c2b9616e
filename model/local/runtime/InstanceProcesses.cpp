#include "local/runtime/InstanceProcesses.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#else
#include <qt_windows.h>
#endif

namespace SageDesk::Local::InstanceProcesses {

namespace {

QByteArray readProcFile(qint64 pid, const char* entry)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(entry)));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return {};
    }
    return file.readAll();
}

} // namespace

QByteArray markerVariable()
{
    return QByteArrayLiteral("SAGEDESK_NOTEBOOK_INSTANCE_DIR");
}

void prepare(QProcess& process, const QString& marker)
{
    QProcessEnvironment environment = process.processEnvironment();
    if (environment.isEmpty()) {
        environment = QProcessEnvironment::systemEnvironment();
    }
    environment.insert(QString::fromLatin1(markerVariable()), marker);
    process.setProcessEnvironment(environment);
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([] { ::setsid(); });
#endif
}

QList<qint64> find(const QString& marker)
{
    const QByteArray needle = markerVariable() + '=' + marker.toUtf8();
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == QCoreApplication::applicationPid()) {
            continue;
        }
        const QList<QByteArray> variables = readProcFile(pid, "environ").split('\0');
        if (variables.contains(needle) && isAlive(pid)) {
            pids.append(pid);
        }
    }
    return pids;
}

void send(const QList<qint64>& pids, Signal signal)
{
#ifdef Q_OS_UNIX
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
#else
    // Windows has no polite signal for a console-less process: both end it.
    Q_UNUSED(signal)
    for (const qint64 pid : pids) {
        if (HANDLE process = ::OpenProcess(PROCESS_TERMINATE, FALSE, static_cast<DWORD>(pid))) {
            ::TerminateProcess(process, 1);
            ::CloseHandle(process);
        }
    }
#endif
}

bool isAlive(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
#ifdef Q_OS_UNIX
    if (::kill(static_cast<pid_t>(pid), 0) != 0) {
        return false;
    }
    // "pid (comm) S ...": the state follows the last ')' since comm may contain anything.
    const QByteArray stat = readProcFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    return close < 0 || stat.mid(close + 2, 1) != "Z";
#else
    HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process) {
        return false;
    }
    DWORD exitCode = 0;
    const bool alive = ::GetExitCodeProcess(process, &exitCode) && exitCode == STILL_ACTIVE;
    ::CloseHandle(process);
    return alive;
#endif
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace SageDesk::Local::InstanceProcesses
