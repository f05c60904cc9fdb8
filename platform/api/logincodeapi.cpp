// Scan-to-log-in (扫码登录): the terminal shows a login code, the citizen's app confirms it, the terminal
// polls.
#include "auth/secrets.h"
#include "messages.h"
#include "services.h"
#include "storage/database.h"

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;
constexpr qint64 loginCodeLifetimeMs = 120 * 1000;
constexpr int pollAfterMs = 500;

ApiResult createLoginCode(PlatformServices& services, RequestContext& context)
{
    const qint64 now = PlatformServices::nowMs();
    const QString id = newToken(16);
    if (!services.db.run(
            QStringLiteral(
                "INSERT INTO login_codes (id, terminal_id, created_at, expires_at) VALUES (?, ?, ?, ?)"),
            {id, context.terminal.id, now, now + loginCodeLifetimeMs}))
        return storageError();
    return ApiResult::ok({{QStringLiteral("id"), id},
                          {QStringLiteral("qrText"), QStringLiteral("SSCLOGIN1.") + id},
                          {QStringLiteral("expiresAt"), now + loginCodeLifetimeMs},
                          {QStringLiteral("pollAfterMs"), pollAfterMs}},
                         201);
}

ApiResult pollLoginCode(PlatformServices& services, RequestContext& context)
{
    const QString id = context.pathArguments.value(0);
    const qint64 now = PlatformServices::nowMs();
    auto q = services.db.run(
        QStringLiteral("SELECT expires_at, person_id, card_id, confirmed_at, consumed_at FROM "
                       "login_codes WHERE id = ? AND terminal_id = ?"),
        {id, context.terminal.id});
    if (!q)
        return storageError();
    if (!q->next())
        return ApiResult::error(404, QStringLiteral("login_code_unknown"), messages::loginCodeUnknown());
    const qint64 expiresAt = q->value(0).toLongLong();
    const qint64 personId = q->value(1).toLongLong();
    const qint64 cardId = q->value(2).toLongLong();
    const bool confirmed = !q->value(3).isNull();
    const bool consumed = !q->value(4).isNull();
    q->finish();
    if (consumed)
        return ApiResult::error(409, QStringLiteral("login_code_consumed"), messages::loginCodeConsumed());
    if (!confirmed) {
        if (now >= expiresAt)
            return ApiResult::error(410, QStringLiteral("login_code_expired"), messages::loginCodeExpired());
        return ApiResult::ok({{QStringLiteral("state"), QStringLiteral("pending")},
                              {QStringLiteral("pollAfterMs"), pollAfterMs}});
    }
    // Confirmed: the first poll to consume it gets the session, exactly once.
    auto take = services.db.run(
        QStringLiteral("UPDATE login_codes SET consumed_at = ? WHERE id = ? AND consumed_at IS NULL"),
        {now, id});
    if (!take)
        return storageError();
    if (take->numRowsAffected() != 1)
        return ApiResult::error(409, QStringLiteral("login_code_consumed"), messages::loginCodeConsumed());
    ApiResult result =
        startCitizenSession(services, context.terminal, personId, cardId, QStringLiteral("login-code"));
    if (!result.isError())
        result.body.insert(QStringLiteral("state"), QStringLiteral("confirmed"));
    return result;
}

} // namespace

void registerLoginCodeApi(Router& router, PlatformServices& s)
{
    const auto terminal = Router::Access::Terminal;
    router.add(Method::Post, QStringLiteral("/api/v1/login-codes"), terminal,
               [&s](RequestContext& c) { return createLoginCode(s, c); });
    router.add(Method::Get, QStringLiteral("/api/v1/login-codes/{id}"), terminal,
               [&s](RequestContext& c) { return pollLoginCode(s, c); });
}

} // namespace ssc::platform
