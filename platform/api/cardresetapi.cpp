// A locked or forgotten card PIN unlocked and reset at a service counter (docs/card-services.md, "Unlock and
// reset the PIN"). Only the issuer side can authorise it: the card resets its PIN only with a MAC over its
// own fresh challenge made with its unblock key, which the platform derives from the issuer's master key in
// the key store. The platform gives that MAC only to a clerk at a counter, for a card whose holder proves
// themselves in the same request with their own fresh e-card code (the second factor; the card itself cannot
// be one, its PIN is what is forgotten). It never sees the new PIN.
//   POST /api/v1/staff/card-pin-resets        {"cardIdentifier", "cardChallenge", "code"} → 201 {"resetId",
//   "mac"} POST /api/v1/staff/card-pin-resets/{id}   {card proof under the new PIN} → {"outcome": "reset"}
#include "auth/audit.h"
#include "cardauth/cardkey.h"
#include "cardauth/cardproof.h"
#include "cardauth/issuerkey.h"
#include "services.h"
#include "storage/database.h"

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;

// A card's PIN may be reset this many times a day: each reset needs the holder's fresh e-card code anyway, so
// this only stops a counter from turning the MAC into an oracle by repetition.
constexpr int resetsPerCardPerDay = 5;
constexpr qint64 dayMs = 24 * 60 * 60 * 1000LL;

TranslatableText text(const char* source)
{
    return {"PlatformApi", source, {}};
}

// A clerk at a counter, or the refusal (kiosks, home visits and reviewers do not reset PINs).
std::variant<StaffAccounts::Staff, ApiResult> clerkAtCounter(PlatformServices& services,
                                                             RequestContext& context)
{
    if (context.terminal.mode != u"counter")
        return ApiResult::error(
            403, QStringLiteral("pin_reset_counter_only"),
            text(QT_TRANSLATE_NOOP("PlatformApi",
                                   "A card's PIN is unlocked and reset at a service counter.")));
    return requireStaffFor(services, context, StaffDuty::FindPerson);
}

ApiResult secondFactorRequired()
{
    return ApiResult::error(
        401, QStringLiteral("second_factor_required"),
        text(QT_TRANSLATE_NOOP("PlatformApi",
                               "The card holder's own e-card code is needed to reset the PIN.")),
        text(QT_TRANSLATE_NOOP("PlatformApi",
                               "Ask the card holder to show the e-card code in their app on the scanner.")));
}

std::optional<ApiResult> tooManyResets(PlatformServices& services, qint64 cardId)
{
    auto q = services.db.run(
        QStringLiteral("SELECT COUNT(*) FROM card_pin_resets WHERE card_id = ? AND started_at > ?"),
        {cardId, PlatformServices::nowMs() - dayMs});
    if (!q || !q->next())
        return storageError();
    if (q->value(0).toInt() < resetsPerCardPerDay)
        return std::nullopt;
    return ApiResult::error(
        429, QStringLiteral("too_many_pin_resets"),
        text(QT_TRANSLATE_NOOP("PlatformApi", "This card's PIN has been reset too often today.")),
        text(QT_TRANSLATE_NOOP("PlatformApi", "Please come back tomorrow, or ask the card office.")));
}

