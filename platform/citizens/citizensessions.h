#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ssc::platform {

class Database;

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

private:
    Database& m_db;
};

} // namespace ssc::platform
