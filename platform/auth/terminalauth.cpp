#include "terminalauth.h"

#include "api/messages.h"
#include "secrets.h"
#include "storage/database.h"

#include <QDateTime>

namespace ssc::platform {

std::variant<TerminalIdentity, ApiResult> authenticateTerminal(Database& db, const QByteArray& authorization,
                                                               const QByteArray& mode)
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
    auto query = db.run(QStringLiteral("SELECT secret_hash, mode, name FROM terminals WHERE id = ?"), {id});
    if (!query)
        return ApiResult::error(503, QStringLiteral("storage_unavailable"), messages::storageUnavailable());
    if (!query->next() || query->value(0).toString() != tokenHash(credentials.mid(colon + 1)))
        return refuse();
    TerminalIdentity identity{id, query->value(1).toString(), query->value(2).toString()};
    query->finish();
    if (QString::fromUtf8(mode) != identity.mode)
        return ApiResult::error(403, QStringLiteral("terminal_mode_mismatch"),
                                messages::terminalModeMismatch());
    return identity;
}

QString registerTerminal(Database& db, const QString& id, const QString& mode, const QString& name,
                         const QString& secret)
{
    const QString chosen = secret.isEmpty() ? newToken() : secret;
    db.run(QStringLiteral("DELETE FROM terminals WHERE id = ?"), {id});
    if (!db.run(
            QStringLiteral(
                "INSERT INTO terminals (id, secret_hash, mode, name, registered_at) VALUES (?, ?, ?, ?, ?)"),
            {id, tokenHash(chosen), mode, name, QDateTime::currentMSecsSinceEpoch()}))
        return {};
    return chosen;
}

} // namespace ssc::platform
