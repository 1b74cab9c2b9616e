#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace SageDesk {

// How often the console polls. Tests shrink these to milliseconds.
struct PollIntervals
{
    std::chrono::milliseconds busy{5000};         // an instance is in transition or an action is in flight
    std::chrono::milliseconds stable{60000};      // every instance is in a stable status
    std::chrono::milliseconds maxBackoff{300000}; // ceiling after repeated errors
};

// Decides when the next ListNotebookInstances is due: every 5 s while anything moves, every 60 s
// when all is stable, never while the window is hidden or minimized (and at once when it is shown
// again), doubling the wait after each consecutive error.
class PollScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollScheduler)

public:
    explicit PollScheduler(PollIntervals intervals = {}, QObject* parent = nullptr);
    ~PollScheduler() override;

    void setTransitional(bool anyInstanceTransitional);
    void actionStarted();
    void actionFinished();
    int actionsInFlight() const { return m_inFlight; }
    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }

    // The poll that pollDue() asked for has answered.
    void pollSucceeded();
    void pollFailed();
    int consecutiveErrors() const { return m_errors; }

    // Polls now and restarts the wait (F5, after switching account or region).
    void pollNow();
    void stop();

    std::chrono::milliseconds currentInterval() const;
    bool isScheduled() const { return m_timer.isActive(); }

signals:
    void pollDue();

private:
    void reschedule();

    PollIntervals m_intervals;
    QTimer m_timer;
    bool m_transitional = false;
    bool m_visible = true;
    bool m_stopped = false;
    int m_inFlight = 0;
    int m_errors = 0;
};

} // namespace SageDesk
