#pragma once

#include "aws/client/AwsError.h"
#include "aws/client/RetryQuota.h"

#include <chrono>
#include <functional>
#include <memory>

namespace SageDesk::Aws {

// A source of uniformly distributed numbers in [0, 1); tests inject one that answers 0 so that
// retries happen without waiting.
using RandomSource = std::function<double()>;

// The SDKs' standard retry mode: at most 3 attempts, a backoff of
// random(0, 1) × min(20 s, base × 2^(attempt - 1)) before each retry, and the shared RetryQuota.
class RetryStrategy final
{
public:
    struct Decision
    {
        bool retry = false;
        std::chrono::milliseconds delay{0};
        int quotaCost = 0; // tokens taken for this retry
    };

    static constexpr int kMaxAttempts = 3;
    static constexpr std::chrono::milliseconds kMaxBackoff{20000};
    static constexpr std::chrono::milliseconds kBaseDelay{1000};

    explicit RetryStrategy(std::shared_ptr<RetryQuota> quota, RandomSource random = {},
                           int maxAttempts = kMaxAttempts, std::chrono::milliseconds baseDelay = kBaseDelay);

    int maxAttempts() const { return m_maxAttempts; }
    RetryQuota& quota() const { return *m_quota; }

    // Whether to retry after attempt `attempt` (1-based) failed with `error`, and after how long.
    Decision onFailure(int attempt, const AwsError& error) const;
    // The call succeeded; `acquired` is what its retries took from the quota.
    void onSuccess(int acquired) const;
    std::chrono::milliseconds backoff(int attempt) const;

    static RandomSource systemRandom();

private:
    std::shared_ptr<RetryQuota> m_quota;
    RandomSource m_random;
    int m_maxAttempts;
    std::chrono::milliseconds m_baseDelay;
};

} // namespace SageDesk::Aws
