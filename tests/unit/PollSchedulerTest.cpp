#include "console/PollScheduler.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

using namespace SageDesk;
using namespace std::chrono_literals;

namespace {

PollIntervals fastIntervals()
{
    return {20ms, 400ms, 160ms};
}

} // namespace

TEST(PollScheduler, PollsFastWhileAnythingMovesAndSlowWhenStable)
{
    PollScheduler scheduler(fastIntervals());
    EXPECT_EQ(scheduler.currentInterval(), 400ms);
    scheduler.setTransitional(true);
    EXPECT_EQ(scheduler.currentInterval(), 20ms);
    scheduler.setTransitional(false);
    scheduler.actionStarted();
    EXPECT_EQ(scheduler.currentInterval(), 20ms);
    scheduler.actionFinished();
    EXPECT_EQ(scheduler.currentInterval(), 400ms);
}

TEST(PollScheduler, BacksOffAfterErrorsAndRecovers)
{
    PollScheduler scheduler(fastIntervals());
    scheduler.pollFailed();
    EXPECT_EQ(scheduler.currentInterval(), 20ms);
    scheduler.pollFailed();
    EXPECT_EQ(scheduler.currentInterval(), 40ms);
    scheduler.pollFailed();
    EXPECT_EQ(scheduler.currentInterval(), 80ms);
    for (int i = 0; i < 40; ++i) {
        scheduler.pollFailed();
    }
    EXPECT_EQ(scheduler.currentInterval(), 160ms);
    scheduler.pollSucceeded();
    EXPECT_EQ(scheduler.consecutiveErrors(), 0);
    EXPECT_EQ(scheduler.currentInterval(), 400ms);
}

TEST(PollScheduler, FiresRepeatedlyWhileVisibleAndNeverWhileHidden)
{
    PollScheduler scheduler(fastIntervals());
    scheduler.setTransitional(true);
    QSignalSpy due(&scheduler, &PollScheduler::pollDue);
    // Each answered poll schedules the next one, as ConsoleSession does.
    QObject::connect(&scheduler, &PollScheduler::pollDue, &scheduler, &PollScheduler::pollSucceeded);
    scheduler.pollNow();
    EXPECT_EQ(due.count(), 1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return due.count() >= 4; }, 5000));

    scheduler.setVisible(false);
    EXPECT_FALSE(scheduler.isScheduled());
    const int whileHidden = int(due.count());
    QTest::qWait(100);
    EXPECT_EQ(due.count(), whileHidden);

    scheduler.setVisible(true); // polls at once when shown again
    EXPECT_EQ(due.count(), whileHidden + 1);
    EXPECT_TRUE(scheduler.isScheduled());
}

TEST(PollScheduler, AnActionBringsALongWaitForward)
{
    PollScheduler scheduler({20ms, 60000ms, 160ms});
    QSignalSpy due(&scheduler, &PollScheduler::pollDue);
    scheduler.pollSucceeded(); // now waiting the stable minute
    EXPECT_TRUE(scheduler.isScheduled());
    scheduler.actionStarted();
    EXPECT_TRUE(QTest::qWaitFor([&] { return due.count() == 1; }, 5000));
    scheduler.stop();
    EXPECT_FALSE(scheduler.isScheduled());
}
