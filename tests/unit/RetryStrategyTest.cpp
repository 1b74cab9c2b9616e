#include "aws/client/RetryStrategy.h"

#include <gtest/gtest.h>

using namespace SageDesk::Aws;
using namespace std::chrono_literals;

namespace {

AwsError serviceError(const QString& code, int status)
{
    AwsError error;
    error.code = code;
    error.httpStatus = status;
    return error;
}

} // namespace

TEST(RetryStrategy, BackoffIsRandomTimesCappedExponential)
{
    double factor = 1.0;
    const RetryStrategy strategy(std::make_shared<RetryQuota>(), [&] { return factor; });
    EXPECT_EQ(strategy.backoff(1), 1000ms);
    EXPECT_EQ(strategy.backoff(2), 2000ms);
    EXPECT_EQ(strategy.backoff(5), 16000ms);
    EXPECT_EQ(strategy.backoff(6), 20000ms); // capped at 20 s
    EXPECT_EQ(strategy.backoff(30), 20000ms);
    factor = 0.5;
    EXPECT_EQ(strategy.backoff(2), 1000ms);
    factor = 0.0;
    EXPECT_EQ(strategy.backoff(6), 0ms);
}

TEST(RetryStrategy, RetriesThrottlingTransientAndServerErrorsOnly)
{
    const RetryStrategy strategy(std::make_shared<RetryQuota>(), [] { return 0.0; });
    EXPECT_TRUE(strategy.onFailure(1, serviceError(QStringLiteral("ThrottlingException"), 400)).retry);
    EXPECT_TRUE(strategy.onFailure(1, serviceError(QStringLiteral("Throttling"), 400)).retry);
    EXPECT_TRUE(strategy.onFailure(1, serviceError(QStringLiteral("RequestLimitExceeded"), 503)).retry);
    EXPECT_TRUE(strategy.onFailure(1, serviceError(QStringLiteral("TooManyRequestsException"), 429)).retry);
    EXPECT_TRUE(strategy.onFailure(1, serviceError(QStringLiteral("Anything"), 502)).retry);
    EXPECT_TRUE(strategy.onFailure(1, serviceError(QStringLiteral("Anything"), 504)).retry);
    EXPECT_TRUE(strategy.onFailure(1, AwsError::network(QStringLiteral("s"), QStringLiteral("reset"))).retry);
    EXPECT_FALSE(strategy.onFailure(1, serviceError(QStringLiteral("ValidationException"), 400)).retry);
    EXPECT_FALSE(strategy.onFailure(1, serviceError(QStringLiteral("ResourceInUse"), 400)).retry);
    EXPECT_FALSE(strategy.onFailure(1, serviceError(QStringLiteral("AccessDeniedException"), 403)).retry);
    EXPECT_FALSE(
        strategy.onFailure(1, AwsError::credentials(QStringLiteral("s"), QStringLiteral("none"))).retry);
}

TEST(RetryStrategy, StopsAfterThreeAttempts)
{
    const RetryStrategy strategy(std::make_shared<RetryQuota>(), [] { return 0.0; });
    const AwsError error = serviceError(QStringLiteral("InternalFailure"), 500);
    EXPECT_EQ(strategy.maxAttempts(), 3);
    EXPECT_TRUE(strategy.onFailure(1, error).retry);
    EXPECT_TRUE(strategy.onFailure(2, error).retry);
    EXPECT_FALSE(strategy.onFailure(3, error).retry);
}

TEST(RetryQuota, CostsFiveTenForTimeoutsAndRefundsOnSuccess)
{
    auto quota = std::make_shared<RetryQuota>();
    const RetryStrategy strategy(quota, [] { return 0.0; });
    const auto decision = strategy.onFailure(1, serviceError(QStringLiteral("ThrottlingException"), 400));
    EXPECT_EQ(decision.quotaCost, 5);
    EXPECT_EQ(quota->available(), 495);
    const auto timeout =
        strategy.onFailure(1, AwsError::timeout(QStringLiteral("s"), QStringLiteral("slow")));
    EXPECT_EQ(timeout.quotaCost, 10);
    EXPECT_EQ(quota->available(), 485);
    strategy.onSuccess(decision.quotaCost + timeout.quotaCost);
    EXPECT_EQ(quota->available(), 500);
    strategy.onSuccess(0); // a first-attempt success adds 1, never above the capacity
    EXPECT_EQ(quota->available(), 500);
}

TEST(RetryQuota, AnEmptyBucketRefusesRetries)
{
    auto quota = std::make_shared<RetryQuota>(12);
    const RetryStrategy strategy(quota, [] { return 0.0; });
    const AwsError error = serviceError(QStringLiteral("ServiceUnavailable"), 503);
    EXPECT_TRUE(strategy.onFailure(1, error).retry);
    EXPECT_TRUE(strategy.onFailure(1, error).retry);
    EXPECT_EQ(quota->available(), 2);
    const auto refused = strategy.onFailure(1, error);
    EXPECT_FALSE(refused.retry);
    EXPECT_EQ(refused.quotaCost, 0);
    strategy.onSuccess(0);
    EXPECT_EQ(quota->available(), 3);
}
