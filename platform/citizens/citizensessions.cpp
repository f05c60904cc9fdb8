#include "citizensessions.h"

#include "auth/secrets.h"
#include "http/apiresult.h"
#include "personreference.h"
#include "privacy/masking.h"
#include "storage/database.h"

#include <QJsonArray>

#include <map>

namespace ssc::platform {
namespace {

QJsonObject cardJson(const QSqlQuery& q)
{
    return {{QStringLiteral("regionCode"), q.value(1).toString()},
            // The region's name in both languages (the English is the Chinese where none is on record).
            {QStringLiteral("regionName"), bilingualPair(q.value(2).toString(), q.value(10).toString())},
            {QStringLiteral("cardNumber"), mask(q.value(3).toString(), MaskKind::CardNumber)},
            {QStringLiteral("cardIdentifier"), q.value(4).toString()},
            {QStringLiteral("status"), q.value(5).toString()},
            {QStringLiteral("generation"), q.value(6).toInt()},
            {QStringLiteral("issued"), q.value(7).toString()},
            {QStringLiteral("expires"), q.value(8).toString()},
            {QStringLiteral("bankAccount"), mask(q.value(9).toString(), MaskKind::BankAccount)}};
}

} // namespace

std::optional<CitizenSessions::Session> CitizenSessions::create(qint64 personId, qint64 cardId,
                                                                const QString& terminalId,
                                                                const QString& method, qint64 now)
{
    Session session{newToken(), personId, cardId, method, now + lifetimeMilliseconds, terminalId};
    if (!m_db.run(QStringLiteral(
                      "INSERT INTO citizen_sessions (token_hash, person_id, card_id, terminal_id, method, "
                      "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {tokenHash(session.token), personId, cardId, terminalId, method, now, session.expiresAt}))
        return std::nullopt;
    return session;
}

std::optional<CitizenSessions::Session> CitizenSessions::find(const QString& token, const QString& terminalId,
                                                              qint64 now)
{
    if (token.isEmpty())
        return std::nullopt;
    auto q =
        m_db.run(QStringLiteral("SELECT person_id, card_id, method, expires_at FROM citizen_sessions WHERE "
                                "token_hash = ? AND terminal_id = ? AND ended_at IS NULL AND expires_at > ?"),
                 {tokenHash(token), terminalId, now});
    if (!q || !q->next())
        return std::nullopt;
    Session session{token,
                    q->value(0).toLongLong(),
                    q->value(1).toLongLong(),
                    q->value(2).toString(),
                    q->value(3).toLongLong(),
                    terminalId};
    q->finish();
    return session;
}

bool CitizenSessions::end(const QString& token, const QString& terminalId, qint64 now)
{
    auto q = m_db.run(
        QStringLiteral("UPDATE citizen_sessions SET ended_at = ? WHERE token_hash = ? AND terminal_id = ? "
                       "AND ended_at IS NULL"),
        {now, tokenHash(token), terminalId});
    return q && q->numRowsAffected() == 1;
}

std::optional<QJsonObject> CitizenSessions::describe(const Session& session)
{
    auto p = m_db.run(QStringLiteral("SELECT name, ssn, id_kind, sex, birth_date, phone, reference_key FROM "
                                     "people WHERE id = ?"),
                      {session.personId});
    if (!p || !p->next())
        return std::nullopt;
    const auto reference =
        personReference(m_db, session.personId, p->value(6).toString(), session.terminalId);
    if (!reference)
        return std::nullopt;
    // What the terminal's screens and rules need, and no more: the numbers masked as every screen shows
    // them, the birth date and sex for the age and pension rules.
    const QJsonObject person{{QStringLiteral("reference"), *reference},
                             {QStringLiteral("name"), mask(p->value(0).toString(), MaskKind::Name)},
                             {QStringLiteral("ssn"), mask(p->value(1).toString(), MaskKind::IdNumber)},
                             {QStringLiteral("idKind"), p->value(2).toString()},
                             {QStringLiteral("sex"), p->value(3).toString()},
                             {QStringLiteral("birthDate"), p->value(4).toString()},
                             {QStringLiteral("phone"), mask(p->value(5).toString(), MaskKind::Phone)},
                             {QStringLiteral("masked"), true}};
    p->finish();
    auto c = m_db.run(
        QStringLiteral(
            "SELECT id, region_code, region_name, card_number, card_identifier, status, "
            "generation, issued, expires, bank_account, region_name_en FROM cards WHERE person_id = ? "
            "ORDER BY id"),
        {session.personId});
    if (!c)
        return std::nullopt;
    QJsonArray cards;
    QJsonObject current;
    QList<qint64> ids;
    while (c->next()) {
        ids << c->value(0).toLongLong();
        cards.append(cardJson(*c));
    }
    c->finish();
    // Where each card's e-card was claimed.
    auto claims =
        m_db.run(QStringLiteral("SELECT e.card_id, e.channel, e.claimed_on FROM ecard_claims e JOIN cards c "
                                "ON c.id = e.card_id WHERE c.person_id = ? ORDER BY e.id"),
                 {session.personId});
    if (!claims)
        return std::nullopt;
    std::map<qint64, QJsonArray> byCard;
    while (claims->next())
        byCard[claims->value(0).toLongLong()].append(
            QJsonObject{{QStringLiteral("channel"), claims->value(1).toString()},
                        {QStringLiteral("claimedOn"), claims->value(2).toString()}});
    for (qsizetype i = 0; i < cards.size(); ++i) {
        QJsonObject card = cards[i].toObject();
        card.insert(QStringLiteral("eCardClaims"), byCard[ids[i]]);
        cards[i] = card;
        if (ids[i] == session.cardId)
            current = card;
    }
    return QJsonObject{
        {QStringLiteral("session"), QJsonObject{{QStringLiteral("token"), session.token},
                                                {QStringLiteral("method"), session.method},
                                                {QStringLiteral("expiresAt"), session.expiresAt}}},
        {QStringLiteral("person"), person},
        {QStringLiteral("card"), current},
        {QStringLiteral("cards"), cards}};
}

} // namespace ssc::platform
