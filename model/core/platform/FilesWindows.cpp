#include "core/platform/Files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <io.h>
#include <qt_windows.h>

// Qt reads NTFS owners only while this counter is positive (Qt 6.4; later releases wrap it in
// qAreNtfsPermissionChecksEnabled()).
extern Q_CORE_EXPORT int qt_ntfs_permission_lookup;

namespace SageDesk::Platform {

namespace {

QString userName()
{
    wchar_t name[257] = {};
    DWORD size = 257;
    return ::GetUserNameW(name, &size) ? QString::fromWCharArray(name) : QString();
}

QString lastErrorText()
{
    wchar_t* text = nullptr;
    ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                         FORMAT_MESSAGE_IGNORE_INSERTS,
                     nullptr, ::GetLastError(), 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    const QString message = text ? QString::fromWCharArray(text).trimmed() : QString();
    ::LocalFree(text);
    return message;
}

} // namespace

bool makePrivateDirectory(const QString& path)
{
    return QDir().mkdir(path) || QFileInfo(path).isDir();
}

FileAccess fileAccess(const QString& path)
{
    ++qt_ntfs_permission_lookup;
    const QString owner = QFileInfo(path).owner();
    --qt_ntfs_permission_lookup;
    if (owner.isEmpty()) {
        return FileAccess::Unreadable;
    }
    return owner.compare(userName(), Qt::CaseInsensitive) == 0 ? FileAccess::Private
                                                               : FileAccess::OwnedByOtherUser;
}

bool flushToDisk(QFile& file)
{
    return file.flush() && ::_commit(file.handle()) == 0;
}

LinkResult linkExclusive(const QString& from, const QString& to, QString* error)
{
    const std::wstring target = QDir::toNativeSeparators(to).toStdWString();
    const std::wstring source = QDir::toNativeSeparators(from).toStdWString();
    if (::CreateHardLinkW(target.c_str(), source.c_str(), nullptr)) {
        return LinkResult::Linked;
    }
    if (::GetLastError() == ERROR_ALREADY_EXISTS) {
        return LinkResult::Exists;
    }
    if (error) {
        *error = lastErrorText();
    }
    return LinkResult::Failed;
}

bool spreadSubdirectories(const QString& path)
{
    Q_UNUSED(path)
    return false; // NTFS has no such hint
}

} // namespace SageDesk::Platform
