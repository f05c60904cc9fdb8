// Replacing a card (补换卡, 即时补换) (docs/card-services.md, "Replace the card"):
//   POST /api/v1/me/card-replacements                    apply: one of the person's own cards, a reason, the
//                                                         fee by the reason (Idempotency-Key: filed once)
//   GET  /api/v1/me/card-replacements/{receipt}           how it stands, with the fee
//   POST /api/v1/me/card-replacements/{receipt}/issue     at a counter with an instant-issue encoder: the new
//                                                         card made (sealed) and what the encoder writes
//   POST /api/v1/me/card-replacements/{receipt}/activate  the new card proves itself (its answer to a
//                                                         platform challenge): it becomes normal, the old
//                                                         one cancelled, the application collected
// The application appears in "my applications" (kind card-replacement: submitted → making → ready →
// collected, 申请 → 制卡 → 可领取 → 已领取). The terminal's word that a card was made changes nothing: only
// the new card's own answer, with the key the platform derived for it, moves the cards' statuses.
#include "auth/audit.h"
#include "cardauth/cardkey.h"
#include "cardauth/cardproof.h"
#include "cardauth/issuerkey.h"
#include "cardservices/replacementrules.h"
#include "privacy/masking.h"
#include "services.h"
#include "storage/database.h"

#include <QDate>
#include <QRandomGenerator>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;
using Session = CitizenSessions::Session;

const QString kind = QStringLiteral("card-replacement");

TranslatableText text(const char* source)
{
    return {"PlatformApi", source, {}};
}

// Where a replacement is asked for: a kiosk (the person alone) or a counter (a clerk, recorded); issuing and
// handing over only at a counter, where someone hands the card over. 0 at a kiosk, the clerk's id at a
// counter, or the refusal.
std::variant<qint64, ApiResult> whoActs(PlatformServices& services, RequestContext& context, bool counterOnly)
{
    if (context.terminal.mode == u"kiosk" && !counterOnly)
        return qint64(0);
    if (context.terminal.mode != u"counter")
        return ApiResult::error(
            403, QStringLiteral("card_replacement_not_here"),
            counterOnly ? text(QT_TRANSLATE_NOOP(
                              "PlatformApi", "A new card is issued and handed over at a service counter."))
                        : text(QT_TRANSLATE_NOOP(
                              "PlatformApi", "A new card is applied for at a kiosk or a service counter.")));
    return actingClerk(services, context);
}

struct Replacement {
    QString receipt;
    qint64 personId = 0;
    qint64 oldCardId = 0;
    qint64 newCardId = 0; // 0 until made
    QString reason;
    int feeFen = 0;
    QString status; // the application's: submitted | making | ready | collected
    qint64 appliedAt = 0;
};

// The person's own replacement with that receipt; nullopt when there is none (someone else's as well).
std::variant<std::optional<Replacement>, ApiResult> replacementOf(PlatformServices& services,
                                                                  const QString& receipt, qint64 personId)
{
    auto q = services.db.run(
        QStringLiteral("SELECT r.receipt, r.person_id, r.old_card_id, r.new_card_id, r.reason, r.fee_fen, "
                       "a.status, r.applied_at FROM card_replacements r JOIN applications a ON a.receipt = "
                       "r.receipt WHERE r.receipt = ? AND r.person_id = ?"),
        {receipt, personId});
    if (!q)
        return storageError();
    if (!q->next())
        return std::optional<Replacement>();
    Replacement r{q->value(0).toString(),   q->value(1).toLongLong(), q->value(2).toLongLong(),
                  q->value(3).toLongLong(), q->value(4).toString(),   q->value(5).toInt(),
                  q->value(6).toString(),   q->value(7).toLongLong()};
    q->finish();
    return std::optional<Replacement>(r);
}

ApiResult unknownReplacement()
{
    return ApiResult::error(
        404, QStringLiteral("card_replacement_unknown"),
        text(QT_TRANSLATE_NOOP("PlatformApi", "You have no card replacement with this receipt.")));
}

// A card's identifier and masked number, by its id.
QJsonObject cardJson(PlatformServices& services, qint64 cardId)
{
    auto q = services.db.run(
        QStringLiteral("SELECT card_identifier, card_number, status FROM cards WHERE id = ?"), {cardId});
    if (!q || !q->next())
        return {};
    return {{QStringLiteral("cardIdentifier"), q->value(0).toString()},
            {QStringLiteral("cardNumber"), mask(q->value(1).toString(), MaskKind::CardNumber)},
            {QStringLiteral("status"), q->value(2).toString()}};
}

