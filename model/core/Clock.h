#pragma once

#include <QDateTime>

namespace SageDesk {

// Time is injected wherever it decides behaviour (SigV4 dates, clock skew, polling, presigned URL
// expiry), so that tests can move it. Production code uses Clock::system().
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime currentDateTimeUtc() const = 0;
    qint64 currentMSecsSinceEpoch() const { return currentDateTimeUtc().toMSecsSinceEpoch(); }

    static const Clock& system();
};

// A clock that stands still until told to move; for tests and for replaying recorded requests.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime currentDateTimeUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceSecs(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace SageDesk
