#include "democard.h"
#include "simulatedpsam.h"

namespace ssc {

SimulatedCard::Personalisation demoCardPersonalisation(const QJsonObject& p)
{
    SimulatedCard::Personalisation card;
    const int generation = p.value(QStringLiteral("generation")).toInt();
    card.files.cardIdentifier = p.value(QStringLiteral("cardIdentifier")).toString();
    card.files.specVersion = QStringLiteral("%1.00").arg(generation);
    card.files.cardNumber = p.value(QStringLiteral("cardNumber")).toString();
    card.files.ssn = p.value(QStringLiteral("ssn")).toString();
    card.files.name = p.value(QStringLiteral("name")).toString();
    card.files.sex = p.value(QStringLiteral("sex")).toString();
    card.files.birthDate = QDate::fromString(p.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
    card.cardKey = QByteArray::fromHex(p.value(QStringLiteral("cardKey")).toString().toLatin1());
    card.unblockKey = QByteArray::fromHex(p.value(QStringLiteral("unblockKey")).toString().toLatin1());
    card.terminalKey = SimulatedPsam::terminalKeyFor(card.files.cardIdentifier); // the test PSAM's key
    return card;
}

} // namespace ssc
