#include "core/PrivateFiles.h"

#include "core/platform/Files.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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
    return Platform::makePrivateDirectory(absolute);
}

QString ownershipProblem(const QString& path)
{
    switch (Platform::fileAccess(path)) {
    case Platform::FileAccess::Private:
        return {};
    case Platform::FileAccess::Unreadable:
        return tr("Cannot read %1.").arg(QDir::toNativeSeparators(path));
    case Platform::FileAccess::OwnedByOtherUser:
        return tr("%1 belongs to another user, so it is not used. Remove it, or start sagedesk-local with "
                  "a data directory of your own (--data-dir).")
            .arg(QDir::toNativeSeparators(path));
    case Platform::FileAccess::OtherUsersCanUse:
        return tr("%1 can be read or changed by other users, so it is not used. Make it private "
                  "(chmod 600) or remove it.")
            .arg(QDir::toNativeSeparators(path));
    }
    return {};
}

} // namespace SageDesk::PrivateFiles