QJsonObject replacementJson(PlatformServices& services, const Replacement& r)
{
    QJsonObject body{{QStringLiteral("receipt"), r.receipt},
                     {QStringLiteral("reason"), r.reason},
                     {QStringLiteral("feeFen"), r.feeFen},
                     {QStringLiteral("status"), r.status},
                     {QStringLiteral("appliedAt"), r.appliedAt},
                     {QStringLiteral("oldCard"), cardJson(services, r.oldCardId)}};
    if (r.newCardId > 0)
        body.insert(QStringLiteral("newCard"), cardJson(services, r.newCardId));
    return body;
}

ApiResult answerFor(PlatformServices& services, const QString& receipt, qint64 personId, bool replayed,
                    int status)
{
    const auto found = replacementOf(services, receipt, personId);
    if (const auto* refused = std::get_if<ApiResult>(&found))
        return *refused;
    const auto& r = std::get<std::optional<Replacement>>(found);
    if (!r)
        return unknownReplacement();
    QJsonObject body = replacementJson(services, *r);
    body.insert(QStringLiteral("replayed"), replayed);
    return ApiResult::ok(body, status);
}

// Whether the card may be replaced for this reason (replacementrules.h), or why not.
std::optional<ApiResult> notReplaceable(PlatformServices& services, const CardRecord& card,
                                        ReplacementReason reason)
{
    const CardStatus required = ReplacementRules::requiredStatus(reason);
    if (card.status == CardStatus::Normal && required == CardStatus::Lost)
        return ApiResult::error(
            409, QStringLiteral("report_lost_first"),
            text(QT_TRANSLATE_NOOP("PlatformApi", "A lost card is reported lost before it is replaced.")),
            text(QT_TRANSLATE_NOOP(
                "PlatformApi", "Report it lost first: then nobody can use it while the new one is made.")),
            {{QStringLiteral("cardStatus"), cardStatusKey(card.status)}});
    if (card.status != required)
        return ApiResult::error(
            409, QStringLiteral("card_not_replaceable"),
            text(QT_TRANSLATE_NOOP("PlatformApi", "This card cannot be replaced for this reason.")),
            CardStatusPolicy::adviceText(card.status),
            {{QStringLiteral("cardStatus"), cardStatusKey(card.status)}});
    auto open = services.db.run(
        QStringLiteral(
            "SELECT r.receipt FROM card_replacements r JOIN applications a ON a.receipt = r.receipt "
            "WHERE r.old_card_id = ? AND a.status <> 'collected'"),
        {card.cardId});
    if (!open)
        return storageError();
    if (open->next())
        return ApiResult::error(
            409, QStringLiteral("card_replacement_pending"),
            text(QT_TRANSLATE_NOOP("PlatformApi", "A replacement of this card is already under way.")),
            text(QT_TRANSLATE_NOOP("PlatformApi", "See how far it has come in \"My applications\".")),
            {{QStringLiteral("receipt"), open->value(0).toString()}});
    return std::nullopt;
}

