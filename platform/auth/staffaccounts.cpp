#include "staffaccounts.h"

#include "audit.h"
#include "secrets.h"
#include "storage/database.h"

namespace ssc::platform {

bool StaffAccounts::create(const QString& username, const QString& displayName, const QString& role,
                           const QString& password)
{
    return m_db
        .run(QStringLiteral(
                 "INSERT INTO staff (username, display_name, role, password_hash) VALUES (?, ?, ?, ?)"),
             {username, displayName, role, hashPassword(password)})
        .has_value();
}

StaffAccounts::LoginResult StaffAccounts::login(const QString& username, const QString& password,
                                                const QString& terminalId, qint64 now)
{
    LoginResult result;
    auto query =
        m_db.run(QStringLiteral("SELECT id, display_name, role, password_hash, failed_attempts, locked_until "
                                "FROM staff WHERE username = ?"),
                 {username});
    if (!query) {
        result.outcome = LoginResult::Outcome::StorageError;
        return result;
    }
    if (!query->next()) {
        // Same work as a real check, so timing does not tell which user names exist.
        verifyPassword(
            password,
            QStringLiteral(
                "pbkdf2-sha256$200000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        writeAudit(m_db, terminalId, 0, QStringLiteral("staff_login_failed"),
                   {{QStringLiteral("reason"), QStringLiteral("unknown user")}});
        return result;
    }
    result.staff = {query->value(0).toLongLong(), username, query->value(1).toString(),
                    query->value(2).toString()};
    const QString stored = query->value(3).toString();
    const int failed = query->value(4).toInt();
    const qint64 lockedUntil = query->value(5).toLongLong();
    query->finish();

    if (lockedUntil > now) {
        result.outcome = LoginResult::Outcome::Locked;
        result.lockedUntil = lockedUntil;
        writeAudit(m_db, terminalId, result.staff.id, QStringLiteral("staff_login_refused_locked"));
        return result;
    }
    if (!verifyPassword(password, stored)) {
        const int attempts = failed + 1;
        const bool lock = attempts >= maxFailedAttempts;
        m_db.run(QStringLiteral("UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                 {lock ? 0 : attempts, lock ? now + lockMilliseconds : qint64(0), result.staff.id});
        writeAudit(m_db, terminalId, result.staff.id,
                   lock ? QStringLiteral("staff_locked") : QStringLiteral("staff_login_failed"),
                   {{QStringLiteral("attempt"), attempts}});
        result.outcome = lock ? LoginResult::Outcome::Locked : LoginResult::Outcome::Wrong;
        result.lockedUntil = lock ? now + lockMilliseconds : 0;
        return result;
    }
    result.token = newToken();
    result.expiresAt = now + sessionMilliseconds;
    if (!m_db.run(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = 0 WHERE id = ?"),
                  {result.staff.id}) ||
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
