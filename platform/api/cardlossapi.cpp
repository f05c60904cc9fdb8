// Reporting a card lost (挂失) and cancelling the report (解挂) (docs/card-services.md, "Report lost"):
//   POST /api/v1/me/cards/lost   the logged-in person reports one of their own cards lost
//   POST /api/v1/card/found      the card itself, proven after its PIN, cancels its loss report
// Each changes the card's status, writes the audit row (with whose card it was) and files a receipt in one
// transaction, once per Idempotency-Key: a retry answers the same receipt and changes nothing more.
#include "auth/audit.h"
#include "cardauth/cardproof.h"
#include "privacy/masking.h"
#include "services.h"
#include "storage/database.h"

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;

TranslatableText text(const char* source)
{
    return {"PlatformApi", source, {}};
}

ApiResult wrongStatus(const char* code, const char* message, const char* advice, CardStatus status)
{
    return ApiResult::error(409, QString::fromLatin1(code), text(message), text(advice),
                            {{QStringLiteral("cardStatus"), cardStatusKey(status)}});
}

// Loss reports are taken where someone can be helped on the spot: a kiosk (the person alone) and a counter
// (a clerk, who is recorded); not on a home visit's laptop.
std::optional<ApiResult> notHere(RequestContext& context)
{
    if (context.terminal.mode == u"kiosk" || context.terminal.mode == u"counter")
        return std::nullopt;
    return ApiResult::error(
        403, QStringLiteral("card_loss_not_here"),
        text(QT_TRANSLATE_NOOP("PlatformApi", "A card's loss is reported at a kiosk or a service counter.")));
}

struct Asked {
    QString cardIdentifier;
    qint64 staffId; // at a counter the clerk acting; 0 at a kiosk
};

// Which card, and who acts: or why this terminal takes no such request.
std::variant<Asked, ApiResult> whatIsAsked(PlatformServices& services, RequestContext& context)
{
    if (auto refused = notHere(context))
        return *refused;
    const auto staffId = actingClerk(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&staffId))
        return *refused;
    const QString identifier = context.bodyString("cardIdentifier").trimmed().toUpper();
    if (identifier.isEmpty())
        return missingField("cardIdentifier");
    return Asked{identifier, std::get<qint64>(staffId)};
}

// The receipt of a change filed under this request's key, with the card as it is now.
ApiResult receiptWithCard(const ApiResult& filed, const QString& identifier, CardStatus status)
{
    QJsonObject body = filed.body;
    body.insert(QStringLiteral("card"), QJsonObject{{QStringLiteral("cardIdentifier"), identifier},
                                                    {QStringLiteral("status"), cardStatusKey(status)}});
    return ApiResult::ok(body, filed.status);
}

// Files the receipt, moves the card from one status to the other (only if it still has the first: two
// reports at once change it once) and writes the audit row, all or nothing.
ApiResult changeStatus(PlatformServices& services, RequestContext& context, const QString& kind,
                       const QJsonObject& payload, const CardRecord& card, CardStatus from, CardStatus to,
                       qint64 staffId)
{
    Transaction transaction(services.db);
    const ApiResult filed = fileSubmission(services, context, kind, payload);
    if (filed.isError() || filed.body.value(QStringLiteral("replayed")).toBool())
        return filed;
    auto changed = services.db.run(QStringLiteral("UPDATE cards SET status = ? WHERE id = ? AND status = ?"),
                                   {cardStatusKey(to), card.cardId, cardStatusKey(from)});
    if (!changed)
        return storageError();
    if (changed->numRowsAffected() != 1)
        return wrongStatus("card_status_changed",
                           QT_TRANSLATE_NOOP("PlatformApi", "The card's status changed in the meantime."),
                           QT_TRANSLATE_NOOP("PlatformApi", "Please look at the card's status again."), from);
    const QString action =
        to == CardStatus::Lost ? QStringLiteral("card_reported_lost") : QStringLiteral("card_loss_cancelled");
    if (!writeAudit(services.db, context.terminal.id, staffId, action,
                    {{QStringLiteral("card"), mask(card.cardNumber, MaskKind::CardNumber)},
                     {QStringLiteral("receipt"), filed.body.value(QStringLiteral("receipt"))}},
                    card.personId))
        return storageError();
    if (!transaction.commit())
        return storageError();
    return filed;
}

