#pragma once

#include <QString>

namespace SageDesk {

// Files and folders that hold keys, state or a person's data, kept to their owner (issue 15): folders
// are created 0700 from the start (never loosened and tightened later, which leaves a window), and a
// file that carries a secret is refused when someone else could have written or read it.
namespace PrivateFiles {

// Creates `path` and every missing parent with mode 0700 (an existing folder is left as it is).
bool makePath(const QString& path);

// Empty when `path` is owned by this user and neither group nor others may read or write it;
// otherwise a sentence for a person that names the file and what is wrong with it.
QString ownershipProblem(const QString& path);

} // namespace PrivateFiles

} // namespace SageDesk
