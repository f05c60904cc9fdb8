#pragma once

#include <QHash>
#include <QString>

namespace ssc::platform {

// Token buckets by key ("terminal:demo-kiosk", "person:42"): each holds at most `burst` requests and refills
// at `ratePerSecond`. Used on the serving thread only. Keys whose bucket has filled up again are forgotten,
// so the table stays as small as the set of recently busy keys.
class RateLimiter {
public:
    RateLimiter(double ratePerSecond, int burst) : m_rate(ratePerSecond), m_burst(burst) {}

    struct Verdict {
        bool admitted = true;
        int retryAfterSeconds = 0; // when refused: until one request's worth has refilled
    };
    Verdict admit(const QString& key, qint64 nowMs);

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    void forgetFullBuckets(qint64 nowMs);

    double m_rate;
    double m_burst;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace ssc::platform
