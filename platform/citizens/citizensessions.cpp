#include "citizensessions.h"

#include "auth/audit.h"
#include "auth/secrets.h"
#include "http/apiresult.h"
#include "personreference.h"
#include "privacy/masking.h"
#include "storage/database.h"

#include <QJsonArray>

namespace ssc::platform {
namespace {

const QString insertSession =
    QStringLiteral("INSERT INTO citizen_sessions (token_hash, person_id, card_id, terminal_id, method, "
                   "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)");

// describe()'s one read: the person (0-6), each card (7-17) and each card's claims (18-20), in card and claim
// order. A person without cards gives one row with the card's columns empty, a card without claims one row.
const QString personCardsClaims = QStringLiteral(
    "SELECT p.name, p.ssn, p.id_kind, p.sex, p.birth_date, p.phone, p.reference_key, c.id, c.region_code, "
    "c.region_name, c.card_number, c.card_identifier, c.status, c.generation, c.issued, c.expires, "
    "c.bank_account, c.region_name_en, e.id, e.channel, e.claimed_on FROM people p LEFT JOIN cards c ON "
    "c.person_id = p.id LEFT JOIN ecard_claims e ON e.card_id = c.id WHERE p.id = ? ORDER BY c.id, e.id");
constexpr int cardColumn = 7;
constexpr int claimColumn = 18;

QJsonObject cardJson(const QSqlQuery& q)
{
    const auto at = [&q](int i) { return q.value(cardColumn + i); };
    return {{QStringLiteral("regionCode"), at(1).toString()},
            // The region's name in both languages (the English is the Chinese where none is on record).
            {QStringLiteral("regionName"), bilingualPair(at(2).toString(), at(10).toString())},
            {QStringLiteral("cardNumber"), mask(at(3).toString(), MaskKind::CardNumber)},
            {QStringLiteral("cardIdentifier"), at(4).toString()},
            {QStringLiteral("status"), at(5).toString()},
            {QStringLiteral("generation"), at(6).toInt()},
            {QStringLiteral("issued"), at(7).toString()},
            {QStringLiteral("expires"), at(8).toString()},
            {QStringLiteral("bankAccount"), mask(at(9).toString(), MaskKind::BankAccount)}};
}

} // namespace

std::optional<CitizenSessions::Session> CitizenSessions::create(qint64 personId, qint64 cardId,
                                                                const QString& terminalId,
                                                                const QString& method, qint64 now)
{
    Session session{newToken(), personId, cardId, method, now + lifetimeMilliseconds, terminalId};
    if (!m_db.run(insertSession,
                  {tokenHash(session.token), personId, cardId, terminalId, method, now, session.expiresAt}))
        return std::nullopt;
    return session;
}

std::optional<QJsonObject> CitizenSessions::open(qint64 personId, qint64 cardId, const QString& terminalId,
                                                 const QString& method, qint64 now, const AuditInsert& audit)
{
    if (m_db.dialect() == Database::Dialect::SQLite) {
        const auto session = create(personId, cardId, terminalId, method, now);
        if (!session || !m_db.run(audit.sql, audit.bindings))
            return std::nullopt;
        return describe(*session);
    }
    // The INSERTs in WITH run once and to completion whether or not the SELECT reads them; the SELECT sees
    // the database as the statement began, which is all it reads (people, cards, claims).
    const Session session{newToken(), personId, cardId, method, now + lifetimeMilliseconds, terminalId};
    QVariantList bindings{tokenHash(session.token), personId, cardId, terminalId, method, now,
                          session.expiresAt};
    bindings += audit.bindings;
    bindings << personId;
    auto rows = m_db.run(QStringLiteral("WITH opened AS (%1), audited AS (%2) %3")
                             .arg(insertSession, audit.sql, personCardsClaims),
                         bindings);
    if (!rows)
        return std::nullopt;
    return describeRows(session, *rows);
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
    auto rows = m_db.run(personCardsClaims, {session.personId});
    if (!rows)
        return std::nullopt;
    return describeRows(session, *rows);
}

std::optional<QJsonObject> CitizenSessions::describeRows(const Session& session, QSqlQuery& rows)
{
    if (!rows.next()) {
        rows.finish();
        return std::nullopt;
    }
    const QString name = rows.value(0).toString();
    const QString ssn = rows.value(1).toString();
    const QString idKind = rows.value(2).toString();
    const QString sex = rows.value(3).toString();
    const QString birthDate = rows.value(4).toString();
    const QString phone = rows.value(5).toString();
    const QString referenceKey = rows.value(6).toString();
    QJsonArray cards;
    QJsonObject current;
    // One row per claim: a card's JSON is finished when the next card's first row (or the end) arrives.
    qint64 cardId = 0;
    QJsonObject card;
    QJsonArray claims;
    const auto closeCard = [&] {
        if (cardId == 0)
            return;
        card.insert(QStringLiteral("eCardClaims"), claims);
        cards.append(card);
        if (cardId == session.cardId)
            current = card;
    };
    do {
        if (rows.value(cardColumn).isNull())
            continue; // a person without cards
        const qint64 id = rows.value(cardColumn).toLongLong();
        if (id != cardId) {
            closeCard();
            cardId = id;
            card = cardJson(rows);
            claims = QJsonArray();
        }
        if (!rows.value(claimColumn).isNull())
            claims.append(QJsonObject{{QStringLiteral("channel"), rows.value(claimColumn + 1).toString()},
                                      {QStringLiteral("claimedOn"), rows.value(claimColumn + 2).toString()}});
    } while (rows.next());
    closeCard();
    rows.finish();
    // After the rows are read: a first login writes the person's reference key through the same connection.
    const auto reference = personReference(m_db, session.personId, referenceKey, session.terminalId);
    if (!reference)
        return std::nullopt;
    // What the terminal's screens and rules need, and no more: the numbers masked as every screen shows
    // them, the birth date and sex for the age and pension rules.
    const QJsonObject person{{QStringLiteral("reference"), *reference},
                             {QStringLiteral("name"), mask(name, MaskKind::Name)},
                             {QStringLiteral("ssn"), mask(ssn, MaskKind::IdNumber)},
                             {QStringLiteral("idKind"), idKind},
                             {QStringLiteral("sex"), sex},
                             {QStringLiteral("birthDate"), birthDate},
                             {QStringLiteral("phone"), mask(phone, MaskKind::Phone)},
                             {QStringLiteral("masked"), true}};
    return QJsonObject{
        {QStringLiteral("session"), QJsonObject{{QStringLiteral("token"), session.token},
                                                {QStringLiteral("method"), session.method},
                                                {QStringLiteral("expiresAt"), session.expiresAt}}},
        {QStringLiteral("person"), person},
        {QStringLiteral("card"), current},
        {QStringLiteral("cards"), cards}};
}

} // namespace ssc::platform
