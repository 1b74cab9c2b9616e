#include "local/runtime/InstanceProcesses.h"

#include "local/runtime/InstanceProcessesPlatform.h"

#include <QCoreApplication>

#include <cstring>
#include <libproc.h>
#include <sys/proc.h>
#include <sys/sysctl.h>
#include <vector>

namespace SageDesk::Local::InstanceProcesses {

namespace {

// KERN_PROCARGS2 gives argc, the executable path, its padding, argv and then the environment, each
// entry ending in '\0'. Readable for the processes of the same user, which are the ones we start.
QList<QByteArray> environmentOf(pid_t pid)
{
    int argumentsMax = 0;
    size_t size = sizeof(argumentsMax);
    int argmaxName[] = {CTL_KERN, KERN_ARGMAX};
    if (::sysctl(argmaxName, 2, &argumentsMax, &size, nullptr, 0) != 0 || argumentsMax <= 0) {
        return {};
    }
    QByteArray buffer(argumentsMax, '\0');
    size = static_cast<size_t>(buffer.size());
    int name[] = {CTL_KERN, KERN_PROCARGS2, pid};
    if (::sysctl(name, 3, buffer.data(), &size, nullptr, 0) != 0 || size < sizeof(int)) {
        return {};
    }
    buffer.truncate(static_cast<qsizetype>(size));
    int argc = 0;
    std::memcpy(&argc, buffer.constData(), sizeof(argc));
    qsizetype at = buffer.indexOf('\0', sizeof(int)); // end of the executable path
    while (at >= 0 && at < buffer.size() && buffer.at(at) == '\0') {
        ++at;
    }
    for (int i = 0; i < argc && at >= 0; ++i) {
        at = buffer.indexOf('\0', at);
        if (at >= 0) {
            ++at;
        }
    }
    if (at < 0) {
        return {};
    }
    QList<QByteArray> variables;
    while (at < buffer.size() && buffer.at(at) != '\0') {
        const qsizetype end = buffer.indexOf('\0', at);
        variables.append(buffer.mid(at, end < 0 ? -1 : end - at));
        at = end < 0 ? buffer.size() : end + 1;
    }
    return variables;
}

} // namespace

QList<qint64> processesWithEnvironmentEntry(const QByteArray& entry)
{
    std::vector<pid_t> all(static_cast<size_t>(qMax(::proc_listallpids(nullptr, 0), 0) + 64));
    const int count = ::proc_listallpids(all.data(), static_cast<int>(all.size() * sizeof(pid_t)));
    QList<qint64> pids;
    for (int i = 0; i < count; ++i) {
        const qint64 pid = all[static_cast<size_t>(i)];
        if (pid <= 0 || pid == QCoreApplication::applicationPid()) {
            continue;
        }
        if (environmentOf(static_cast<pid_t>(pid)).contains(entry) && isAlive(pid)) {
            pids.append(pid);
        }
    }
    return pids;
}

bool isZombie(qint64 pid)
{
    kinfo_proc info = {};
    size_t size = sizeof(info);
    int name[] = {CTL_KERN, KERN_PROC, KERN_PROC_PID, static_cast<int>(pid)};
    return ::sysctl(name, 4, &info, &size, nullptr, 0) == 0 && size > 0 && info.kp_proc.p_stat == SZOMB;
}

} // namespace SageDesk::Local::InstanceProcesses
