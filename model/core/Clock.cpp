#include "core/Clock.h"

namespace SageDesk {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime currentDateTimeUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace SageDesk
