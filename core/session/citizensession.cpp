#include "citizensession.h"

#include "i18n/translator.h"
#include "privacy/masking.h"

#include <QJsonArray>

namespace ssc {
namespace {

IdKind idKindFromKey(const QString& key)
{
    for (IdKind kind : {IdKind::ResidentId, IdKind::FirstGenerationResidentId, IdKind::HongKongResident,
                        IdKind::MacauResident, IdKind::TaiwanResident, IdKind::ForeignPermanentResident,
                        IdKind::ForeignPermanentResidentOld, IdKind::NationalRule})
        if (idKindKey(kind) == key)
            return kind;
    return IdKind::Unknown;
}

} // namespace

Card cardFromJson(const QJsonObject& json)
{
    Card card;
    card.regionCode = json.value(QStringLiteral("regionCode")).toString();
    // {"zh_CN", "en"} (platforms before migration 21 sent the Chinese alone)
    const QJsonValue region = json.value(QStringLiteral("regionName"));
    card.regionName =
        region.isObject() ? region.toObject().value(chineseLanguage).toString() : region.toString();
    card.regionNameEn = region.toObject().value(englishLanguage).toString();
    card.maskedCardNumber = mask(json.value(QStringLiteral("cardNumber")).toString(), MaskKind::CardNumber);
    card.cardIdentifier = json.value(QStringLiteral("cardIdentifier")).toString();
    card.status =
        cardStatusFromKey(json.value(QStringLiteral("status")).toString()).value_or(CardStatus::Cancelled);
    card.generation = json.value(QStringLiteral("generation")).toInt();
    card.issued = QDate::fromString(json.value(QStringLiteral("issued")).toString(), Qt::ISODate);
    card.expires = QDate::fromString(json.value(QStringLiteral("expires")).toString(), Qt::ISODate);
    card.maskedBankAccount =
        mask(json.value(QStringLiteral("bankAccount")).toString(), MaskKind::BankAccount);
    for (const QJsonValue& claim : json.value(QStringLiteral("eCardClaims")).toArray())
        card.eCardClaims << ECardClaim{
            claim.toObject().value(QStringLiteral("channel")).toString(),
            QDate::fromString(claim.toObject().value(QStringLiteral("claimedOn")).toString(), Qt::ISODate)};
    return card;
}

std::optional<CitizenSession> CitizenSession::fromPlatform(const QJsonObject& answer)
{
    const QJsonObject session = answer.value(QStringLiteral("session")).toObject();
    const QJsonObject person = answer.value(QStringLiteral("person")).toObject();
    CitizenSession result;
    result.token = session.value(QStringLiteral("token")).toString();
    result.method = session.value(QStringLiteral("method")).toString();
    result.person.reference = person.value(QStringLiteral("reference")).toString();
    // Masked by the platform; masked again here, so an older platform's whole values are never kept.
    result.person.name = mask(person.value(QStringLiteral("name")).toString(), MaskKind::Name);
    result.person.maskedSsn = mask(person.value(QStringLiteral("ssn")).toString(), MaskKind::IdNumber);
    if (result.token.isEmpty() || result.person.name.isEmpty() || result.person.maskedSsn.isEmpty() ||
        result.person.reference.isEmpty())
        return std::nullopt;
    result.person.idKind = idKindFromKey(person.value(QStringLiteral("idKind")).toString());
    const QString sex = person.value(QStringLiteral("sex")).toString();
    result.person.sex = sex == u"male" ? Sex::Male : sex == u"female" ? Sex::Female : Sex::Unknown;
    result.person.birthDate =
        QDate::fromString(person.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
    result.person.maskedPhone = mask(person.value(QStringLiteral("phone")).toString(), MaskKind::Phone);
    for (const QJsonValue& card : answer.value(QStringLiteral("cards")).toArray())
        result.person.cards << cardFromJson(card.toObject());
    result.card = cardFromJson(answer.value(QStringLiteral("card")).toObject());
    return result;
}

} // namespace ssc
