#include "core/platform/Files.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

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

} // namespace SageDesk::Platform
