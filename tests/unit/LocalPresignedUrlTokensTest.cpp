#include "local/presigned/PresignedUrlTokens.h"
#include "support/FixedClock.h"

#include <gtest/gtest.h>

using SageDesk::Test::FixedClock;

namespace SageDesk::Local {
namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

TEST(LocalPresignedUrlTokensTest, ATokenWorksOnceForItsInstance)
{
    FixedClock clock(kNow);
    PresignedUrlTokens tokens(clock);
    const QString token = tokens.issue(QStringLiteral("nb"), 1800);
    EXPECT_GE(token.size(), 40);
    EXPECT_NE(tokens.issue(QStringLiteral("nb"), 1800), token);
    const auto grant = tokens.redeem(token, QStringLiteral("nb"));
    ASSERT_TRUE(grant);
    EXPECT_EQ(grant->sessionSeconds, 1800);
    EXPECT_FALSE(tokens.redeem(token, QStringLiteral("nb")));
}

TEST(LocalPresignedUrlTokensTest, ATokenForAnotherInstanceIsSpentAndRefused)
{
    FixedClock clock(kNow);
    PresignedUrlTokens tokens(clock);
    const QString token = tokens.issue(QStringLiteral("nb"), 1800);
    EXPECT_FALSE(tokens.redeem(token, QStringLiteral("other")));
    EXPECT_FALSE(tokens.redeem(token, QStringLiteral("nb")));
}

TEST(LocalPresignedUrlTokensTest, ATokenExpiresAfterFiveMinutes)
{
    FixedClock clock(kNow);
    PresignedUrlTokens tokens(clock);
    const QString early = tokens.issue(QStringLiteral("nb"), 1800);
    const QString late = tokens.issue(QStringLiteral("nb"), 1800);
    clock.advanceSecs(299);
    EXPECT_TRUE(tokens.redeem(early, QStringLiteral("nb")));
    clock.advanceSecs(2);
    EXPECT_FALSE(tokens.redeem(late, QStringLiteral("nb")));
}

} // namespace
} // namespace SageDesk::Local
