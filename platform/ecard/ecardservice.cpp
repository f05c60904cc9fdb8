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
    if (!spend({code.code.codeIdHex(), code.code.issuedAt}, terminalId, nowMs, r))
        return r;
    r.outcome = CardStatusPolicy::allowsECard(r.cardStatus) ? Outcome::Ok : Outcome::CardRefused;
    return r;
}

bool ECardService::spend(const CodeKey& code, const QString& terminalId, qint64 nowMs, Resolution& r)
{
    using Outcome = Resolution::Outcome;
    if (m_db.dialect() == Database::Dialect::PostgreSQL)
        return spendInOneStatement(code, terminalId, nowMs, r);
    // SQLite: statements are function calls, not round trips. Single use: only the first UPDATE finds used_at
    // empty.
    auto used =
        m_db.run(QStringLiteral("UPDATE ecard_codes SET used_at = ?, used_by_terminal = ? WHERE code_id = ? "
                                "AND issued_at = ? AND used_at IS NULL"),
                 {nowMs, terminalId, code.id, code.issuedAt});
    if (!used)
        return false;
    if (used->numRowsAffected() != 1) {
        auto known = m_db.run(QStringLiteral("SELECT 1 FROM ecard_codes WHERE code_id = ? AND issued_at = ?"),
                              {code.id, code.issuedAt});
        if (!known)
            return false;
        r.outcome = known->next() ? Outcome::Used : Outcome::UnknownCode;
        known->finish();
        return false;
    }
    auto card =
        m_db.run(QStringLiteral("SELECT c.id, c.person_id, c.status FROM ecard_codes e JOIN cards c ON "
                                "c.id = e.card_id WHERE e.code_id = ? AND e.issued_at = ?"),
                 {code.id, code.issuedAt});
    if (!card)
        return false;
    if (!card->next()) {
        r.outcome = Outcome::UnknownCode;
        return false;
    }
    r.cardId = card->value(0).toLongLong();
    r.personId = card->value(1).toLongLong();
    r.cardStatus = cardStatusFromKey(card->value(2).toString()).value_or(CardStatus::Cancelled);
    card->finish();
    return true;
}

bool ECardService::spendInOneStatement(const CodeKey& code, const QString& terminalId, qint64 nowMs,
                                       Resolution& r)
{
    using Outcome = Resolution::Outcome;
    // One round trip: the UPDATE (single use: of two at once, the second waits for the first's row lock, then
    // finds used_at set and changes nothing), whether the code exists at all (read as the statement began, so
    // a used code still counts as known), and the card the UPDATE's row names. Always one row.
    auto row = m_db.run(
        QStringLiteral(
            "WITH spent AS (UPDATE ecard_codes SET used_at = ?, used_by_terminal = ? WHERE code_id = "
            "? AND issued_at = ? AND used_at IS NULL RETURNING card_id) SELECT EXISTS (SELECT 1 FROM "
            "ecard_codes WHERE code_id = ? AND issued_at = ?), (SELECT COUNT(*) FROM spent), c.id, "
            "c.person_id, c.status FROM (SELECT 1) AS one LEFT JOIN spent ON TRUE LEFT JOIN cards c ON c.id "
            "= spent.card_id"),
        {nowMs, terminalId, code.id, code.issuedAt, code.id, code.issuedAt});
    if (!row)
        return false;
    if (!row->next()) {
        row->finish();
        return false;
    }
    const bool known = row->value(0).toBool();
    const bool spentNow = row->value(1).toInt() == 1;
    const bool cardFound = !row->value(2).isNull();
    r.cardId = row->value(2).toLongLong();
    r.personId = row->value(3).toLongLong();
    r.cardStatus = cardStatusFromKey(row->value(4).toString()).value_or(CardStatus::Cancelled);
    row->finish();
    if (!spentNow)
        r.outcome = known ? Outcome::Used : Outcome::UnknownCode;
    else if (!cardFound)
        r.outcome = Outcome::UnknownCode;
    return spentNow && cardFound;
}

} // namespace ssc::platform
