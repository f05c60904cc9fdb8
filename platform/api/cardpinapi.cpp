// A card's PIN changed at a kiosk, acknowledged to the platform (docs/card-services.md, "Change the PIN").
// The PIN lives on the card and only the card checks it; the platform never sees one. What it records is that
// a change happened, and it believes that only from the card itself: every step carries the card's answer to
// a fresh challenge, which the card gives only after a PIN it accepts.
//   POST /api/v1/card/pin-changes        {proof}: the change begins (the card proven with its old PIN)
//   POST /api/v1/card/pin-changes/{id}   {proof, "outcome": "changed" | "unchanged"}: how it ended, proven
//                                        again after the terminal checked which PIN the card now accepts
// A change begun and never concluded (the card taken away mid-change and not brought back) stays "begun": the
// person's access log says so, and whichever PIN the card accepts is the one it holds.
#include "auth/audit.h"
#include "cardauth/cardkey.h"
#include "cardauth/cardproof.h"
#include "services.h"
#include "storage/database.h"

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;
using Session = CitizenSessions::Session;

TranslatableText text(const char* source)
{
    return {"PlatformApi", source, {}};
}

// The card the request proves, when it is one of the session person's cards in normal status.
std::variant<CardRecord, ApiResult> provenOwnCard(PlatformServices& services, RequestContext& context,
                                                  const Session& session)
{
    auto found = CardChallenges::verify(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&found))
        return *refused;
    const CardRecord& card = std::get<CardRecord>(found);
    if (card.personId != session.personId)
        return ApiResult::error(
            403, QStringLiteral("card_of_another_person"),
            text(QT_TRANSLATE_NOOP("PlatformApi",
                                   "This card belongs to someone other than the person served.")),
            text(QT_TRANSLATE_NOOP("PlatformApi", "Only the card's holder can change its PIN.")));
    if (card.status != CardStatus::Normal)
        return cardRefusal(card.status);
    return card;
}

QJsonObject changeAnswer(const QString& id, const QString& outcome, qint64 at)
{
    QJsonObject answer{{QStringLiteral("changeId"), id}, {QStringLiteral("outcome"), outcome}};
    answer.insert(outcome == u"begun" ? QStringLiteral("startedAt") : QStringLiteral("concludedAt"), at);
    return answer;
}

ApiResult begin(PlatformServices& services, RequestContext& context, const Session& session)
{
    const auto proven = provenOwnCard(services, context, session);
    if (const auto* refused = std::get_if<ApiResult>(&proven))
        return *refused;
    const CardRecord& card = std::get<CardRecord>(proven);
    const qint64 now = PlatformServices::nowMs();
    const QString id = QString::fromLatin1(cardauth::randomBytes(12).toHex());
    if (id.isEmpty())
        return storageError();
    Transaction transaction(services.db);
    if (!services.db.run(QStringLiteral("INSERT INTO card_pin_changes (id, card_id, person_id, terminal_id, "
                                        "started_at) VALUES (?, ?, ?, ?, ?)"),
                         {id, card.cardId, card.personId, context.terminal.id, now}) ||
        !writeAudit(services.db, context.terminal.id, 0, QStringLiteral("card_pin_change_begun"),
                    {{QStringLiteral("card"), card.cardId}, {QStringLiteral("change"), id}}, card.personId) ||
        !transaction.commit())
        return storageError();
    return ApiResult::ok(changeAnswer(id, QStringLiteral("begun"), now), 201);
}

ApiResult conclude(PlatformServices& services, RequestContext& context, const Session& session)
{
    const QString outcome = context.bodyString("outcome");
    if (outcome != u"changed" && outcome != u"unchanged")
        return ApiResult::error(
            400, QStringLiteral("bad_outcome"),
            text(QT_TRANSLATE_NOOP("PlatformApi", "The outcome of a PIN change is changed or unchanged.")));
    const auto proven = provenOwnCard(services, context, session);
    if (const auto* refused = std::get_if<ApiResult>(&proven))
        return *refused;
    const CardRecord& card = std::get<CardRecord>(proven);
    const QString id = context.pathArguments.value(0);
    auto q =
        services.db.run(QStringLiteral("SELECT outcome, concluded_at FROM card_pin_changes WHERE id = ? AND "
                                       "card_id = ? AND terminal_id = ?"),
                        {id, card.cardId, context.terminal.id});
    if (!q)
        return storageError();
    if (!q->next())
        return ApiResult::error(
            404, QStringLiteral("pin_change_unknown"),
            text(QT_TRANSLATE_NOOP("PlatformApi", "No such PIN change for this card here.")));
    if (!q->value(1).isNull()) { // concluded before: the same answer again, or a contradiction refused
        const QString before = q->value(0).toString();
        const qint64 at = q->value(1).toLongLong();
        q->finish();
        if (before == outcome)
            return ApiResult::ok(changeAnswer(id, outcome, at));
        return ApiResult::error(
            409, QStringLiteral("pin_change_concluded"),
            text(QT_TRANSLATE_NOOP("PlatformApi",
                                   "This PIN change was already recorded with another outcome.")));
    }
    q->finish();
    const qint64 now = PlatformServices::nowMs();
    Transaction transaction(services.db);
    const QString action =
        outcome == u"changed" ? QStringLiteral("card_pin_changed") : QStringLiteral("card_pin_unchanged");
    if (!services.db.run(
            QStringLiteral("UPDATE card_pin_changes SET outcome = ?, concluded_at = ? WHERE id = ?"),
            {outcome, now, id}) ||
        !writeAudit(services.db, context.terminal.id, 0, action,
                    {{QStringLiteral("card"), card.cardId}, {QStringLiteral("change"), id}}, card.personId) ||
        !transaction.commit())
        return storageError();
    return ApiResult::ok(changeAnswer(id, outcome, now));
}

} // namespace

void registerCardPinApi(Router& router, PlatformServices& services)
{
    const auto terminal = Router::Access::Terminal;
    router.add(Method::Post, QStringLiteral("/api/v1/card/pin-changes"), terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) -> Reply {
                   return begin(services, c, s);
               }));
    router.add(Method::Post, QStringLiteral("/api/v1/card/pin-changes/{id}"), terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) -> Reply {
                   return conclude(services, c, s);
               }));
}

} // namespace ssc::platform