ApiResult apply(PlatformServices& services, RequestContext& context, const Session& session)
{
    const auto staff = whoActs(services, context, false);
    if (const auto* refused = std::get_if<ApiResult>(&staff))
        return *refused;
    const QString identifier = context.bodyString("cardIdentifier").trimmed().toUpper();
    if (identifier.isEmpty())
        return missingField("cardIdentifier");
    const auto reason = replacementReasonFromKey(context.bodyString("reason"));
    if (!reason)
        return ApiResult::error(
            400, QStringLiteral("unknown_reason"),
            text(QT_TRANSLATE_NOOP("PlatformApi",
                                   "A card is replaced when it is lost, damaged, expired or its information "
                                   "changed.")));
    const QJsonObject payload{{QStringLiteral("card"), identifier},
                              {QStringLiteral("reason"), replacementReasonKey(*reason)},
                              {QStringLiteral("person"), session.personId}};
    // A retry is answered from what it filed, whatever has happened since.
    if (auto answered = filedBefore(services, context, kind, payload))
        return answered->isError()
                   ? *answered
                   : answerFor(services, answered->body.value(QStringLiteral("receipt")).toString(),
                               session.personId, true, 200);
    const auto found = ownCard(services, identifier, session.personId);
    if (const auto* refused = std::get_if<ApiResult>(&found))
        return *refused;
    const CardRecord& card = std::get<CardRecord>(found);
    if (auto refused = notReplaceable(services, card, *reason))
        return *refused;
    const qint64 now = PlatformServices::nowMs();
    const int fee = ReplacementRules::feeFen(*reason);
    Transaction transaction(services.db);
    const ApiResult filed = fileSubmission(services, context, kind, payload);
    if (filed.isError())
        return filed;
    const QString receipt = filed.body.value(QStringLiteral("receipt")).toString();
    if (filed.body.value(QStringLiteral("replayed")).toBool()) // the same request, filed meanwhile
        return answerFor(services, receipt, session.personId, true, 200);
    if (!services.db.run(QStringLiteral("INSERT INTO applications (receipt, person_id, kind, status, "
                                        "submitted_at) VALUES (?, ?, ?, 'submitted', ?)"),
                         {receipt, session.personId, kind, now}) ||
        !services.db.run(
            QStringLiteral("INSERT INTO card_replacements (receipt, person_id, old_card_id, reason, "
                           "fee_fen, terminal_id, staff_id, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                           "?)"),
            {receipt, session.personId, card.cardId, replacementReasonKey(*reason), fee, context.terminal.id,
             std::get<qint64>(staff), now}) ||
        !writeAudit(services.db, context.terminal.id, std::get<qint64>(staff),
                    QStringLiteral("card_replacement_applied"),
                    {{QStringLiteral("card"), mask(card.cardNumber, MaskKind::CardNumber)},
                     {QStringLiteral("reason"), replacementReasonKey(*reason)},
                     {QStringLiteral("receipt"), receipt}},
                    session.personId) ||
        !transaction.commit())
        return storageError();
    return answerFor(services, receipt, session.personId, false, 201);
}

// The person's replacement named in the path, or the refusal.
std::variant<Replacement, ApiResult> pathReplacement(PlatformServices& services, RequestContext& context,
                                                     const Session& session)
{
    const auto found = replacementOf(services, context.pathArguments.value(0), session.personId);
    if (const auto* refused = std::get_if<ApiResult>(&found))
        return *refused;
    const auto& r = std::get<std::optional<Replacement>>(found);
    if (!r)
        return unknownReplacement();
    return *r;
}

ApiResult show(PlatformServices& services, RequestContext& context, const Session& session)
{
    const auto r = pathReplacement(services, context, session);
    if (const auto* refused = std::get_if<ApiResult>(&r))
        return *refused;
    return ApiResult::ok(replacementJson(services, std::get<Replacement>(r)));
}

ApiResult alreadyCollected()
{
    return ApiResult::error(409, QStringLiteral("card_replacement_collected"),
                            text(QT_TRANSLATE_NOOP("PlatformApi", "The new card was already handed over.")));
}

// A new card for the replacement: same region and account, a new number and identifier, sealed (封存: made,
// not yet handed over). Its id, 0 on a storage error.
qint64 makeCard(PlatformServices& services, const Replacement& r)
{
    auto old = services.db.run(
        QStringLiteral(
            "SELECT region_code, region_name, card_identifier, bank_account FROM cards WHERE id = ?"),
        {r.oldCardId});
    if (!old || !old->next())
        return 0;
    const QVariantList region{old->value(0), old->value(1)};
    const QString prefix = old->value(2).toString().left(6); // the issuing region of the identifier
    const QVariant account = old->value(3);
    old->finish();
    auto* random = QRandomGenerator::system();
    const QString identifier = prefix + QStringLiteral("D156000005") +
                               QString::fromLatin1(cardauth::randomBytes(8).toHex()).toUpper();
    QString number(QChar(u'A' + char16_t(random->bounded(26))));
    for (int i = 0; i < 8; ++i)
        number += QChar(u'0' + char16_t(random->bounded(10)));
    const QDate today = QDate::currentDate();
    auto made = services.db.run(
        QStringLiteral(
            "INSERT INTO cards (person_id, region_code, region_name, card_number, card_identifier, "
            "status, generation, issued, expires, bank_account) VALUES (?, ?, ?, ?, ?, 'sealed', 3, "
            "?, ?, ?)"),
        {r.personId, region[0], region[1], number, identifier, today.toString(Qt::ISODate),
         today.addYears(10).toString(Qt::ISODate), account});
    if (!made)
        return 0;
    auto id = services.db.run(QStringLiteral("SELECT id FROM cards WHERE card_identifier = ?"), {identifier});
    return id && id->next() ? id->value(0).toLongLong() : 0;
}

