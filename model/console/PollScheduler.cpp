#include "console/PollScheduler.h"

#include <algorithm>

namespace SageDesk {

PollScheduler::PollScheduler(PollIntervals intervals, QObject* parent)
    : QObject(parent)
    , m_intervals(intervals)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PollScheduler::pollDue);
}

PollScheduler::~PollScheduler() = default;

std::chrono::milliseconds PollScheduler::currentInterval() const
{
    const bool busy = m_transitional || m_inFlight > 0;
    std::chrono::milliseconds interval = busy ? m_intervals.busy : m_intervals.stable;
    if (m_errors > 0) {
        // Back off from the busy interval: an unreachable endpoint should be retried soon at first.
        const int doublings = std::min(m_errors - 1, 16);
        interval = std::min(m_intervals.maxBackoff,
                            std::chrono::milliseconds(m_intervals.busy.count() << doublings));
    }
    return interval;
}

void PollScheduler::reschedule()
{
    if (m_stopped || !m_visible) {
        m_timer.stop();
        return;
    }
    m_timer.start(currentInterval());
}

void PollScheduler::setTransitional(bool anyInstanceTransitional)
{
    if (m_transitional == anyInstanceTransitional) {
        return;
    }
    m_transitional = anyInstanceTransitional;
    // Only ever bring a poll forward; a pending short wait is not stretched to the long one.
    if (m_transitional && m_timer.isActive() && m_timer.remainingTimeAsDuration() > currentInterval()) {
        reschedule();
    }
}

void PollScheduler::actionStarted()
{
    ++m_inFlight;
    if (m_timer.isActive() && m_timer.remainingTimeAsDuration() > currentInterval()) {
        reschedule();
    }
}

void PollScheduler::actionFinished()
{
    m_inFlight = std::max(0, m_inFlight - 1);
}

void PollScheduler::setVisible(bool visible)
{
    if (m_visible == visible) {
        return;
    }
    m_visible = visible;
    if (!m_visible) {
        m_timer.stop();
    } else if (!m_stopped) {
        pollNow();
    }
}

void PollScheduler::pollSucceeded()
{
    m_errors = 0;
    reschedule();
}

void PollScheduler::pollFailed()
{
    ++m_errors;
    reschedule();
}

void PollScheduler::pollNow()
{
    m_stopped = false;
    m_timer.stop();
    if (m_visible) {
        emit pollDue();
    }
}

void PollScheduler::stop()
{
    m_stopped = true;
    m_timer.stop();
}

} // namespace SageDesk
