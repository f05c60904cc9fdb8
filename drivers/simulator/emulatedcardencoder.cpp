#include "emulatedcardencoder.h"

#include "cardauth/cardkey.h"

#include <QRegularExpression>

namespace ssc {
namespace {

// What a real encoder's driver refuses before it spoils a blank.
QString problemWith(const CardEncoder::Order& order)
{
    static const QRegularExpression identifier(QStringLiteral("^[0-9A-F]{32}$"));
    static const QRegularExpression pin(QStringLiteral("^[0-9]{6}$"));
    if (!identifier.match(order.cardIdentifier).hasMatch())
        return QStringLiteral("card identifier is not 32 hex digits");
    if (order.cardNumber.isEmpty() || !order.issued.isValid() || !order.expires.isValid())
        return QStringLiteral("EF05 incomplete");
    if (order.ssn.isEmpty() || order.name.isEmpty())
        return QStringLiteral("EF06 incomplete");
    if (order.cardKey.size() != cardauth::keyBytes || order.unblockKey.size() != cardauth::keyBytes)
        return QStringLiteral("a key is not 16 bytes");
    if (!pin.match(order.initialPin).hasMatch())
        return QStringLiteral("the initial PIN is not 6 digits");
    return {};
}

} // namespace

bool EmulatedCardEncoder::personalise(const Order& order, QString* error)
{
    if (m_blanks <= 0) {
        *error = QStringLiteral("no blank card in the hopper");
        return false;
    }
    if (const QString problem = problemWith(order); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    --m_blanks;
    SimulatedCard::Personalisation card;
    card.files.cardIdentifier = order.cardIdentifier;
    card.files.cardType = 1;
    card.files.specVersion = order.specVersion;
    card.files.issued = order.issued;
    card.files.expires = order.expires;
    card.files.cardNumber = order.cardNumber;
    card.files.ssn = order.ssn;
    card.files.name = order.name;
    card.files.sex = order.sex;
    card.files.birthDate = order.birthDate;
    card.pin = order.initialPin;
    card.cardKey = order.cardKey;
    card.unblockKey = order.unblockKey;
    if (m_output)
        m_output(card);
    else
        m_out.emplace(card);
    return true;
}

std::optional<SimulatedCard> EmulatedCardEncoder::takeCard()
{
    std::optional<SimulatedCard> out;
    out.swap(m_out);
    return out;
}

} // namespace ssc
