#include "aws/signing/SigningKeyCache.h"

#include <QMutexLocker>

#include "aws/SigV4.h"

namespace SageDesk::Aws {

QByteArray SigningKeyCache::signingKey(QByteArrayView secretAccessKey, const SigV4Scope& scope)
{
    // The secret is part of the key so that new credentials never reuse an old signing key; the
    // cache lives in memory only.
    const QByteArray cacheKey = scope.toByteArray() + '\n' + secretAccessKey.toByteArray();
    QMutexLocker locker(&m_mutex);
    if (const auto found = m_keys.constFind(cacheKey); found != m_keys.cend()) {
        return found.value();
    }
    const QByteArray key = SigV4::deriveSigningKey(secretAccessKey, scope);
    ++m_derivations;
    if (m_keys.size() >= kMaxEntries) {
        // Scopes start with the date, so the smallest cache key is from the oldest day.
        auto oldest = m_keys.begin();
        for (auto it = m_keys.begin(); it != m_keys.end(); ++it) {
            if (it.key() < oldest.key()) {
                oldest = it;
            }
        }
        m_keys.erase(oldest);
    }
    m_keys.insert(cacheKey, key);
    return key;
}

void SigningKeyCache::clear()
{
    QMutexLocker locker(&m_mutex);
    m_keys.clear();
}

qsizetype SigningKeyCache::size() const
{
    QMutexLocker locker(&m_mutex);
    return m_keys.size();
}

quint64 SigningKeyCache::derivations() const
{
    QMutexLocker locker(&m_mutex);
    return m_derivations;
}

SigningKeyCache& SigningKeyCache::shared()
{
    static SigningKeyCache cache;
    return cache;
}

} // namespace SageDesk::Aws