ApiResult authorise(PlatformServices& services, RequestContext& context)
{
    const auto clerk = clerkAtCounter(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&clerk))
        return *refused;
    const qint64 staffId = std::get<StaffAccounts::Staff>(clerk).id;
    const QString identifier = context.bodyString("cardIdentifier");
    const QByteArray cardChallenge = QByteArray::fromHex(context.bodyString("cardChallenge").toLatin1());
    if (identifier.isEmpty())
        return missingField("cardIdentifier");
    if (cardChallenge.size() != cardauth::cardChallengeBytes)
        return missingField("cardChallenge");
    const QString code = context.bodyString("code");
    if (code.isEmpty())
        return secondFactorRequired();
    const auto found = cardByIdentifier(services, identifier);
    if (const auto* refused = std::get_if<ApiResult>(&found))
        return *refused;
    const CardRecord& card = std::get<CardRecord>(found);
    // The code is used up here, right or wrong: a second factor is shown once.
    const auto holder = services.ecard.resolve(code, context.terminal.id, PlatformServices::nowMs());
    if (auto refused = ecardRefusal(holder))
        return *refused;
    if (holder.personId != card.personId)
        return ApiResult::error(
            403, QStringLiteral("second_factor_other_person"),
            text(QT_TRANSLATE_NOOP("PlatformApi", "That e-card code is not the card holder's.")),
            text(QT_TRANSLATE_NOOP(
                "PlatformApi", "Only the card holder can have its PIN reset, with their own e-card code.")));
    if (card.status != CardStatus::Normal)
        return cardRefusal(card.status); // a lost card is found first (解挂), a cancelled one replaced
    if (auto refused = tooManyResets(services, card.cardId))
        return *refused;
    const auto key = unblockKeyFor(services.keys, identifier);
    const auto mac = key ? cardauth::resetMac(*key, cardChallenge) : std::nullopt;
    const QString id = QString::fromLatin1(cardauth::randomBytes(12).toHex());
    if (!mac || id.isEmpty())
        return storageError();
    const qint64 now = PlatformServices::nowMs();
    Transaction transaction(services.db);
    if (!services.db.run(
            QStringLiteral("INSERT INTO card_pin_resets (id, card_id, person_id, terminal_id, "
                           "staff_id, second_factor, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, card.cardId, card.personId, context.terminal.id, staffId, QStringLiteral("ecard"), now}) ||
        !writeAudit(services.db, context.terminal.id, staffId, QStringLiteral("card_pin_reset_authorised"),
                    {{QStringLiteral("card"), card.cardId}, {QStringLiteral("reset"), id}}, card.personId) ||
        !transaction.commit())
        return storageError();
    return ApiResult::ok({{QStringLiteral("resetId"), id},
                          {QStringLiteral("mac"), QString::fromLatin1(mac->toHex())},
                          {QStringLiteral("startedAt"), now}},
                         201);
}

// The card proves itself under its new PIN: only then is the reset recorded as done.
ApiResult conclude(PlatformServices& services, RequestContext& context)
{
    const auto clerk = clerkAtCounter(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&clerk))
        return *refused;
    const qint64 staffId = std::get<StaffAccounts::Staff>(clerk).id;
    const auto proven = CardChallenges::verify(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&proven))
        return *refused;
    const CardRecord& card = std::get<CardRecord>(proven);
    const QString id = context.pathArguments.value(0);
    auto q = services.db.run(QStringLiteral("SELECT concluded_at FROM card_pin_resets WHERE id = ? AND "
                                            "card_id = ? AND terminal_id = ?"),
                             {id, card.cardId, context.terminal.id});
    if (!q)
        return storageError();
    if (!q->next())
        return ApiResult::error(
            404, QStringLiteral("pin_reset_unknown"),
            text(QT_TRANSLATE_NOOP("PlatformApi", "No such PIN reset for this card here.")));
    const bool concludedBefore = !q->value(0).isNull();
    const qint64 before = q->value(0).toLongLong();
    q->finish();
    QJsonObject answer{{QStringLiteral("resetId"), id}, {QStringLiteral("outcome"), QStringLiteral("reset")}};
    if (concludedBefore) { // a retry after a lost answer: the same answer, nothing written twice
        answer.insert(QStringLiteral("concludedAt"), before);
        return ApiResult::ok(answer);
    }
    const qint64 now = PlatformServices::nowMs();
    Transaction transaction(services.db);
    if (!services.db.run(
            QStringLiteral("UPDATE card_pin_resets SET outcome = 'reset', concluded_at = ? WHERE "
                           "id = ? AND concluded_at IS NULL"),
            {now, id}) ||
        !writeAudit(services.db, context.terminal.id, staffId, QStringLiteral("card_pin_reset"),
                    {{QStringLiteral("card"), card.cardId}, {QStringLiteral("reset"), id}}, card.personId) ||
        !transaction.commit())
        return storageError();
    answer.insert(QStringLiteral("concludedAt"), now);
    return ApiResult::ok(answer);
}

} // namespace

void registerCardResetApi(Router& router, PlatformServices& services)
{
    const auto terminal = Router::Access::Terminal;
    router.add(Method::Post, QStringLiteral("/api/v1/staff/card-pin-resets"), terminal,
               [&services](RequestContext& c) { return authorise(services, c); });
    router.add(Method::Post, QStringLiteral("/api/v1/staff/card-pin-resets/{id}"), terminal,
               [&services](RequestContext& c) { return conclude(services, c); });
}

} // namespace ssc::platform
