#pragma once

#include "session/staffusername.h"
#include "signinthrottle.h"

#include <QString>

#include <optional>

namespace ssc::platform {

class Database;

// Clerks and visiting staff. Passwords are PBKDF2-hashed; user names are stored and looked up in their normal
// form (core/session/staffusername.h); wrong passwords slow down the account and the terminal
// (SignInThrottle); a sign-in tells nothing about whether a user name exists: the same answers, the same
// work. Every login, failure, block and logout goes to the audit log.
class StaffAccounts {
public:
    static constexpr qint64 sessionMilliseconds = 10 * 60 * 60 * 1000; // one working day

    explicit StaffAccounts(Database& db) : m_db(db), m_throttle(db) {}

    // False also for a user name that is not in normal form's terms acceptable (spaces around it...).
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
        // Locked: the account's counter blocks; Paused: the terminal's. BadUsername: `usernameProblem`.
        enum class Outcome { Ok, Wrong, Locked, Paused, BadUsername, StorageError } outcome = Outcome::Wrong;
        Staff staff;
        QString token;
        qint64 expiresAt = 0;
        qint64 lockedUntil = 0; // Locked and Paused: when the block ends
        int wrongBeforePause =
            0; // Wrong: the further wrong sign-ins, the last of them blocking (see throttle)
        StaffUsernameProblem usernameProblem = StaffUsernameProblem::Empty;
    };
    LoginResult login(const QString& username, const QString& password, const QString& terminalId,
                      qint64 now);

    std::optional<Staff> sessionStaff(const QString& token, const QString& terminalId, qint64 now);
    bool logout(const QString& token, const QString& terminalId, qint64 now);

    SignInThrottle& throttle() { return m_throttle; }

private:
    std::optional<Staff> findByUsername(const QString& username, QString* passwordHash, bool* failed);
    std::vector<SignInThrottle::Counter> countFailure(const QString& username, qint64 staffId,
                                                      const QString& terminalId, qint64 now);
    Database& m_db;
    SignInThrottle m_throttle;
};

} // namespace ssc::platform