ApiResult reportLost(PlatformServices& services, RequestContext& context,
                     const CitizenSessions::Session& session)
{
    const auto asked = whatIsAsked(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&asked))
        return *refused;
    const auto [identifier, staffId] = std::get<Asked>(asked);
    const QJsonObject payload{{QStringLiteral("card"), identifier},
                              {QStringLiteral("person"), session.personId}};
    // A retry is answered from its receipt, whatever has happened since.
    if (auto answered = filedBefore(services, context, QStringLiteral("card_lost"), payload))
        return answered->isError() ? *answered : receiptWithCard(*answered, identifier, CardStatus::Lost);
    const auto found = ownCard(services, identifier, session.personId);
    if (const auto* refused = std::get_if<ApiResult>(&found))
        return *refused;
    const CardRecord& card = std::get<CardRecord>(found);
    if (card.status == CardStatus::Lost)
        return wrongStatus(
            "card_already_lost", QT_TRANSLATE_NOOP("PlatformApi", "This card is already reported lost."),
            QT_TRANSLATE_NOOP("PlatformApi", "Nothing more to do: it cannot be used by anyone. Apply for a "
                                             "replacement, or cancel the report with the card and its PIN."),
            card.status);
    if (card.status != CardStatus::Normal)
        return wrongStatus(
            "card_not_reportable",
            QT_TRANSLATE_NOOP("PlatformApi", "Only a card in use can be reported lost."),
            QT_TRANSLATE_NOOP("PlatformApi",
                              "This card is cancelled or not yet collected, so it cannot be used anyway."),
            card.status);
    const ApiResult filed = changeStatus(services, context, QStringLiteral("card_lost"), payload, card,
                                         CardStatus::Normal, CardStatus::Lost, staffId);
    return filed.isError() ? filed : receiptWithCard(filed, identifier, CardStatus::Lost);
}

ApiResult cardFound(PlatformServices& services, RequestContext& context)
{
    const auto asked = whatIsAsked(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&asked))
        return *refused;
    const auto [identifier, staffId] = std::get<Asked>(asked);
    const QJsonObject payload{{QStringLiteral("card"), identifier}};
    // Before the proof: a retry after a lost answer must not spend a second challenge (it has none).
    if (auto answered = filedBefore(services, context, QStringLiteral("card_found"), payload))
        return answered->isError() ? *answered : receiptWithCard(*answered, identifier, CardStatus::Normal);
    // Only the card itself, after its PIN: its answer to this terminal's challenge (cardauth/cardproof.h).
    const auto proven = CardChallenges::verify(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&proven))
        return *refused;
    const CardRecord& card = std::get<CardRecord>(proven);
    if (card.status != CardStatus::Lost)
        return wrongStatus(
            "card_not_lost", QT_TRANSLATE_NOOP("PlatformApi", "This card is not reported lost."),
            QT_TRANSLATE_NOOP("PlatformApi", "There is no loss report to cancel."), card.status);
    const ApiResult filed = changeStatus(services, context, QStringLiteral("card_found"), payload, card,
                                         CardStatus::Lost, CardStatus::Normal, staffId);
    return filed.isError() ? filed : receiptWithCard(filed, identifier, CardStatus::Normal);
}

} // namespace

void registerCardLossApi(Router& router, PlatformServices& services)
{
    router.add(Method::Post, QStringLiteral("/api/v1/me/cards/lost"), Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c, const CitizenSessions::Session& s) {
                   return reportLost(services, c, s);
               }));
    router.add(Method::Post, QStringLiteral("/api/v1/card/found"), Router::Access::Terminal,
               [&services](RequestContext& c) { return cardFound(services, c); });
}

} // namespace ssc::platform
