#include "aws/client/RetryQuota.h"

#include <algorithm>

namespace SageDesk::Aws {

RetryQuota::RetryQuota(int capacity)
    : m_capacity(capacity)
    , m_available(capacity)
{}

int RetryQuota::acquire(bool afterTimeout)
{
    const int cost = afterTimeout ? kTimeoutRetryCost : kRetryCost;
    if (m_available < cost) {
        return 0;
    }
    m_available -= cost;
    return cost;
}

void RetryQuota::onSuccess(int acquired)
{
    m_available = std::min(m_capacity, m_available + (acquired > 0 ? acquired : kNoRetryIncrement));
}

} // namespace SageDesk::Aws
