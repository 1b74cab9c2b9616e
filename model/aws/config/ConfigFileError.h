#pragma once

#include <QString>

namespace SageDesk::Aws {

// A problem in ~/.aws/config or ~/.aws/credentials, precise enough to fix it by hand.
struct ConfigFileError
{
    QString file;
    int line = 0;    // 1-based; 0 when the problem is not on one line (e.g. unreadable file)
    QString problem; // translated

    // "<file>, line <n>: <problem>" (translated).
    QString toString() const;
};

} // namespace SageDesk::Aws
