#include "local/runtime/InstanceProcesses.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

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
    process.setChildProcessModifier([] { ::setsid(); });
}

QList<qint64> find(const QString& marker)
{
    const QByteArray needle = markerVariable() + '=' + marker.toUtf8();
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == ::getpid()) {
            continue;
        }
        const QList<QByteArray> variables = readProcFile(pid, "environ").split('\0');
        if (variables.contains(needle) && isAlive(pid)) {
            pids.append(pid);
        }
    }
    return pids;
}

void signalAll(const QList<qint64>& pids, int signal)
{
    for (const qint64 pid : pids) {
        if (::getpgid(static_cast<pid_t>(pid)) == pid) {
            ::kill(static_cast<pid_t>(-pid), signal);
        }
        ::kill(static_cast<pid_t>(pid), signal);
    }
}

bool isAlive(qint64 pid)
{
    if (pid <= 0 || ::kill(static_cast<pid_t>(pid), 0) != 0) {
        return false;
    }
    // "pid (comm) S ...": the state follows the last ')' since comm may contain anything.
    const QByteArray stat = readProcFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    return close < 0 || stat.mid(close + 2, 1) != "Z";
}

} // namespace SageDesk::Local::InstanceProcesses
