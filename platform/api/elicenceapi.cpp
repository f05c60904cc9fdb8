// The social security card e-licence (社保卡电子证照) and its showing (亮证) (docs/card-services.md,
// "The e-licence"):
//   POST /api/v1/me/e-licence          the logged-in person (card and PIN, or their e-card code) gets their
//                                      licence: the fields, and the signed QR of this showing (fresh 5
//                                      minutes)
//   POST /api/v1/e-licences/verify     a clerk at a counter checks a licence shown on a phone: the signature,
//                                      freshness, that this platform issued it, the card's status; the holder
//                                      masked. It identifies nobody for a session: the clerk compares the
//                                      person
// Both audited with whose licence it was, so the person's access log lists every issuing and every check.
#include "auth/audit.h"
#include "ecard/ed25519.h"
#include "ecard/elicence.h"
#include "privacy/masking.h"
#include "services.h"
#include "storage/database.h"

#include <QtEndian>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;

TranslatableText text(const char* source)
{
    return {"PlatformApi", source, {}};
}

// What the licence says of its holder and card, read from the records (never from the request).
struct LicenceRecord {
    qint64 personId = 0;
    qint64 cardId = 0;
    QString name;
    QString ssn;
    QString cardNumber;
    QString regionCode;
    QString regionName;
    QString regionNameEn;
    QString issuedOn;
    QString validUntil;
    CardStatus status = CardStatus::Cancelled;
};

std::optional<LicenceRecord> recordOfCard(Database& db, qint64 cardId)
{
    auto q =
        db.run(QStringLiteral("SELECT c.person_id, p.name, p.ssn, c.card_number, c.region_code, "
                              "c.region_name, c.region_name_en, c.issued, c.expires, c.status FROM cards c "
                              "JOIN people p ON p.id = c.person_id WHERE c.id = ?"),
               {cardId});
    if (!q || !q->next())
        return std::nullopt;
    LicenceRecord r;
    r.personId = q->value(0).toLongLong();
    r.cardId = cardId;
    r.name = q->value(1).toString();
    r.ssn = q->value(2).toString();
    r.cardNumber = q->value(3).toString();
    r.regionCode = q->value(4).toString();
    r.regionName = q->value(5).toString();
    r.regionNameEn = q->value(6).toString();
    r.issuedOn = q->value(7).toString();
    r.validUntil = q->value(8).toString();
    r.status = cardStatusFromKey(q->value(9).toString()).value_or(CardStatus::Cancelled);
    q->finish();
    return r;
}

// The licence's fields as the terminal shows them: masked, each named as the national licence names it
// (docs/card-services.md has the table and its sources).
QJsonObject licenceFields(const LicenceRecord& r)
{
    return {{QStringLiteral("holderName"), mask(r.name, MaskKind::Name)},
            {QStringLiteral("holderNumber"), mask(r.ssn, MaskKind::IdNumber)},
            {QStringLiteral("cardNumber"), mask(r.cardNumber, MaskKind::CardNumber)},
            {QStringLiteral("issuerCode"), r.regionCode},
            {QStringLiteral("issuerName"), r.regionName},
            {QStringLiteral("issuerNameEn"), r.regionNameEn.isEmpty() ? r.regionName : r.regionNameEn},
            {QStringLiteral("issuedOn"), r.issuedOn},
            {QStringLiteral("validUntil"), r.validUntil},
            {QStringLiteral("cardStatus"), cardStatusKey(r.status)},
            {QStringLiteral("masked"), true}};
}

quint64 randomSerial()
{
    const QByteArray bytes = secureRandomBytes(8);
    return qFromBigEndian<quint64>(reinterpret_cast<const uchar*>(bytes.constData()));
}

ApiResult issue(PlatformServices& services, RequestContext& context, const CitizenSessions::Session& session)
{
    // The licence stands for the card: only a session that proved the person holds it (the card and its PIN,
    // or their own e-card code, which the national app gives only after its PIN or face).
    if (session.method != u"card" && session.method != u"ecard")
        return ApiResult::error(
            403, QStringLiteral("e_licence_needs_card_or_ecard"),
            text(QT_TRANSLATE_NOOP("PlatformApi",
                                   "The e-licence is shown after logging in with the card and its PIN, or "
                                   "with your e-card.")),
            text(QT_TRANSLATE_NOOP("PlatformApi", "Please log out and log in with your card.")));
    const auto record = recordOfCard(services.db, session.cardId);
    if (!record)
        return storageError();
    if (record->status != CardStatus::Normal)
        return cardRefusal(record->status);
    const auto keyId = services.ecard.keys().currentKeyId();
    if (!keyId)
        return storageError();
    const qint64 nowMs = PlatformServices::nowMs();
    SignedELicence shown;
    ELicence& licence = shown.licence;
    licence.keyId = *keyId;
    licence.serial = randomSerial();
    licence.issuedAt = nowMs / 1000;
    licence.holderName = mask(record->name, MaskKind::Name);
    licence.holderNumber = mask(record->ssn, MaskKind::IdNumber);
    licence.cardNumber = mask(record->cardNumber, MaskKind::CardNumber);
    licence.issuerCode = record->regionCode;
    licence.validUntil = record->validUntil;
    const auto signature = services.ecard.keys().sign(*keyId, licence.signedMessage());
    if (!signature)
        return storageError();
    shown.signature = *signature;
    Transaction transaction(services.db);
    // The serial is random over 64 bits; a collision makes the insert fail and the citizen try again.
    if (!services.db.run(QStringLiteral("INSERT INTO e_licences (serial, person_id, card_id, terminal_id, "
                                        "key_id, issued_at, fresh_until) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {licence.verificationCode(), record->personId, record->cardId, context.terminal.id,
                          int(licence.keyId), licence.issuedAt, licence.expiresAt()}) ||
        !writeAudit(services.db, context.terminal.id, 0, QStringLiteral("e_licence_issued"),
                    {{QStringLiteral("card"), licence.cardNumber},
                     {QStringLiteral("serial"), licence.verificationCode()}},
                    record->personId) ||
        !transaction.commit())
        return storageError();
    QJsonObject body = licenceFields(*record);
    body.insert(QStringLiteral("verificationCode"), licence.verificationCode());
    body.insert(QStringLiteral("issuedAt"), licence.issuedAt * 1000);
    body.insert(QStringLiteral("freshUntil"), licence.expiresAt() * 1000);
    body.insert(QStringLiteral("qr"), shown.text());
    return ApiResult::ok({{QStringLiteral("licence"), body}}, 201);
}

