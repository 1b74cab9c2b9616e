#include "core/platform/Files.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef Q_OS_LINUX
#include <linux/fs.h>
#include <sys/ioctl.h>
#endif

namespace SageDesk::Platform {

bool makePrivateDirectory(const QString& path)
{
    return ::mkdir(QFile::encodeName(path).constData(), S_IRWXU) == 0 ||
           (errno == EEXIST && QFileInfo(path).isDir());
}

FileAccess fileAccess(const QString& path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return FileAccess::Unreadable;
    }
    if (status.st_uid != ::geteuid()) {
        return FileAccess::OwnedByOtherUser;
    }
    return (status.st_mode & (S_IRWXG | S_IRWXO)) != 0 ? FileAccess::OtherUsersCanUse : FileAccess::Private;
}

bool flushToDisk(QFile& file)
{
    return file.flush() && ::fsync(file.handle()) == 0;
}

LinkResult linkExclusive(const QString& from, const QString& to, QString* error)
{
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0) {
        return LinkResult::Linked;
    }
    if (errno == EEXIST) {
        return LinkResult::Exists;
    }
    if (error) {
        *error = QString::fromLocal8Bit(::strerror(errno));
    }
    return LinkResult::Failed;
}

bool spreadSubdirectories(const QString& path)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    int flags = 0;
    bool spread = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (spread && (flags & FS_TOPDIR_FL) == 0) {
        flags |= FS_TOPDIR_FL;
        spread = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return spread;
#else
    Q_UNUSED(path)
    return false;
#endif
}

} // namespace SageDesk::Platform
