// POST /api/v1/me/confirmations {"code"} | {"cardIdentifier"}: the citizen in front of a clerk confirms a
// form the clerk filled for them — by showing their own e-card code, or inserting their own card (whose PIN
// the card itself has checked) — and the platform answers a one-time confirmation that the filing must carry
// (docs/api.md, "Confirmations"). A code or card of anyone else is refused.
#include "applicationrules.h"
#include "messages.h"
#include "services.h"
#include "storage/database.h"

#include <QRandomGenerator>

namespace ssc::platform {
namespace {

using Session = CitizenSessions::Session;

constexpr qint64 confirmationLifetimeMs = 10 * 60 * 1000;

ApiResult confirm(PlatformServices& services, RequestContext& context, const Session& session)
{
    QString method;
    const auto who = personByCodeOrCard(services, context, method);
    if (const auto* refused = std::get_if<ApiResult>(&who))
        return *refused;
    if (std::get<qint64>(who) != session.personId)
        return ApiResult::error(403, QStringLiteral("confirmation_other_person"),
                                messages::confirmationOtherPerson());
    const QString token = QString::number(QRandomGenerator::system()->generate64(), 16) +
                          QString::number(QRandomGenerator::system()->generate64(), 16);
    const qint64 now = PlatformServices::nowMs();
    if (!services.db.run(QStringLiteral("INSERT INTO confirmations (token, person_id, terminal_id, method, "
                                        "created_at) VALUES (?, ?, ?, ?, ?)"),
                         {token, session.personId, context.terminal.id, method, now}))
        return storageError();
    return ApiResult::ok({{QStringLiteral("confirmation"), token},
                          {QStringLiteral("method"), method},
                          {QStringLiteral("expiresAt"), now + confirmationLifetimeMs}},
                         201);
}

} // namespace

std::optional<ApiResult> confirmationRefusal(PlatformServices& services, RequestContext& context,
                                             const Session& session)
{
    if (context.terminal.mode == u"kiosk")
        return std::nullopt; // at a kiosk the citizen fills and confirms the form themselves
    const QString token = context.bodyString("confirmation");
    if (token.isEmpty())
        return ApiResult::error(400, QStringLiteral("confirmation_required"),
                                messages::confirmationRequired());
    auto q = services.db.run(
        QStringLiteral("SELECT person_id, terminal_id, created_at, used_at FROM confirmations "
                       "WHERE token = ?"),
        {token});
    if (!q)
        return storageError();
    if (!q->next() || q->value(0).toLongLong() != session.personId ||
        q->value(1).toString() != context.terminal.id)
        return ApiResult::error(403, QStringLiteral("confirmation_invalid"),
                                messages::confirmationRequired());
    if (!q->value(3).isNull())
        return ApiResult::error(409, QStringLiteral("confirmation_used"), messages::confirmationRequired());
    if (PlatformServices::nowMs() - q->value(2).toLongLong() > confirmationLifetimeMs)
        return ApiResult::error(410, QStringLiteral("confirmation_expired"),
                                messages::confirmationRequired());
    return std::nullopt;
}

bool useConfirmation(PlatformServices& services, RequestContext& context)
{
    if (context.terminal.mode == u"kiosk")
        return true;
    auto q = services.db.run(
        QStringLiteral("UPDATE confirmations SET used_at = ? WHERE token = ? AND used_at IS NULL"),
        {PlatformServices::nowMs(), context.bodyString("confirmation")});
    return q && q->numRowsAffected() == 1;
}

void registerConfirmationsApi(Router& router, PlatformServices& services)
{
    router.add(QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/me/confirmations"),
               Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return confirm(services, c, s);
               }));
}

} // namespace ssc::platform
