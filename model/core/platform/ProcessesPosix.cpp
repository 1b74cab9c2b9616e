#include "core/platform/Processes.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QProcess>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace SageDesk::Platform {

namespace {

#ifdef Q_OS_LINUX
// The socket inodes listening on `port` in one of /proc/net/tcp or tcp6 (state 0A is LISTEN).
QList<QByteArray> listeningSocketInodes(const QString& table, quint16 port)
{
    QList<QByteArray> inodes;
    QFile file(table);
    if (!file.open(QIODevice::ReadOnly)) {
        return inodes;
    }
    const QByteArray wantedPort = ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    file.readLine(); // the column names
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode ...
        if (fields.size() > 9 && fields[1].endsWith(wantedPort) && fields[3] == "0A") {
            inodes.append("socket:[" + fields[9] + ']');
        }
    }
    return inodes;
}
#endif

} // namespace

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

// Whether process `pid` runs as this user. Signal 0 only asks; EPERM means it exists but is someone
// else's, and a process of another user is never taken for this user's endpoint.
bool isProcessOfThisUser(qint64 pid)
{
    if (::kill(static_cast<pid_t>(pid), 0) != 0) {
        return false;
    }
#ifdef Q_OS_LINUX
    struct stat status = {};
    const QByteArray proc = "/proc/" + QByteArray::number(pid);
    return ::stat(proc.constData(), &status) == 0 && status.st_uid == ::geteuid();
#else
    return true;
#endif
}

// Whether process `pid` has a socket listening on `port`, so that a runtime file naming some other
// live process (a pid reused after a crash, or a file someone planted) does not send this user's
// key to whoever listens there.
bool processListensOn(qint64 pid, quint16 port)
{
#ifdef Q_OS_LINUX
    const QList<QByteArray> inodes = listeningSocketInodes(QStringLiteral("/proc/net/tcp"), port) +
                                     listeningSocketInodes(QStringLiteral("/proc/net/tcp6"), port);
    if (inodes.isEmpty()) {
        return false;
    }
    QDirIterator fds(QStringLiteral("/proc/%1/fd").arg(pid), QDir::Files | QDir::System);
    while (fds.hasNext()) {
        char target[64] = {};
        const ssize_t length =
            ::readlink(QFile::encodeName(fds.next()).constData(), target, sizeof(target) - 1);
        if (length > 0 && inodes.contains(QByteArray(target, length))) {
            return true;
        }
    }
    return false;
#else
    Q_UNUSED(pid)
    Q_UNUSED(port)
    return true;
#endif
}

void startInOwnProcessGroup(QProcess& process)
{
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
}

void killProcessTree(QProcess& process)
{
    const qint64 pid = process.processId();
    if (pid > 0) {
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
    }
    process.kill();
}

} // namespace SageDesk::Platform
