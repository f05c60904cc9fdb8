#include "staffaccounts.h"

#include "audit.h"
#include "secrets.h"
#include "storage/database.h"

#include <algorithm>

namespace ssc::platform {

namespace {

// A hash of the same kind and cost as a real one (200,000 rounds), so an unknown user name costs the same
// time.
const QString dummyHash =
    QStringLiteral("pbkdf2-sha256$200000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

} // namespace

bool StaffAccounts::create(const QString& username, const QString& displayName, const QString& role,
                           const QString& password)
{
    const auto normal = normalizeStaffUsername(username);
    if (!std::holds_alternative<QString>(normal))
        return false;
    return m_db
        .run(QStringLiteral(
                 "INSERT INTO staff (username, display_name, role, password_hash) VALUES (?, ?, ?, ?)"),
             {std::get<QString>(normal), displayName, role, hashPassword(password)})
        .has_value();
}

std::optional<StaffAccounts::Staff> StaffAccounts::findByUsername(const QString& username,
                                                                  QString* passwordHash, bool* failed)
{
    auto query =
        m_db.run(QStringLiteral("SELECT id, display_name, role, password_hash FROM staff WHERE username = ?"),
                 {username});
    *failed = !query;
    if (!query || !query->next())
        return std::nullopt;
    Staff staff{query->value(0).toLongLong(), username, query->value(1).toString(),
                query->value(2).toString()};
    *passwordHash = query->value(3).toString();
    query->finish();
    return staff;
}

// The same writes whether the name exists or not; a block that begins is audited (unknown names masked: a
// password typed into the name field must not land in the log). The two counters as they stand after it.
std::vector<SignInThrottle::Counter> StaffAccounts::countFailure(const QString& username, qint64 staffId,
                                                                 const QString& terminalId, qint64 now)
{
    const auto counters = m_throttle.countFailure(username, terminalId, now);
    writeAudit(m_db, terminalId, staffId, QStringLiteral("staff_login_failed"));
    for (const SignInThrottle::Counter& block : counters.value_or(std::vector<SignInThrottle::Counter>{})) {
        if (block.blockedUntil == 0)
            continue;
        writeAudit(m_db, terminalId, staffId, QStringLiteral("staff_sign_in_blocked"),
                   {{QStringLiteral("kind"), SignInThrottle::kindKey(block.kind)},
                    {QStringLiteral("name"), block.kind == SignInThrottle::Kind::Account && staffId == 0
                                                 ? QStringLiteral("(no such account)")
                                                 : block.name},
                    {QStringLiteral("failures"), block.failures},
                    {QStringLiteral("until"), block.blockedUntil}});
    }
    return counters.value_or(std::vector<SignInThrottle::Counter>{});
}

StaffAccounts::LoginResult StaffAccounts::login(const QString& typedUsername, const QString& password,
                                                const QString& terminalId, qint64 now)
{
    LoginResult result;
    const auto normal = normalizeStaffUsername(typedUsername);
    if (const auto* problem = std::get_if<StaffUsernameProblem>(&normal)) {
        result.outcome = LoginResult::Outcome::BadUsername;
        result.usernameProblem = *problem;
        return result;
    }
    const QString username = std::get<QString>(normal);
    // Blocked: refused before any password is checked, alike for names that exist and names that do not.
    if (const auto block = m_throttle.blocking(username, terminalId, now)) {
        result.outcome = block->kind == SignInThrottle::Kind::Account ? LoginResult::Outcome::Locked
                                                                      : LoginResult::Outcome::Paused;
        result.lockedUntil = block->blockedUntil;
        writeAudit(m_db, terminalId, 0, QStringLiteral("staff_login_refused_blocked"),
                   {{QStringLiteral("kind"), SignInThrottle::kindKey(block->kind)}});
        return result;
    }
    QString stored;
    bool failed = false;
    const auto staff = findByUsername(username, &stored, &failed);
    if (failed) {
        result.outcome = LoginResult::Outcome::StorageError;
        return result;
    }
    // Same work as a real check when the name is unknown, so timing does not tell which user names exist.
    const bool right = verifyPassword(password, staff ? stored : dummyHash) && staff;
    if (!right) {
        // The failure that begins a block says so at once (the account's block first); one that does not says
        // how many more the nearer of the two counters allows.
        result.outcome = LoginResult::Outcome::Wrong;
        for (const auto& counter : countFailure(username, staff ? staff->id : 0, terminalId, now)) {
            const bool account = counter.kind == SignInThrottle::Kind::Account;
            if (counter.blockedUntil > 0 && result.outcome == LoginResult::Outcome::Wrong) {
                result.outcome = account ? LoginResult::Outcome::Locked : LoginResult::Outcome::Paused;
                result.lockedUntil = counter.blockedUntil;
            }
            const int left = SignInThrottle::wrongBeforeBlock(
                account ? SignInThrottle::accountRule : SignInThrottle::terminalRule, counter.failures);
            result.wrongBeforePause =
                result.wrongBeforePause == 0 ? left : std::min(result.wrongBeforePause, left);
        }
        return result;
    }
    result.staff = *staff;
    result.token = newToken();
    result.expiresAt = now + sessionMilliseconds;
    if (!m_throttle.clearAccount(username) ||
        !m_db.run(
            QStringLiteral(
                "INSERT INTO staff_sessions (token_hash, staff_id, terminal_id, created_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?)"),
            {tokenHash(result.token), result.staff.id, terminalId, now, result.expiresAt})) {
        result.outcome = LoginResult::Outcome::StorageError;
        return result;
    }
    writeAudit(m_db, terminalId, result.staff.id, QStringLiteral("staff_login"));
    result.outcome = LoginResult::Outcome::Ok;
    return result;
}

std::optional<StaffAccounts::Staff> StaffAccounts::sessionStaff(const QString& token,
                                                                const QString& terminalId, qint64 now)
{
    if (token.isEmpty())
        return std::nullopt;
    auto query =
        m_db.run(QStringLiteral("SELECT s.id, s.username, s.display_name, s.role FROM staff_sessions ss "
                                "JOIN staff s ON s.id = ss.staff_id WHERE ss.token_hash = ? AND "
                                "ss.terminal_id = ? AND ss.ended_at IS NULL AND ss.expires_at > ?"),
                 {tokenHash(token), terminalId, now});
    if (!query || !query->next())
        return std::nullopt;
    Staff staff{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                query->value(3).toString()};
    query->finish();
    return staff;
}

bool StaffAccounts::logout(const QString& token, const QString& terminalId, qint64 now)
{
    const auto staff = sessionStaff(token, terminalId, now);
    if (!staff)
        return false;
    m_db.run(QStringLiteral("UPDATE staff_sessions SET ended_at = ? WHERE token_hash = ?"),
             {now, tokenHash(token)});
    writeAudit(m_db, terminalId, staff->id, QStringLiteral("staff_logout"));
    return true;
}

} // namespace ssc::platform
