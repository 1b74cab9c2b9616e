#pragma once

#include <QtGlobal>

namespace SageDesk::Aws {

// The retry token bucket of the SDKs' standard mode, shared by every call of one client: a retry
// costs 5 tokens (10 after a timeout), a success gives back what its retries took, or 1 when it
// needed none. When the bucket is empty, failures are returned at once instead of retried, so a
// struggling service is not hammered.
class RetryQuota final
{
    Q_DISABLE_COPY_MOVE(RetryQuota)

public:
    static constexpr int kCapacity = 500;
    static constexpr int kRetryCost = 5;
    static constexpr int kTimeoutRetryCost = 10;
    static constexpr int kNoRetryIncrement = 1;

    explicit RetryQuota(int capacity = kCapacity);

    // Takes the cost of one retry; returns the tokens taken, or 0 when the bucket cannot pay.
    int acquire(bool afterTimeout);
    // A call succeeded; `acquired` is what its retries took from the bucket.
    void onSuccess(int acquired);

    int available() const { return m_available; }
    int capacity() const { return m_capacity; }

private:
    int m_capacity;
    int m_available;
};

} // namespace SageDesk::Aws
