#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>

namespace ssc::loadgen {

// What a load run measured: per kind of request its calls, the HTTP requests they took (a call the terminal's
// client retried counts each attempt), their latencies and their answers by status; and what the visits
// achieved, which a test compares with the rows the platform wrote.
class LoadStats {
public:
    // One call answered (or given up): its kind, the final status (0: no HTTP answer), the attempts the
    // client made, the time from the call to its answer, retries included (what a terminal waits), and the
    // second of the run it was answered in (the timeline shows when errors happened, e.g. an instance
    // killed).
    void record(const QString& kind, int status, int attempts, double ms, int second);

    // What the visits achieved: "logins.ecard", "logins.card", "records.printed", "forms.filed",
    // "certifications", "logouts"…
    void count(const QString& outcome, qint64 by = 1) { m_outcomes[outcome] += by; }
    // The idempotency key of a submission that ended so ("forms.filed", "forms.refused"): a test checks
    // each against the platform's database (filed once, none lost).
    void keyOf(const QString& outcome, const QByteArray& key)
    {
        m_keys[outcome].append(QString::fromLatin1(key));
    }
    // A call answered "try again" (503) after the client's own retries, at this wall-clock time (ms since
    // the epoch): the report's first and last such moment bound what terminals saw of a failover.
    void tryAgainAt(qint64 epochMs);
    qint64 outcome(const QString& name) const;

    qint64 requests() const { return m_requests; }
    qint64 calls() const { return m_calls; }
    // Calls whose final answer was not a 2xx, by status ("0": no answer).
    std::map<int, qint64> errorsByStatus() const;

    // The throughput's window: the requests answered by the time calls stopped starting (--seconds), taken
    // then; the calls still in flight (an upload being analysed) are answered after it and counted in the
    // totals, not in the throughput.
    void closeWindow(double seconds);

    // The report after `seconds` of wall time, the last answer included: text for a person, JSON for a test.
    QString text(double seconds) const;
    QJsonObject json(double seconds) const;

private:
    struct Kind {
        qint64 calls = 0;
        qint64 requests = 0;
        QList<double> ms;
        std::map<int, qint64> statuses;
    };
    static double percentile(QList<double> values, double share);

    std::map<QString, Kind> m_kinds;
    std::map<QString, qint64> m_outcomes;
    std::map<QString, QStringList> m_keys;
    qint64 m_tryAgain = 0;
    qint64 m_firstTryAgainMs = 0;
    qint64 m_lastTryAgainMs = 0;
    struct Second {
        qint64 ok = 0;
        std::map<int, qint64> notOk; // by status
    };
    std::map<int, Second> m_timeline;
    qint64 m_requests = 0;
    qint64 m_calls = 0;
    double m_windowSeconds = -1;
    qint64 m_windowRequests = 0;
    double windowSeconds(double seconds) const { return m_windowSeconds < 0 ? seconds : m_windowSeconds; }
    qint64 windowRequests() const { return m_windowSeconds < 0 ? m_requests : m_windowRequests; }
};

} // namespace ssc::loadgen
