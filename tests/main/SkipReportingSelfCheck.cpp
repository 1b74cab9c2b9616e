// Not a suite of its own: tools/check-skip-reporting.sh runs these three through ctest with the
// properties every suite gets, and proves that only a clean skip is reported as skipped.
#include <gtest/gtest.h>

#include <cstdio>

TEST(SkipReporting, SkipsCleanly)
{
    GTEST_SKIP() << "nothing to test here";
}

// What a helper's output (or a skipped step) may print before the test goes on and fails.
TEST(SkipReporting, PrintsSkippedThenFails)
{
    std::printf("[  SKIPPED ] something printed this\n");
    std::fflush(stdout);
    ADD_FAILURE() << "failed after printing [  SKIPPED ]";
}

TEST(SkipReporting, SkipsAfterAFailure)
{
    ADD_FAILURE() << "failed before skipping";
    GTEST_SKIP() << "a skip does not undo a failure";
}
