#pragma once

#include <QByteArrayView>

namespace SageDesk::Local {

// Whether two secrets (signatures, tokens) are equal, in a time that does not depend on where they
// differ, so a peer cannot find a valid one byte by byte.
inline bool equalInConstantTime(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return difference == 0;
}

} // namespace SageDesk::Local
