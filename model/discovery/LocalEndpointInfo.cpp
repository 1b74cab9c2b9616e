#include "discovery/LocalEndpointInfo.h"

#include "core/PrivateFiles.h"
#include "discovery/LocalCredentials.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace SageDesk::Local {

namespace {

// Whether process `pid` runs as this user. Signal 0 only asks; EPERM means it exists but is someone
// else's, and a process of another user is never taken for this user's endpoint.
bool isLiveProcessOfThisUser(qint64 pid)
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

// Whether process `pid` has a socket listening on `port`, so that a runtime file naming some other
// live process (a pid reused after a crash, or a file someone planted) does not send this user's
// key to whoever listens there.
bool listensOn(qint64 pid, quint16 port)
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

} // namespace

QString LocalEndpointInfo::defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("sagedesk-local"));
}

QString LocalEndpointInfo::filePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("endpoint.json"));
}

std::optional<LocalEndpointInfo> LocalEndpointInfo::read(const QString& dataDir, QString* problem)
{
    QFile file(filePath(dataDir));
    if (!file.exists()) {
        return std::nullopt;
    }
    if (QString why = PrivateFiles::ownershipProblem(file.fileName()); !why.isEmpty()) {
        if (problem) {
            *problem = std::move(why);
        }
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    LocalEndpointInfo info;
    info.port = static_cast<quint16>(json.value(QLatin1String("port")).toInt());
    info.pid = json.value(QLatin1String("pid")).toInteger();
    info.region = json.value(QLatin1String("region")).toString();
    if (info.port == 0 || info.pid <= 0 || !isLiveProcessOfThisUser(info.pid) ||
        !listensOn(info.pid, info.port)) {
        return std::nullopt;
    }
    return info;
}

bool LocalEndpointInfo::write(const QString& dataDir) const
{
    PrivateFiles::makePath(dataDir);
    QSaveFile file(filePath(dataDir));
    const QJsonObject json{{QStringLiteral("port"), port},
                           {QStringLiteral("pid"), pid},
                           {QStringLiteral("region"), region},
                           {QStringLiteral("endpointUrl"), endpointUrl()}};
    // Private before any byte is written: readers refuse a runtime file that others can read.
    return file.open(QIODevice::WriteOnly) &&
           file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
           file.write(QJsonDocument(json).toJson()) >= 0 && file.commit();
}

QString LocalEndpointInfo::environmentLines(const LocalCredentials& credentials) const
{
    // Both region variables: the SDKs of newer generations read AWS_REGION, botocore (boto3 and the
    // aws CLI) reads only AWS_DEFAULT_REGION and stops with "You must specify a region" without it.
    return QStringLiteral(
               "export AWS_ACCESS_KEY_ID=%1\nexport AWS_SECRET_ACCESS_KEY=%2\nexport AWS_REGION=%3\n"
               "export AWS_DEFAULT_REGION=%3\nexport AWS_ENDPOINT_URL=%4\n")
        .arg(credentials.accessKeyId, credentials.secretAccessKey, region, endpointUrl());
}

void LocalEndpointInfo::remove(const QString& dataDir)
{
    QFile::remove(filePath(dataDir));
}

} // namespace SageDesk::Local