// What the encoder writes: EF05, EF06 and the two keys derived in the key store (docs/security.md).
std::variant<QJsonObject, ApiResult> encoderOrder(PlatformServices& services, qint64 cardId)
{
    auto q = services.db.run(
        QStringLiteral("SELECT c.card_identifier, c.card_number, c.issued, c.expires, p.ssn, p.name, p.sex, "
                       "p.birth_date FROM cards c JOIN people p ON p.id = c.person_id WHERE c.id = ?"),
        {cardId});
    if (!q || !q->next())
        return storageError();
    const QString identifier = q->value(0).toString();
    const auto cardKey = cardKeyFor(services.keys, identifier);
    const auto unblockKey = unblockKeyFor(services.keys, identifier);
    if (!cardKey || !unblockKey)
        return storageError();
    return QJsonObject{
        {QStringLiteral("card"), QJsonObject{{QStringLiteral("cardIdentifier"), identifier},
                                             {QStringLiteral("cardNumber"), q->value(1).toString()},
                                             {QStringLiteral("specVersion"), QStringLiteral("3.00")},
                                             {QStringLiteral("issued"), q->value(2).toString()},
                                             {QStringLiteral("expires"), q->value(3).toString()}}},
        {QStringLiteral("holder"), QJsonObject{{QStringLiteral("ssn"), q->value(4).toString()},
                                               {QStringLiteral("name"), q->value(5).toString()},
                                               {QStringLiteral("sex"), q->value(6).toString()},
                                               {QStringLiteral("birthDate"), q->value(7).toString()}}},
        {QStringLiteral("keys"),
         QJsonObject{{QStringLiteral("cardKey"), QString::fromLatin1(cardKey->toHex())},
                     {QStringLiteral("unblockKey"), QString::fromLatin1(unblockKey->toHex())}}}};
}

// Issuing and handing over: the clerk at a counter and the person's replacement named in the path.
struct AtCounter {
    qint64 staffId = 0;
    Replacement replacement;
};

std::variant<AtCounter, ApiResult> atCounter(PlatformServices& services, RequestContext& context,
                                             const Session& session)
{
    const auto staff = whoActs(services, context, true);
    if (const auto* refused = std::get_if<ApiResult>(&staff))
        return *refused;
    const auto found = pathReplacement(services, context, session);
    if (const auto* refused = std::get_if<ApiResult>(&found))
        return *refused;
    return AtCounter{std::get<qint64>(staff), std::get<Replacement>(found)};
}

ApiResult issue(PlatformServices& services, RequestContext& context, const Session& session)
{
    const auto asked = atCounter(services, context, session);
    if (const auto* refused = std::get_if<ApiResult>(&asked))
        return *refused;
    const qint64 staffId = std::get<AtCounter>(asked).staffId;
    Replacement r = std::get<AtCounter>(asked).replacement;
    if (r.status == u"collected")
        return alreadyCollected();
    // The answer carries the new card's keys in the clear for the emulated encoder: acceptable for a demo
    // only. A real issuer's encoder holds a PSAM or reaches the HSM itself (docs/security.md, "Replacing a
    // card"), which this platform does not speak yet; so without --demo no card is issued this way.
    if (!services.demo)
        return ApiResult::error(
            501, QStringLiteral("instant_issue_unavailable"),
            text(QT_TRANSLATE_NOOP("PlatformApi", "Cards are not issued at counters here yet.")),
            text(QT_TRANSLATE_NOOP("PlatformApi",
                                   "The card office makes the new card; it is collected here.")));
    // The same card again when it was made before (a spoiled blank, a lost answer): one new card per
    // replacement, still sealed, so a second blank written with it replaces the first.
    if (r.newCardId == 0) {
        Transaction transaction(services.db);
        r.newCardId = makeCard(services, r);
        if (r.newCardId == 0 ||
            !services.db.run(QStringLiteral("UPDATE card_replacements SET new_card_id = ?, made_at = ? WHERE "
                                            "receipt = ? AND new_card_id IS NULL"),
                             {r.newCardId, PlatformServices::nowMs(), r.receipt}) ||
            !services.db.run(
                QStringLiteral("UPDATE applications SET status = 'making', reviewed_at = ? WHERE "
                               "receipt = ?"),
                {PlatformServices::nowMs(), r.receipt}) ||
            !writeAudit(services.db, context.terminal.id, staffId, QStringLiteral("card_replacement_made"),
                        {{QStringLiteral("receipt"), r.receipt}}, r.personId) ||
            !transaction.commit())
            return storageError();
    }
    auto order = encoderOrder(services, r.newCardId);
    if (const auto* refused = std::get_if<ApiResult>(&order))
        return *refused;
    QJsonObject body = std::get<QJsonObject>(order);
    body.insert(QStringLiteral("receipt"), r.receipt);
    body.insert(QStringLiteral("status"), QStringLiteral("making"));
    return ApiResult::ok(body, 201);
}

