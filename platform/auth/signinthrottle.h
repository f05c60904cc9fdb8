#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace ssc::platform {

class Database;

// Wrong sign-ins slow down whoever makes them (docs/security.md, "Staff sign-in"). Two counters grow with
// each wrong password in a row: one per account (known or not: an unknown user name counts exactly like a
// known one, so the answers never tell which exist) and one per terminal (whatever names it tries). A counter
// past its free failures blocks sign-ins for a while, doubling with each further failure up to a longest
// block. The terminal's counter has more free failures than the account's but blocks for longer, so one
// terminal can block two accounts at most before it is itself slowed to a crawl: it cannot lock every clerk
// out. A right password clears the account's counter; a counter forgets after a quiet period. The hall
// manager sees and clears counters.
class SignInThrottle {
public:
    struct Rule {
        int freeFailures;
        qint64 firstBlockMs;
        qint64 longestBlockMs;
        qint64 forgetAfterMs; // a counter whose last failure is older starts again at zero
    };
    // 5th wrong password in a row: 30 s, then 1, 2, 4, 8 minutes, then 15 minutes each.
    static constexpr Rule accountRule{4, 30'000, 15 * 60'000, 60 * 60'000};
    // 10th wrong sign-in at one terminal: 30 s, doubling up to an hour; forgotten after a quiet day.
    static constexpr Rule terminalRule{9, 30'000, 60 * 60'000, 24 * 60 * 60'000};
    // How long the `failures`th failure in a row blocks; 0 while free.
    static qint64 blockAfter(const Rule& rule, int failures);
    // After `failures` in a row, how many more wrong sign-ins there may be, the last of them beginning a
    // block (1 once past the free ones: each further failure blocks again). What the clerk is told after a
    // wrong password, so a pause never comes as a surprise.
    static int wrongBeforeBlock(const Rule& rule, int failures);

    enum class Kind { Account, Terminal };
    struct Counter {
        Kind kind = Kind::Account;
        QString name; // the normalised user name, or the terminal id
        int failures = 0;
        qint64 lastFailureAt = 0;
        qint64 blockedUntil = 0;
    };

    explicit SignInThrottle(Database& db) : m_db(db) {}

    // The counter that blocks this sign-in now (the account's first), if any; nullopt also on storage errors.
    std::optional<Counter> blocking(const QString& account, const QString& terminalId, qint64 now);
    // Counts a wrong sign-in against both; the two counters as they stand after it, the account's first
    // (those with blockedUntil set began a block with it). nullopt: storage.
    std::optional<std::vector<Counter>> countFailure(const QString& account, const QString& terminalId,
                                                     qint64 now);
    bool clearAccount(const QString& account);
    // Every counter with failures, blocked ones first; nullopt on storage errors.
    std::optional<std::vector<Counter>> counters();
    // Clears one counter; false when there was none.
    std::optional<bool> clear(Kind kind, const QString& name);

    static QString kindKey(Kind kind)
    {
        return kind == Kind::Account ? QStringLiteral("account") : QStringLiteral("terminal");
    }
    static std::optional<Kind> kindFromKey(const QString& key);

private:
    std::optional<Counter> counted(Kind kind, const QString& name, const Rule& rule, qint64 now);
    Database& m_db;
};

} // namespace ssc::platform
