#include "signinthrottle.h"

#include "storage/database.h"

#include <algorithm>

namespace ssc::platform {

qint64 SignInThrottle::blockAfter(const Rule& rule, int failures)
{
    if (failures <= rule.freeFailures)
        return 0;
    qint64 block = rule.firstBlockMs;
    for (int i = rule.freeFailures + 1; i < failures && block < rule.longestBlockMs; ++i)
        block *= 2;
    return std::min(block, rule.longestBlockMs);
}

int SignInThrottle::wrongBeforeBlock(const Rule& rule, int failures)
{
    return std::max(1, rule.freeFailures + 1 - failures);
}

std::optional<SignInThrottle::Kind> SignInThrottle::kindFromKey(const QString& key)
{
    if (key == u"account")
        return Kind::Account;
    if (key == u"terminal")
        return Kind::Terminal;
    return std::nullopt;
}

std::optional<SignInThrottle::Counter> SignInThrottle::blocking(const QString& account,
                                                                const QString& terminalId, qint64 now)
{
    auto q =
        m_db.run(QStringLiteral("SELECT kind, name, failures, last_failure_at, blocked_until FROM "
                                "sign_in_failures WHERE blocked_until > ? AND ((kind = 'account' AND name = "
                                "?) OR (kind = 'terminal' AND name = ?)) ORDER BY kind"),
                 {now, account, terminalId});
    if (!q || !q->next())
        return std::nullopt;
    Counter counter{kindFromKey(q->value(0).toString()).value_or(Kind::Account), q->value(1).toString(),
                    q->value(2).toInt(), q->value(3).toLongLong(), q->value(4).toLongLong()};
    q->finish();
    return counter;
}

std::optional<SignInThrottle::Counter> SignInThrottle::counted(Kind kind, const QString& name,
                                                               const Rule& rule, qint64 now)
{
    auto q = m_db.run(QStringLiteral("SELECT failures, last_failure_at FROM sign_in_failures WHERE kind = ? "
                                     "AND name = ?"),
                      {kindKey(kind), name});
    if (!q)
        return std::nullopt;
    int failures = 0;
    if (q->next() && q->value(1).toLongLong() > now - rule.forgetAfterMs)
        failures = q->value(0).toInt();
    q->finish();
    Counter counter{kind, name, failures + 1, now, 0};
    if (const qint64 block = blockAfter(rule, counter.failures))
        counter.blockedUntil = now + block;
    if (!m_db.run(
            QStringLiteral("INSERT INTO sign_in_failures (kind, name, failures, last_failure_at, "
                           "blocked_until) VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, name) DO UPDATE SET "
                           "failures = excluded.failures, last_failure_at = excluded.last_failure_at, "
                           "blocked_until = excluded.blocked_until"),
            {kindKey(kind), name, counter.failures, now, counter.blockedUntil}))
        return std::nullopt;
    return counter;
}

std::optional<std::vector<SignInThrottle::Counter>>
SignInThrottle::countFailure(const QString& account, const QString& terminalId, qint64 now)
{
    std::vector<Counter> both;
    for (const auto& [kind, name, rule] : {std::tuple{Kind::Account, account, accountRule},
                                           std::tuple{Kind::Terminal, terminalId, terminalRule}}) {
        const auto counter = counted(kind, name, rule, now);
        if (!counter)
            return std::nullopt;
        both.push_back(*counter);
    }
    // Counters of names nobody used for a day go, so guessed names do not pile up.
    m_db.run(QStringLiteral("DELETE FROM sign_in_failures WHERE last_failure_at < ?"),
             {now - terminalRule.forgetAfterMs});
    return both;
}

bool SignInThrottle::clearAccount(const QString& account)
{
    return clear(Kind::Account, account).has_value();
}

std::optional<std::vector<SignInThrottle::Counter>> SignInThrottle::counters()
{
    auto q = m_db.run(QStringLiteral("SELECT kind, name, failures, last_failure_at, blocked_until FROM "
                                     "sign_in_failures ORDER BY blocked_until DESC, last_failure_at DESC"));
    if (!q)
        return std::nullopt;
    std::vector<Counter> all;
    while (q->next())
        all.push_back({kindFromKey(q->value(0).toString()).value_or(Kind::Account), q->value(1).toString(),
                       q->value(2).toInt(), q->value(3).toLongLong(), q->value(4).toLongLong()});
    return all;
}

std::optional<bool> SignInThrottle::clear(Kind kind, const QString& name)
{
    auto q = m_db.run(QStringLiteral("DELETE FROM sign_in_failures WHERE kind = ? AND name = ?"),
                      {kindKey(kind), name});
    if (!q)
        return std::nullopt;
    return q->numRowsAffected() > 0;
}

} // namespace ssc::platform
