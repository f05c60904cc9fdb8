#include "terminalauth.h"

#include "api/messages.h"
#include "api/services.h"
#include "secrets.h"
#include "storage/database.h"

#include <QDateTime>

namespace ssc::platform {

std::variant<TerminalIdentity, ApiResult> authenticateTerminal(Database& db, const QByteArray& authorization,
                                                               const QByteArray& mode,
                                                               const QByteArray& citizenSession, qint64 nowMs)
{
    const auto refuse = [] {
        return ApiResult::error(401, QStringLiteral("terminal_unauthenticated"),
                                messages::terminalUnauthenticated());
    };
    if (!authorization.startsWith("Bearer "))
        return refuse();
    const QString credentials = QString::fromUtf8(authorization.mid(7)).trimmed();
    const qsizetype colon = credentials.indexOf(u':');
    if (colon <= 0 || colon > 100)
        return refuse();
    const QString id = credentials.left(colon);
    const QString token = QString::fromUtf8(citizenSession);
    // The session's conditions are CitizenSessions::find's: this terminal's, not ended, not expired.
    auto query =
        token.isEmpty()
            ? db.run(QStringLiteral("SELECT secret_hash, mode, name, name_en FROM terminals WHERE id = ?"),
                     {id})
            : db.run(QStringLiteral("SELECT t.secret_hash, t.mode, t.name, s.person_id, s.card_id, "
                                    "s.method, s.expires_at, t.name_en FROM terminals t LEFT JOIN "
                                    "citizen_sessions s ON s.token_hash = ? AND s.terminal_id = t.id "
                                    "AND s.ended_at IS NULL AND s.expires_at > ? WHERE t.id = ?"),
                     {tokenHash(token), nowMs, id});
    if (!query)
        return storageError(); // "try again", with Retry-After: the database may be failing over
    if (!query->next() || query->value(0).toString() != tokenHash(credentials.mid(colon + 1)))
        return refuse();
    TerminalIdentity identity;
    identity.id = id;
    identity.mode = query->value(1).toString();
    identity.name = query->value(2).toString();
    identity.nameEn = query->value(token.isEmpty() ? 3 : 7).toString(); // the last column of either
    identity.sessionLookedUp = !token.isEmpty();
    if (identity.sessionLookedUp && !query->value(3).isNull())
        identity.session =
            TerminalIdentity::CitizenSession{query->value(3).toLongLong(), query->value(4).toLongLong(),
                                             query->value(5).toString(), query->value(6).toLongLong()};
    query->finish();
    if (QString::fromUtf8(mode) != identity.mode)
        return ApiResult::error(403, QStringLiteral("terminal_mode_mismatch"),
                                messages::terminalModeMismatch());
    return identity;
}

QString registerTerminal(Database& db, const QString& id, const QString& mode, const QString& name,
                         const QString& secret, const QString& nameEn)
{
    const QString chosen = secret.isEmpty() ? newToken() : secret;
    db.run(QStringLiteral("DELETE FROM terminals WHERE id = ?"), {id});
    if (!db.run(QStringLiteral("INSERT INTO terminals (id, secret_hash, mode, name, name_en, registered_at) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {id, tokenHash(chosen), mode, name,
                 nameEn.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(nameEn),
                 QDateTime::currentMSecsSinceEpoch()}))
        return {};
    return chosen;
}

} // namespace ssc::platform
