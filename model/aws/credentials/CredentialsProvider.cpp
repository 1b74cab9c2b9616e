#include "aws/credentials/CredentialsProvider.h"

#include <QPointer>

namespace SageDesk::Aws {

CredentialsProvider::CredentialsProvider(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{}

CredentialsProvider::~CredentialsProvider() = default;

void CredentialsProvider::credentials(Callback callback)
{
    if (m_cached.isValid() && !m_cached.expiresWithin(m_clock.currentDateTimeUtc(), m_refreshMargin)) {
        callback(CredentialsResult::success(m_cached));
        return;
    }
    m_waiting.append(std::move(callback));
    if (m_fetching) {
        return;
    }
    m_fetching = true;
    QPointer<CredentialsProvider> self(this);
    fetch([self](const CredentialsResult& result) {
        if (self) {
            self->finishFetch(result);
        }
    });
}

void CredentialsProvider::invalidate()
{
    m_cached = {};
}

void CredentialsProvider::finishFetch(const CredentialsResult& result)
{
    m_fetching = false;
    if (result.ok()) {
        m_cached = result.credentials;
    }
    // Callbacks may ask for credentials again; they must find a consistent state.
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback& callback : waiting) {
        callback(result.ok() ? CredentialsResult::success(m_cached) : result);
    }
    if (result.ok()) {
        emit credentialsRefreshed();
    } else {
        emit credentialsFailed(result.error);
    }
}

} // namespace SageDesk::Aws
