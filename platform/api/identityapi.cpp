// E-card code and physical card resolution, the current citizen session, the public keys (docs/api.md).
#include "cardauth/cardproof.h"
#include "messages.h"
#include "services.h"
#include "storage/database.h"

#include <QJsonArray>

namespace ssc::platform {

std::optional<ApiResult> ecardRefusal(const ECardService::Resolution& r)
{
    using Outcome = ECardService::Resolution::Outcome;
    switch (r.outcome) {
    case Outcome::Ok:
        return std::nullopt;
    case Outcome::Malformed:
        return ApiResult::error(400, QStringLiteral("malformed_code"), messages::malformedCode(),
                                messages::refreshCode());
    case Outcome::Forged:
        return ApiResult::error(422, QStringLiteral("forged_code"), messages::forgedCode(),
                                messages::refreshCode());
    case Outcome::Expired:
        return ApiResult::error(410, QStringLiteral("code_expired"), messages::expiredCode(),
                                messages::refreshCode());
    case Outcome::NotYetValid:
        return ApiResult::error(422, QStringLiteral("code_not_yet_valid"), messages::forgedCode(),
                                messages::checkClock());
    case Outcome::Used:
        return ApiResult::error(409, QStringLiteral("code_already_used"), messages::usedCode(),
                                messages::refreshCode());
    case Outcome::UnknownCode:
        return ApiResult::error(404, QStringLiteral("no_such_person"), messages::noSuchPerson(),
                                messages::askCounter());
    case Outcome::CardRefused:
        return cardRefusal(r.cardStatus);
    case Outcome::StorageError:
        break;
    }
    return storageError();
}

namespace {

using Method = QHttpServerRequest::Method;

ApiResult resolveECard(PlatformServices& services, RequestContext& context)
{
    const QString code = context.bodyString("code");
    if (code.isEmpty())
        return missingField("code");
    // The code spent, the session and its audit row in one transaction: on SQLite one commit (one round of
    // file locks, one append to the log) instead of three, the largest cost of a resolve after the signature
    // (docs/performance.md); and a resolve whose session fails to be written spends no code. Immediate: it
    // writes, and a second instance on the same file waits its turn instead of failing on a stale read.
    Transaction together(services.db, Transaction::Mode::Immediate);
    if (!together.ok())
        return storageError();
    const auto r = services.ecard.resolve(code, context.terminal.id, PlatformServices::nowMs());
    if (auto refused = ecardRefusal(r)) {
        together.commit(); // a code refused for its card's status is spent all the same, as before
        return *refused;
    }
    ApiResult session =
        startCitizenSession(services, context.terminal, r.personId, r.cardId, QStringLiteral("ecard"));
    if (session.isError())
        return session;
    return together.commit() ? session : storageError();
}

// The physical card: proven by its answer to the platform's challenge (cardauth/cardproof.h), with whatever
// else the reader could read (generation 3 cards without a PSAM give only EF05). Anything read must agree
// with the platform's record of the card.
ApiResult resolveCard(PlatformServices& services, RequestContext& context)
{
    const auto found = CardChallenges::verify(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&found))
        return *refused;
    const CardRecord& card = std::get<CardRecord>(found);
    const qint64 cardId = card.cardId;
    const qint64 personId = card.personId;
    const CardStatus status = card.status;
    const QString cardNumber = card.cardNumber;
    const QString ssn = card.ssn;
    const QString readSsn = context.bodyString("ssn").trimmed().toUpper();
    const QString readNumber = context.bodyString("cardNumber").trimmed().toUpper();
    if ((!readSsn.isEmpty() && readSsn != ssn) || (!readNumber.isEmpty() && readNumber != cardNumber))
        return ApiResult::error(409, QStringLiteral("card_data_mismatch"), messages::cardDataMismatch(),
                                messages::askCounter());
    if (!CardStatusPolicy::allowsPhysicalCardLogin(status))
        return cardRefusal(status);
    return startCitizenSession(services, context.terminal, personId, cardId, QStringLiteral("card"));
}

ApiResult currentSession(PlatformServices& services, RequestContext& context)
{
    auto session = requireCitizenSession(services, context);
    if (auto* refusal = std::get_if<ApiResult>(&session))
        return *refusal;
    const auto description = services.sessions.describe(std::get<CitizenSessions::Session>(session));
    return description ? ApiResult::ok(*description) : storageError();
}

ApiResult endSession(PlatformServices& services, RequestContext& context)
{
    if (!services.sessions.end(context.header("X-SSC-Citizen-Session"), context.terminal.id,
                               PlatformServices::nowMs()))
        return ApiResult::error(401, QStringLiteral("citizen_session_missing"), messages::sessionMissing());
    return ApiResult::noContent();
}

ApiResult publicKeys(PlatformServices& services, RequestContext&)
{
    if (!services.ecard.keys().currentKeyId())
        return storageError();
    // The key that signs and those that retired recently enough to have codes still alive.
    auto q = services.db.run(
        QStringLiteral("SELECT key_id, public_key, retired_at FROM ecard_keys WHERE retired_at IS NULL OR "
                       "retired_at > ? ORDER BY key_id"),
        {PlatformServices::nowMs() - SigningKeys::publishedAfterRetirementMs});
    if (!q)
        return storageError();
    QJsonArray keys;
    while (q->next()) {
        QJsonObject key{
            {QStringLiteral("keyId"), q->value(0).toInt()},
            {QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
            {QStringLiteral("publicKey"), QString::fromLatin1(q->value(1).toByteArray().toBase64())}};
        if (!q->value(2).isNull())
            key.insert(QStringLiteral("retiredAt"), q->value(2).toLongLong());
        keys.append(key);
    }
    return ApiResult::ok({{QStringLiteral("keys"), keys}});
}

} // namespace

void registerIdentityApi(Router& router, PlatformServices& s)
{
    const auto terminal = Router::Access::Terminal;
    router.add(Method::Post, QStringLiteral("/api/v1/ecard/resolve"), terminal,
               [&s](RequestContext& c) { return resolveECard(s, c); });
    router.add(Method::Post, QStringLiteral("/api/v1/card/challenges"), terminal,
               [&s](RequestContext& c) { return CardChallenges::issue(s, c); });
    router.add(Method::Post, QStringLiteral("/api/v1/card/resolve"), terminal,
               [&s](RequestContext& c) { return resolveCard(s, c); });
    router.add(Method::Get, QStringLiteral("/api/v1/sessions/current"), terminal,
               [&s](RequestContext& c) { return currentSession(s, c); });
    router.add(Method::Delete, QStringLiteral("/api/v1/sessions/current"), terminal,
               [&s](RequestContext& c) { return endSession(s, c); });
    router.add(Method::Get, QStringLiteral("/api/v1/ecard/keys"), terminal,
               [&s](RequestContext& c) { return publicKeys(s, c); });
}

} // namespace ssc::platform
