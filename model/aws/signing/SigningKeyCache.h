#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QMutex>

#include "aws/signing/SigV4Scope.h"

namespace SageDesk::Aws {

// Signing keys are derived with four HMACs and are valid for a whole day, region and service, so they
// are kept. Thread-safe; bounded (the oldest day is dropped first).
class SigningKeyCache final
{
public:
    SigningKeyCache() = default;
    Q_DISABLE_COPY_MOVE(SigningKeyCache)

    QByteArray signingKey(QByteArrayView secretAccessKey, const SigV4Scope& scope);
    void clear();
    qsizetype size() const;
    // Derivations done so far (cache misses); for tests and benchmarks.
    quint64 derivations() const;

    // The cache the whole-request helpers use when none is given.
    static SigningKeyCache& shared();

    static constexpr qsizetype kMaxEntries = 64;

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, QByteArray> m_keys;
    quint64 m_derivations = 0;
};

} // namespace SageDesk::Aws
