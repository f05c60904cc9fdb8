#include "ecardservice.h"

#include "ecard/ed25519.h"
#include "storage/database.h"

namespace ssc::platform {

std::optional<SignedECardCode> ECardService::mint(qint64 cardId, qint64 nowSeconds)
{
    const auto keyId = m_keys.currentKeyId();
    if (!keyId)
        return std::nullopt;
    SignedECardCode result;
    result.code.keyId = *keyId;
    result.code.codeId = secureRandomBytes(ECardCode::codeIdSize);
    result.code.issuedAt = nowSeconds;
    const auto signature = m_keys.sign(*keyId, result.code.signedMessage());
    if (!signature)
        return std::nullopt;
    result.signature = *signature;
    if (!m_db.run(
            QStringLiteral(
                "INSERT INTO ecard_codes (code_id, card_id, issued_at, expires_at) VALUES (?, ?, ?, ?)"),
            {result.code.codeIdHex(), cardId, result.code.issuedAt, result.code.expiresAt()}))
        return std::nullopt;
    return result;
}

ECardService::Resolution ECardService::resolve(const QString& text, const QString& terminalId, qint64 nowMs)
{
    using Outcome = Resolution::Outcome;
    Resolution r;
    const auto parsed = ECardCodeText::parse(text);
    if (const auto* problem = std::get_if<ECardCodeProblem>(&parsed)) {
        r.outcome = Outcome::Malformed;
        r.problem = *problem;
        return r;
    }
    const SignedECardCode& code = std::get<SignedECardCode>(parsed);
    const auto publicKey = m_keys.publicKey(code.code.keyId);
    // No such key, or a retired key vouching for a code issued after it retired: not ours.
    if (!publicKey || !SigningKeys::vouchesFor(*publicKey, code.code.issuedAt)) {
        r.outcome = Outcome::Forged;
        return r;
    }
    switch (verifyECardCode(code, publicKey->key, nowMs / 1000)) {
    case ECardCodeVerdict::BadSignature:
        r.outcome = Outcome::Forged;
        return r;
    case ECardCodeVerdict::Expired:
        r.outcome = Outcome::Expired;
        return r;
    case ECardCodeVerdict::NotYetValid:
        r.outcome = Outcome::NotYetValid;
        return r;
    case ECardCodeVerdict::Valid:
        break;
    }
    // Single use: only the first UPDATE finds used_at empty.
    auto used =
        m_db.run(QStringLiteral("UPDATE ecard_codes SET used_at = ?, used_by_terminal = ? WHERE code_id = ? "
                                "AND used_at IS NULL"),
                 {nowMs, terminalId, code.code.codeIdHex()});
    if (!used)
        return r;
    if (used->numRowsAffected() != 1) {
        auto known =
            m_db.run(QStringLiteral("SELECT 1 FROM ecard_codes WHERE code_id = ?"), {code.code.codeIdHex()});
        if (!known)
            return r;
        r.outcome = known->next() ? Outcome::Used : Outcome::UnknownCode;
        known->finish();
        return r;
    }
    auto card =
        m_db.run(QStringLiteral("SELECT c.id, c.person_id, c.status FROM ecard_codes e JOIN cards c ON "
                                "c.id = e.card_id WHERE e.code_id = ?"),
                 {code.code.codeIdHex()});
    if (!card)
        return r;
    if (!card->next()) {
        r.outcome = Outcome::UnknownCode;
        return r;
    }
    r.cardId = card->value(0).toLongLong();
    r.personId = card->value(1).toLongLong();
    r.cardStatus = cardStatusFromKey(card->value(2).toString()).value_or(CardStatus::Cancelled);
    card->finish();
    r.outcome = CardStatusPolicy::allowsECard(r.cardStatus) ? Outcome::Ok : Outcome::CardRefused;
    return r;
}

} // namespace ssc::platform