ApiResult activate(PlatformServices& services, RequestContext& context, const Session& session)
{
    const auto asked = atCounter(services, context, session);
    if (const auto* refused = std::get_if<ApiResult>(&asked))
        return *refused;
    const qint64 staffId = std::get<AtCounter>(asked).staffId;
    const Replacement r = std::get<AtCounter>(asked).replacement;
    if (r.status == u"collected") // a retry after a lost answer: the answer again, nothing changed
        return answerFor(services, r.receipt, session.personId, true, 200);
    if (r.newCardId == 0)
        return ApiResult::error(
            409, QStringLiteral("card_not_made"),
            text(QT_TRANSLATE_NOOP("PlatformApi", "The new card has not been made yet.")));
    // Only the new card itself, after its PIN: its answer to this terminal's challenge with the key the
    // platform derived for it. A terminal that says "written" without the card proves nothing.
    const auto proven = CardChallenges::verify(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&proven))
        return *refused;
    const CardRecord& card = std::get<CardRecord>(proven);
    if (card.cardId != r.newCardId)
        return ApiResult::error(
            403, QStringLiteral("not_the_new_card"),
            text(QT_TRANSLATE_NOOP("PlatformApi", "This is not the card made for this replacement.")));
    const qint64 now = PlatformServices::nowMs();
    Transaction transaction(services.db);
    auto sealed = services.db.run(
        QStringLiteral("UPDATE cards SET status = 'normal' WHERE id = ? AND status = 'sealed'"),
        {r.newCardId});
    if (!sealed)
        return storageError();
    if (sealed->numRowsAffected() != 1)
        return alreadyCollected();
    const auto old = cardJson(services, r.oldCardId);
    if (!services.db.run(QStringLiteral("UPDATE cards SET status = 'cancelled' WHERE id = ?"),
                         {r.oldCardId}) ||
        !services.db.run(
            QStringLiteral("UPDATE applications SET status = 'collected', reviewed_at = ? WHERE receipt = ?"),
            {now, r.receipt}) ||
        !services.db.run(QStringLiteral("UPDATE card_replacements SET collected_at = ? WHERE receipt = ?"),
                         {now, r.receipt}) ||
        !writeAudit(services.db, context.terminal.id, staffId, QStringLiteral("card_replaced"),
                    {{QStringLiteral("card"), mask(card.cardNumber, MaskKind::CardNumber)},
                     {QStringLiteral("oldCard"), old.value(QStringLiteral("cardNumber"))},
                     {QStringLiteral("receipt"), r.receipt}},
                    r.personId) ||
        !transaction.commit())
        return storageError();
    return answerFor(services, r.receipt, session.personId, false, 200);
}

} // namespace

void registerCardReplacementApi(Router& router, PlatformServices& services)
{
    const auto terminal = Router::Access::Terminal;
    const QString base = QStringLiteral("/api/v1/me/card-replacements");
    router.add(Method::Post, base, terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return apply(services, c, s);
               }));
    router.add(Method::Get, base + QStringLiteral("/{receipt}"), terminal,
               forCitizen(services,
                          [&services](RequestContext& c, const Session& s) { return show(services, c, s); }));
    router.add(Method::Post, base + QStringLiteral("/{receipt}/issue"), terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return issue(services, c, s);
               }));
    router.add(Method::Post, base + QStringLiteral("/{receipt}/activate"), terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return activate(services, c, s);
               }));
}

} // namespace ssc::platform
