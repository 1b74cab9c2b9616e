#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

#include "aws/credentials/Credentials.h"
#include "core/Clock.h"

namespace SageDesk::Aws {

// What a provider answers: credentials, or a translated, secret-free error for a person to read.
struct CredentialsResult
{
    Credentials credentials;
    QString error;

    bool ok() const { return error.isEmpty() && credentials.isValid(); }
    static CredentialsResult success(Credentials credentials) { return {std::move(credentials), {}}; }
    static CredentialsResult failure(QString error) { return {{}, std::move(error)}; }
};

// Asynchronous source of credentials. credentials() answers from the cache while the cached ones are
// more than refreshMargin() away from expiry, otherwise asks fetch() again; requests that arrive while
// a fetch runs wait for that same fetch. The callback may run before credentials() returns (cache hit
// or a provider that needs no I/O) and always runs on the provider's thread.
class CredentialsProvider : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialsResult&)>;

    explicit CredentialsProvider(const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~CredentialsProvider() override;

    void credentials(Callback callback);
    // Forgets the cached credentials (e.g. after ExpiredToken); the next request fetches again.
    void invalidate();
    // The credentials cached now, if any (may be expired).
    const Credentials& cached() const { return m_cached; }

    std::chrono::seconds refreshMargin() const { return m_refreshMargin; }
    void setRefreshMargin(std::chrono::seconds margin) { m_refreshMargin = margin; }
    const Clock& clock() const { return m_clock; }

    // "environment", "profile dev", ...: for messages and the status bar.
    virtual QString name() const = 0;

signals:
    // New credentials arrived from fetch().
    void credentialsRefreshed();
    // fetch() failed; `error` is translated and secret-free.
    void credentialsFailed(const QString& error);

protected:
    // Gets fresh credentials and calls `done` exactly once (now or later, on this thread).
    virtual void fetch(Callback done) = 0;

private:
    void finishFetch(const CredentialsResult& result);

    const Clock& m_clock;
    std::chrono::seconds m_refreshMargin{std::chrono::minutes(5)};
    Credentials m_cached;
    bool m_fetching = false;
    QList<Callback> m_waiting;
};

} // namespace SageDesk::Aws
