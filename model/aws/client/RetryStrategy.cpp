#include "aws/client/RetryStrategy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace SageDesk::Aws {

RetryStrategy::RetryStrategy(std::shared_ptr<RetryQuota> quota, RandomSource random, int maxAttempts,
                             std::chrono::milliseconds baseDelay)
    : m_quota(quota ? std::move(quota) : std::make_shared<RetryQuota>())
    , m_random(random ? std::move(random) : systemRandom())
    , m_maxAttempts(std::max(1, maxAttempts))
    , m_baseDelay(baseDelay)
{}

RetryStrategy::Decision RetryStrategy::onFailure(int attempt, const AwsError& error) const
{
    Decision decision;
    if (attempt >= m_maxAttempts || !error.isRetryable()) {
        return decision;
    }
    decision.quotaCost = m_quota->acquire(error.kind == AwsError::Kind::Timeout);
    if (decision.quotaCost == 0) {
        return decision;
    }
    decision.retry = true;
    decision.delay = backoff(attempt);
    return decision;
}

void RetryStrategy::onSuccess(int acquired) const
{
    m_quota->onSuccess(acquired);
}

std::chrono::milliseconds RetryStrategy::backoff(int attempt) const
{
    const double exponential = double(m_baseDelay.count()) * std::pow(2.0, std::max(0, attempt - 1));
    const double capped = std::min(double(kMaxBackoff.count()), exponential);
    const double factor = std::clamp(m_random(), 0.0, 1.0);
    return std::chrono::milliseconds(qint64(std::floor(factor * capped)));
}

RandomSource RetryStrategy::systemRandom()
{
    return [] { return QRandomGenerator::global()->generateDouble(); };
}

} // namespace SageDesk::Aws
