#include "cardproof.h"

#include "api/messages.h"
#include "api/refusal.h"
#include "api/services.h"
#include "auth/audit.h"
#include "cardauth/cardkey.h"
#include "cardauth/issuerkey.h"
#include "storage/database.h"

#include <QUuid>

namespace ssc::platform {
namespace {

// Every refusal of a card's proof tells the citizen to insert the card again.
ApiResult proofRefusal(int status, const char* code, const TranslatableText& message)
{
    return refusal(status, code, message, messages::insertCardAgain());
}

// Marks the challenge used (once, atomically); the refusal when it cannot be.
std::variant<QByteArray, ApiResult> useChallenge(PlatformServices& services, const QString& id,
                                                 const QString& terminalId)
{
    const qint64 now = PlatformServices::nowMs();
    auto used = services.db.run(QStringLiteral("UPDATE card_challenges SET used_at = ? WHERE id = ? AND "
                                               "terminal_id = ? AND used_at IS NULL AND expires_at > ?"),
                                {now, id, terminalId, now});
    if (!used)
        return storageError();
    const bool ours = used->numRowsAffected() == 1;
    auto q = services.db.run(
        QStringLiteral(
            "SELECT challenge, expires_at, used_at FROM card_challenges WHERE id = ? AND terminal_id = ?"),
        {id, terminalId});
    if (!q)
        return storageError();
    if (!q->next())
        return proofRefusal(401, "card_challenge_unknown", messages::cardChallengeUnknown());
    const QByteArray challenge = QByteArray::fromHex(q->value(0).toByteArray());
    const qint64 expiresAt = q->value(1).toLongLong();
    q->finish();
    if (ours)
        return challenge;
    if (expiresAt <= now)
        return proofRefusal(410, "card_challenge_expired", messages::cardChallengeExpired());
    return proofRefusal(409, "card_challenge_used", messages::cardChallengeUsed());
}

} // namespace

ApiResult CardChallenges::issue(PlatformServices& services, RequestContext& context)
{
    const QByteArray challenge = cardauth::randomBytes(cardauth::challengeBytes);
    if (challenge.isEmpty())
        return storageError();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = PlatformServices::nowMs();
    if (!services.db.run(
            QStringLiteral("INSERT INTO card_challenges (id, terminal_id, challenge, created_at, "
                           "expires_at) VALUES (?, ?, ?, ?, ?)"),
            {id, context.terminal.id, QString::fromLatin1(challenge.toHex()), now, now + lifetimeMs}))
        return storageError();
    // Old challenges go as new ones come: the table holds about a minute of them.
    services.db.run(QStringLiteral("DELETE FROM card_challenges WHERE expires_at < ?"), {now - lifetimeMs});
    return ApiResult::ok({{QStringLiteral("challengeId"), id},
                          {QStringLiteral("challenge"), QString::fromLatin1(challenge.toHex())},
                          {QStringLiteral("expiresAt"), now + lifetimeMs}},
                         201);
}

std::variant<CardRecord, ApiResult> CardChallenges::verify(PlatformServices& services,
                                                           RequestContext& context)
{
    const QString identifier = context.bodyString("cardIdentifier").trimmed().toUpper();
    if (identifier.isEmpty())
        return missingField("cardIdentifier");
    const QString challengeId = context.bodyString("challengeId").trimmed();
    const QByteArray answer = QByteArray::fromHex(context.bodyString("cryptogram").trimmed().toLatin1());
    if (challengeId.isEmpty() || answer.size() != cardauth::challengeBytes)
        return proofRefusal(401, "card_proof_missing", messages::cardProofMissing());
    const auto challenge = useChallenge(services, challengeId, context.terminal.id);
    if (const auto* refused = std::get_if<ApiResult>(&challenge))
        return *refused;
    const auto found = cardByIdentifier(services, identifier);
    if (const auto* refused = std::get_if<ApiResult>(&found))
        return *refused;
    const auto cardKey = cardKeyFor(services.keys, identifier);
    const auto expected =
        cardKey ? cardauth::cryptogram(*cardKey, std::get<QByteArray>(challenge)) : std::nullopt;
    if (!expected || !cardauth::sameCryptogram(*expected, answer)) {
        writeAudit(services.db, context.terminal.id, 0, QStringLiteral("card_proof_refused"),
                   {{QStringLiteral("card"), std::get<CardRecord>(found).cardId}});
        return proofRefusal(401, "card_proof_invalid", messages::cardProofInvalid());
    }
    return std::get<CardRecord>(found);
}

} // namespace ssc::platform
