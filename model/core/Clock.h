#pragma once

#include <QDateTime>

namespace SageDesk {

// Time is injected wherever it decides behaviour (SigV4 dates, clock skew, polling, presigned URL
// expiry), so that tests can move it (tests/support/FixedClock.h). Production code uses Clock::system().
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime currentDateTimeUtc() const = 0;
    qint64 currentMSecsSinceEpoch() const { return currentDateTimeUtc().toMSecsSinceEpoch(); }

    static const Clock& system();
};

} // namespace SageDesk
