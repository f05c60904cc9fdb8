// Demo-only endpoints: the citizen's phone app's side (mint an e-card code, confirm a login code) and the
// list of demo people for the simulator. Registered only with --demo; otherwise these paths are 404.
#include "cardauth/issuerkey.h"
#include "messages.h"
#include "services.h"
#include "storage/database.h"

#include <QJsonArray>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;

struct DemoCard {
    qint64 personId = 0;
    qint64 cardId = 0;
    QString status;
};

// A person by demo key or social security number; their card in `region`, or their first card.
std::variant<DemoCard, ApiResult> findCard(PlatformServices& services, const QString& person,
                                           const QString& region)
{
    if (person.isEmpty())
        return missingField("person");
    auto q = services.db.run(
        QStringLiteral("SELECT p.id, c.id, c.status, c.region_code FROM people p JOIN cards c ON "
                       "c.person_id = p.id WHERE p.demo_key = ? OR p.ssn = ? ORDER BY c.id"),
        {person, person});
    if (!q)
        return storageError();
    std::optional<DemoCard> found;
    while (q->next()) {
        const DemoCard card{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString()};
        if (!found || q->value(3).toString() == region)
            found = card;
        if (q->value(3).toString() == region)
            break;
    }
    q->finish();
    if (!found)
        return ApiResult::error(404, QStringLiteral("no_such_person"), messages::demoOnly());
    return *found;
}

ApiResult mint(PlatformServices& services, RequestContext& context)
{
    auto card = findCard(services, context.bodyString("person"), context.bodyString("region"));
    if (auto* refusal = std::get_if<ApiResult>(&card))
        return *refusal;
    // issuedSecondsAgo lets the demo and the tests show an expired code without waiting a minute.
    const qint64 ago =
        std::clamp<qint64>(context.body.value(QStringLiteral("issuedSecondsAgo")).toInteger(), 0, 3600);
    const auto code =
        services.ecard.mint(std::get<DemoCard>(card).cardId, PlatformServices::nowMs() / 1000 - ago);
    if (!code)
        return storageError();
    return ApiResult::ok(
        {{QStringLiteral("code"), code->text()}, {QStringLiteral("expiresAt"), code->code.expiresAt()}}, 201);
}

ApiResult confirmLoginCode(PlatformServices& services, RequestContext& context)
{
    auto card = findCard(services, context.bodyString("person"), context.bodyString("region"));
    if (auto* refusal = std::get_if<ApiResult>(&card))
        return *refusal;
    const DemoCard& c = std::get<DemoCard>(card);
    const auto status = cardStatusFromKey(c.status).value_or(CardStatus::Cancelled);
    if (!CardStatusPolicy::allowsECard(status))
        return cardRefusal(status); // the app itself refuses to confirm with an unusable card
    const qint64 now = PlatformServices::nowMs();
    auto q = services.db.run(
        QStringLiteral("UPDATE login_codes SET person_id = ?, card_id = ?, confirmed_at = ? WHERE "
                       "id = ? AND confirmed_at IS NULL AND expires_at > ?"),
        {c.personId, c.cardId, now, context.pathArguments.value(0), now});
    if (!q)
        return storageError();
    if (q->numRowsAffected() != 1)
        return ApiResult::error(404, QStringLiteral("login_code_unknown"), messages::loginCodeUnknown());
    return ApiResult::ok({{QStringLiteral("confirmed"), true}});
}

QString keyHex(const std::optional<QByteArray>& key)
{
    return key ? QString::fromLatin1(key->toHex()) : QString();
}

ApiResult people(PlatformServices& services, RequestContext&)
{
    auto q = services.db.run(QStringLiteral(
        "SELECT p.demo_key, p.name, p.ssn, c.region_name, c.status, c.card_identifier, c.card_number, "
        "c.generation, p.sex, p.birth_date FROM people p "
        "JOIN cards c ON c.person_id = p.id WHERE p.demo_key IS NOT NULL ORDER BY p.id, c.id"));
    if (!q)
        return storageError();
    QJsonArray list;
    while (q->next())
        list.append(QJsonObject{
            {QStringLiteral("person"), q->value(0).toString()},
            {QStringLiteral("name"), q->value(1).toString()},
            {QStringLiteral("ssn"), q->value(2).toString()},
            {QStringLiteral("region"), q->value(3).toString()},
            {QStringLiteral("cardStatus"), q->value(4).toString()},
            // What the simulator's virtual card reader puts on the card (the chip's files).
            {QStringLiteral("cardIdentifier"), q->value(5).toString()},
            {QStringLiteral("cardNumber"), q->value(6).toString()},
            {QStringLiteral("generation"), q->value(7).toInt()},
            {QStringLiteral("sex"), q->value(8).toString()},
            {QStringLiteral("birthDate"), q->value(9).toString()},
            // The card's own key, as the card office writes it into the chip at personalisation
            // (demo only: a real platform never hands out a card key).
            {QStringLiteral("cardKey"), keyHex(cardKeyFor(services.keys, q->value(5).toString()))},
            {QStringLiteral("unblockKey"), keyHex(unblockKeyFor(services.keys, q->value(5).toString()))}});
    return ApiResult::ok({{QStringLiteral("people"), list}});
}

} // namespace

void registerDemoApi(Router& router, PlatformServices& s)
{
    const auto open = Router::Access::Public;
    router.add(Method::Get, QStringLiteral("/api/v1/demo/people"), open,
               [&s](RequestContext& c) { return people(s, c); });
    router.add(Method::Post, QStringLiteral("/api/v1/demo/ecard/mint"), open,
               [&s](RequestContext& c) { return mint(s, c); });
    router.add(Method::Post, QStringLiteral("/api/v1/demo/login-codes/{id}/confirm"), open,
               [&s](RequestContext& c) { return confirmLoginCode(s, c); });
}

} // namespace ssc::platform
