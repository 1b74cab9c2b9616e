#include "local/runtime/InstanceProcesses.h"

#include "local/runtime/InstanceProcessesPlatform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

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

QList<qint64> processesWithEnvironmentEntry(const QByteArray& entry)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& name : entries) {
        bool isPid = false;
        const qint64 pid = name.toLongLong(&isPid);
        if (!isPid || pid == QCoreApplication::applicationPid()) {
            continue;
        }
        const QList<QByteArray> variables = readProcFile(pid, "environ").split('\0');
        if (variables.contains(entry) && isAlive(pid)) {
            pids.append(pid);
        }
    }
    return pids;
}

bool isZombie(qint64 pid)
{
    // "pid (comm) S ...": the state follows the last ')' since comm may contain anything.
    const QByteArray stat = readProcFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    return close >= 0 && stat.mid(close + 2, 1) == "Z";
}

} // namespace SageDesk::Local::InstanceProcesses
