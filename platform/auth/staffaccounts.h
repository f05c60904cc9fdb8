#pragma once

#include <QString>

#include <optional>

namespace ssc::platform {

class Database;

// Clerks and visiting staff. Passwords are PBKDF2-hashed; five wrong passwords in a row lock the account
// for fifteen minutes; every login, failure, lock and logout goes to the audit log.
class StaffAccounts {
public:
    static constexpr int maxFailedAttempts = 5;
    static constexpr qint64 lockMilliseconds = 15 * 60 * 1000;
    static constexpr qint64 sessionMilliseconds = 10 * 60 * 60 * 1000; // one working day

    explicit StaffAccounts(Database& db) : m_db(db) {}

    bool create(const QString& username, const QString& displayName, const QString& role,
                const QString& password);

    struct Staff {
        qint64 id = 0;
        QString username;
        QString displayName;
        QString
            role; // clerk | visitor (visiting staff) | reviewer, or several, comma separated (staffroles.h)
    };
    struct LoginResult {
        enum class Outcome { Ok, Wrong, Locked, StorageError } outcome = Outcome::Wrong;
        Staff staff;
        QString token;
        qint64 expiresAt = 0;
        qint64 lockedUntil = 0;
    };
    LoginResult login(const QString& username, const QString& password, const QString& terminalId,
                      qint64 now);

    std::optional<Staff> sessionStaff(const QString& token, const QString& terminalId, qint64 now);
    bool logout(const QString& token, const QString& terminalId, qint64 now);

private:
    Database& m_db;
};

} // namespace ssc::platform
