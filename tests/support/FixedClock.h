#pragma once

#include "core/Clock.h"

namespace SageDesk::Test {

// A clock that stands still until told to move: a test double for the Clock that production code
// injects wherever time decides behaviour (SigV4 dates, clock skew, polling, presigned URL expiry).
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

} // namespace SageDesk::Test
