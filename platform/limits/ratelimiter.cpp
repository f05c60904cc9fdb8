#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace ssc::platform {

RateLimiter::Verdict RateLimiter::admit(const QString& key, qint64 nowMs)
{
    forgetFullBuckets(nowMs);
    auto found = m_buckets.find(key);
    if (found == m_buckets.end())
        found = m_buckets.insert(key, {m_burst, nowMs});
    Bucket& bucket = found.value();
    bucket.tokens =
        std::min(m_burst, bucket.tokens + static_cast<double>(nowMs - bucket.updatedMs) / 1000.0 * m_rate);
    bucket.updatedMs = nowMs;
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return {};
    }
    return {false, std::max(1, static_cast<int>(std::ceil((1 - bucket.tokens) / m_rate)))};
}

void RateLimiter::forgetFullBuckets(qint64 nowMs)
{
    // Once a minute at most: a bucket untouched long enough to have refilled holds nothing worth keeping.
    if (nowMs - m_lastSweepMs < 60'000)
        return;
    m_lastSweepMs = nowMs;
    const double refillMs = m_burst / m_rate * 1000.0;
    m_buckets.removeIf([nowMs, refillMs](const auto& entry) {
        return static_cast<double>(nowMs - entry.value().updatedMs) >= refillMs;
    });
}

} // namespace ssc::platform