ApiResult refused(int status, const char* code, const char* message, const char* advice)
{
    return ApiResult::error(status, QString::fromLatin1(code), text(message), text(advice));
}

ApiResult forged()
{
    return refused(422, "e_licence_forged",
                   QT_TRANSLATE_NOOP("PlatformApi",
                                     "This e-licence was not issued by the social insurance office, or it "
                                     "was altered."),
                   QT_TRANSLATE_NOOP("PlatformApi", "Do not accept it. Ask for the card, or another proof."));
}

ApiResult verify(PlatformServices& services, RequestContext& context)
{
    if (context.terminal.mode != u"counter")
        return refused(403, "e_licence_counter_only",
                       QT_TRANSLATE_NOOP("PlatformApi", "E-licences are checked at a service counter."),
                       nullptr);
    const auto staff = requireStaffFor(services, context, StaffDuty::FindPerson);
    if (const auto* refusal = std::get_if<ApiResult>(&staff))
        return *refusal;
    const QString shownText = context.bodyString("licence");
    if (shownText.isEmpty())
        return missingField("licence");
    const auto parsed = ELicenceText::parse(shownText);
    if (std::holds_alternative<ELicenceProblem>(parsed))
        return refused(400, "e_licence_malformed",
                       QT_TRANSLATE_NOOP("PlatformApi", "This is not a readable e-licence."),
                       QT_TRANSLATE_NOOP("PlatformApi", "Please scan it again."));
    const SignedELicence& shown = std::get<SignedELicence>(parsed);
    const qint64 nowMs = PlatformServices::nowMs();
    // No such key, or a retired key vouching for a licence signed after it retired: not ours.
    const auto publicKey = services.ecard.keys().publicKey(shown.licence.keyId);
    if (!publicKey || !SigningKeys::vouchesFor(*publicKey, shown.licence.issuedAt))
        return forged();
    switch (verifyELicence(shown, publicKey->key, nowMs / 1000)) {
    case ELicenceVerdict::BadSignature:
    case ELicenceVerdict::NotYetValid: // signed by us, yet in the future: not a licence we gave out
        return forged();
    case ELicenceVerdict::Expired:
        return refused(410, "e_licence_expired",
                       QT_TRANSLATE_NOOP("PlatformApi",
                                         "This e-licence was shown more than 5 minutes after it was opened."),
                       QT_TRANSLATE_NOOP("PlatformApi",
                                         "Ask the citizen to open it again on their phone or at a kiosk."));
    case ELicenceVerdict::Valid:
        break;
    }
    auto row =
        services.db.run(QStringLiteral("SELECT card_id, key_id, issued_at FROM e_licences WHERE serial = ?"),
                        {shown.licence.verificationCode()});
    if (!row)
        return storageError();
    // Signed with our key yet never recorded: a leaked key; refused all the same.
    if (!row->next() || row->value(1).toInt() != shown.licence.keyId ||
        row->value(2).toLongLong() != shown.licence.issuedAt)
        return forged();
    const qint64 cardId = row->value(0).toLongLong();
    row->finish();
    const auto record = recordOfCard(services.db, cardId);
    if (!record)
        return storageError();
    const qint64 staffId = std::get<StaffAccounts::Staff>(staff).id;
    // Checked, whatever the card's status: the person sees that their licence was shown here.
    if (!writeAudit(services.db, context.terminal.id, staffId, QStringLiteral("e_licence_verified"),
                    {{QStringLiteral("card"), shown.licence.cardNumber},
                     {QStringLiteral("serial"), shown.licence.verificationCode()},
                     {QStringLiteral("cardStatus"), cardStatusKey(record->status)}},
                    record->personId))
        return storageError();
    if (record->status != CardStatus::Normal)
        return cardRefusal(record->status);
    QJsonObject body = licenceFields(*record);
    body.insert(QStringLiteral("verificationCode"), shown.licence.verificationCode());
    body.insert(QStringLiteral("issuedAt"), shown.licence.issuedAt * 1000);
    body.insert(QStringLiteral("freshUntil"), shown.licence.expiresAt() * 1000);
    return ApiResult::ok({{QStringLiteral("licence"), body}, {QStringLiteral("valid"), true}});
}

} // namespace

void registerELicenceApi(Router& router, PlatformServices& services)
{
    router.add(Method::Post, QStringLiteral("/api/v1/me/e-licence"), Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c, const CitizenSessions::Session& s) {
                   return issue(services, c, s);
               }));
    router.add(Method::Post, QStringLiteral("/api/v1/e-licences/verify"), Router::Access::Terminal,
               [&services](RequestContext& c) { return verify(services, c); });
}

} // namespace ssc::platform
