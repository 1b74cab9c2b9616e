#include "core/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace SageDesk::PrivateFiles {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SageDesk::PrivateFiles", text);
}

} // namespace

bool makePath(const QString& path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(absolute).isDir()) {
        return true;
    }
    const QString parent = QFileInfo(absolute).path();
    if (parent != absolute && !makePath(parent)) {
        return false;
    }
    const QByteArray native = QFile::encodeName(absolute);
    return ::mkdir(native.constData(), S_IRWXU) == 0 || (errno == EEXIST && QFileInfo(absolute).isDir());
}

QString ownershipProblem(const QString& path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return tr("Cannot read %1.").arg(QDir::toNativeSeparators(path));
    }
    if (status.st_uid != ::geteuid()) {
        return tr("%1 belongs to another user, so it is not used. Remove it, or start sagedesk-local with "
                  "a data directory of your own (--data-dir).")
            .arg(QDir::toNativeSeparators(path));
    }
    if ((status.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return tr("%1 can be read or changed by other users, so it is not used. Make it private "
                  "(chmod 600) or remove it.")
            .arg(QDir::toNativeSeparators(path));
    }
    return {};
}

} // namespace SageDesk::PrivateFiles
