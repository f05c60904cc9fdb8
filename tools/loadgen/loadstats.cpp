#include "loadstats.h"

#include <QJsonArray>
#include <QTextStream>

#include <algorithm>

namespace ssc::loadgen {
namespace {

bool success(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

void LoadStats::record(const QString& kind, int status, int attempts, double ms, int second)
{
    Second& s = m_timeline[second];
    if (success(status))
        ++s.ok;
    else
        ++s.notOk[status];
    Kind& k = m_kinds[kind];
    ++k.calls;
    k.requests += attempts;
    k.ms.append(ms);
    ++k.statuses[status];
    ++m_calls;
    m_requests += attempts;
}

void LoadStats::tryAgainAt(qint64 epochMs)
{
    m_firstTryAgainMs = m_tryAgain == 0 ? epochMs : std::min(m_firstTryAgainMs, epochMs);
    m_lastTryAgainMs = std::max(m_lastTryAgainMs, epochMs);
    ++m_tryAgain;
}

void LoadStats::closeWindow(double seconds)
{
    m_windowSeconds = seconds;
    m_windowRequests = m_requests;
}

qint64 LoadStats::outcome(const QString& name) const
{
    const auto found = m_outcomes.find(name);
    return found == m_outcomes.end() ? 0 : found->second;
}

std::map<int, qint64> LoadStats::errorsByStatus() const
{
    std::map<int, qint64> errors;
    for (const auto& [name, kind] : m_kinds)
        for (const auto& [status, n] : kind.statuses)
            if (!success(status))
                errors[status] += n;
    return errors;
}

double LoadStats::percentile(QList<double> values, double share)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(share * double(values.size()))));
}

QString LoadStats::text(double seconds) const
{
    QString out;
    QTextStream s(&out);
    const double window = windowSeconds(seconds);
    s << QStringLiteral(
             "%1 requests answered in the first %2 s: %3 requests/s; in all %4 requests (%5 calls), "
             "the last answered after %6 s\n")
             .arg(windowRequests())
             .arg(window, 0, 'f', 1)
             .arg(window > 0 ? double(windowRequests()) / window : 0, 0, 'f', 1)
             .arg(m_requests)
             .arg(m_calls)
             .arg(seconds, 0, 'f', 1);
    s << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
             .arg(QStringLiteral("kind"), -22)
             .arg(QStringLiteral("calls"), 7)
             .arg(QStringLiteral("requests"), 9)
             .arg(QStringLiteral("p50 ms"), 9)
             .arg(QStringLiteral("p95 ms"), 9)
             .arg(QStringLiteral("p99 ms"), 9)
             .arg(QStringLiteral("not 2xx"), 8);
    for (const auto& [name, kind] : m_kinds) {
        qint64 failed = 0;
        for (const auto& [status, n] : kind.statuses)
            failed += success(status) ? 0 : n;
        s << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                 .arg(name, -22)
                 .arg(kind.calls, 7)
                 .arg(kind.requests, 9)
                 .arg(percentile(kind.ms, 0.50), 9, 'f', 2)
                 .arg(percentile(kind.ms, 0.95), 9, 'f', 2)
                 .arg(percentile(kind.ms, 0.99), 9, 'f', 2)
                 .arg(failed, 8);
    }
    s << QStringLiteral("answers not 2xx by status (0: no answer):");
    const auto errors = errorsByStatus();
    if (errors.empty())
        s << QStringLiteral(" none");
    for (const auto& [status, n] : errors)
        s << QStringLiteral(" %1: %2").arg(status).arg(n);
    s << QStringLiteral("\ndone:");
    for (const auto& [name, n] : m_outcomes)
        s << QStringLiteral(" %1 %2").arg(name).arg(n);
    s << '\n';
    return out;
}

QJsonObject LoadStats::json(double seconds) const
{
    QJsonObject kinds;
    for (const auto& [name, kind] : m_kinds) {
        QJsonObject statuses;
        for (const auto& [status, n] : kind.statuses)
            statuses.insert(QString::number(status), n);
        kinds.insert(name, QJsonObject{{QStringLiteral("calls"), kind.calls},
                                       {QStringLiteral("requests"), kind.requests},
                                       {QStringLiteral("p50Ms"), percentile(kind.ms, 0.50)},
                                       {QStringLiteral("p95Ms"), percentile(kind.ms, 0.95)},
                                       {QStringLiteral("p99Ms"), percentile(kind.ms, 0.99)},
                                       {QStringLiteral("statuses"), statuses}});
    }
    QJsonObject errors;
    for (const auto& [status, n] : errorsByStatus())
        errors.insert(QString::number(status), n);
    QJsonObject outcomes;
    for (const auto& [name, n] : m_outcomes)
        outcomes.insert(name, n);
    QJsonObject keys;
    for (const auto& [name, list] : m_keys)
        keys.insert(name, QJsonArray::fromStringList(list));
    QJsonArray timeline;
    for (const auto& [second, answers] : m_timeline) {
        QJsonObject notOk;
        for (const auto& [status, n] : answers.notOk)
            notOk.insert(QString::number(status), n);
        timeline.append(QJsonArray{second, answers.ok, notOk});
    }
    return {{QStringLiteral("seconds"), seconds},
            {QStringLiteral("requests"), m_requests},
            {QStringLiteral("calls"), m_calls},
            {QStringLiteral("windowSeconds"), windowSeconds(seconds)},
            {QStringLiteral("windowRequests"), windowRequests()},
            {QStringLiteral("requestsPerSecond"),
             windowSeconds(seconds) > 0 ? double(windowRequests()) / windowSeconds(seconds) : 0},
            {QStringLiteral("kinds"), kinds},
            {QStringLiteral("errorsByStatus"), errors},
            {QStringLiteral("outcomes"), outcomes},
            {QStringLiteral("keys"), keys},
            // calls answered "try again" (503), and the first and last moment (ms since the epoch)
            {QStringLiteral("tryAgain"), QJsonObject{{QStringLiteral("calls"), m_tryAgain},
                                                     {QStringLiteral("firstAtMs"), m_firstTryAgainMs},
                                                     {QStringLiteral("lastAtMs"), m_lastTryAgainMs}}},
            // [second, calls answered 2xx, {status: calls}] for each second with an answer
            {QStringLiteral("timeline"), timeline}};
}

} // namespace ssc::loadgen
