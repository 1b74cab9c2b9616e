#pragma once

#include <QString>

class QFile;

// The operating system's view of files that hold secrets (the endpoint's keys, the data directory):
// who owns them, who else may read them, and writes that must not tear. One implementation per
// platform: FilesPosix.cpp (Linux, macOS), FilesWindows.cpp; CMake builds the one of the target.
namespace SageDesk::Platform {

// Creates the directory `path` (its parent must exist) readable by this user only: mode 0700 on
// POSIX; on Windows it inherits the ACL of its parent, which under the user's profile is private.
// True when it exists as a directory afterwards.
bool makePrivateDirectory(const QString& path);

enum class FileAccess
{
    Private,          // this user's, and nobody else may read or change it
    OtherUsersCanUse, // this user's, but group or others have access (POSIX mode bits)
    OwnedByOtherUser,
    Unreadable, // its owner could not be read
};
// Windows: the owner is compared with this user; the ACL is not inspected (files under the user's
// profile inherit its private ACL).
FileAccess fileAccess(const QString& path);

// Writes the file's buffered data through to the disk (fsync, _commit): true on success.
bool flushToDisk(QFile& file);

enum class LinkResult
{
    Linked,
    Exists, // `to` exists already; nothing changed
    Failed,
};
// A hard link `to` of the file `from`, failing (Exists) when `to` exists: a create-exclusive rename
// that keeps `from`. `error` gets the system's text on Failed.
LinkResult linkExclusive(const QString& from, const QString& to, QString* error);

// Asks the filesystem to place each directory made in the directory `path` as it places top-level
// ones: in an inode group of its own (ext2/3/4's Orlov allocator, `chattr +T`). Files made by the
// thousand in such a directory then do not share a group with the churn of /tmp, where ext4 without
// a journal checks every inode freed in the last minutes, one by one, before it reuses one (measured
// here: 1.3 ms per new file, 40 us in a spread directory). False where there is no such hint.
bool spreadSubdirectories(const QString& path);

} // namespace SageDesk::Platform
