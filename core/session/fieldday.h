#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ssc {

// What a field laptop keeps for a day of home visits (docs/security.md, "Field visits"), downloaded while
// online (GET /api/v1/staff/visits) and kept in a file only its user may read:
// - the offline sign-in: the platform's credential (ends at midnight, revocable) and the visiting staff
// member's
//   password in the slow salted form (core/security/passwordhash.h), made on the laptop at the online
//   sign-in;
// - the day's visits: who (name masked), where, what is due, and a salted hash of name and number, so the
// clerk
//   finds a person offline the way they do online, by typing both, without the laptop holding the numbers.
class FieldDay {
public:
    struct Visit {
        qint64 personId = 0;
        QString name; // masked
        QString address;
        QString lookupKey;
        QJsonObject certification; // as GET /staff/people/{id}/pension-certification answers
    };
    struct Credential {
        QString id;
        qint64 expiresAt = 0;
        QString username;
        QString displayName;
        QString role;
        QString passwordHash;
    };

    // From the platform's answer to GET /staff/visits, for the staff member who just signed in with
    // `password`; nullopt when the answer is not the API's shape.
    static std::optional<FieldDay> fromPlatform(const QJsonObject& answer, Credential who,
                                                const QString& password);
    static std::optional<FieldDay> load(const QString& path);
    bool save(const QString& path) const; // written 0600, atomically
    static void forget(const QString& path);

    // May this user sign in offline now with this password?
    bool admits(const QString& username, const QString& password, qint64 nowMs) const;
    // The visit of the person with this name and number, matched as the platform made the key.
    std::optional<Visit> find(const QString& name, const QString& ssn) const;
    std::optional<Visit> visitOf(qint64 personId) const;
    const QList<Visit>& visits() const { return m_visits; }
    const Credential& credential() const { return m_credential; }

private:
    Credential m_credential;
    QList<Visit> m_visits;
};

} // namespace ssc
