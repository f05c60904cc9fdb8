#pragma once

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace ssc::platform {

class Database;
struct AuditInsert;

// A citizen's session on one terminal: created by a resolved e-card code, card, login code or face login;
// bound to that terminal; ends at logout or after its lifetime.
class CitizenSessions {
public:
    static constexpr qint64 lifetimeMilliseconds = 30 * 60 * 1000;

    explicit CitizenSessions(Database& db) : m_db(db) {}

    struct Session {
        QString token;
        qint64 personId = 0;
        qint64 cardId = 0;
        QString method; // ecard | card | login-code | face (a kiosk face login: facesessionscope.h)
        qint64 expiresAt = 0;
        QString terminalId; // the terminal it is bound to
    };
    std::optional<Session> create(qint64 personId, qint64 cardId, const QString& terminalId,
                                  const QString& method, qint64 now);
    std::optional<Session> find(const QString& token, const QString& terminalId, qint64 now);
    bool end(const QString& token, const QString& terminalId, qint64 now);

    // {"session": {...}, "person": {...}, "card": {...}, "cards": [...]} as the terminal receives it: numbers
    // and the name masked, the person named by an opaque reference (docs/api.md, "Identification"); full
    // values only through the audited reveal.
    std::optional<QJsonObject> describe(const Session& session);

    // A login: creates the session, writes the login's audit row and answers describe()'s JSON. On PostgreSQL
    // one statement (a CTE with both INSERTs before the SELECT of the person, cards and claims): one round
    // trip, and the session and its audit row commit together; on SQLite, where a round trip is a function
    // call and WITH cannot hold an INSERT, the three statements in turn.
    std::optional<QJsonObject> open(qint64 personId, qint64 cardId, const QString& terminalId,
                                    const QString& method, qint64 now, const AuditInsert& audit);

private:
    // The person with each card and each card's claims, one row per claim (or per card without one).
    std::optional<QJsonObject> describeRows(const Session& session, QSqlQuery& rows);

    Database& m_db;
};

} // namespace ssc::platform
