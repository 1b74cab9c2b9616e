#pragma once

#include "aws/credentials/CredentialsProvider.h"

#include <gtest/gtest.h>

#include <QTest>

#include <optional>

namespace SageDesk::Test {

// Asks a provider once and waits (running the event loop, at most 20 s) for its answer; a provider
// that never answers reads as the failure "no answer".
inline Aws::CredentialsResult askCredentials(Aws::CredentialsProvider& provider)
{
    std::optional<Aws::CredentialsResult> answer;
    provider.credentials([&answer](const Aws::CredentialsResult& result) { answer = result; });
    if (!answer) {
        EXPECT_TRUE(QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000));
    }
    return answer.value_or(Aws::CredentialsResult::failure(QStringLiteral("no answer")));
}

} // namespace SageDesk::Test
