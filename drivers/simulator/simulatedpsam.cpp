#include "simulatedpsam.h"

#include "cardauth/cardkey.h"
#include "cardreader/psam.h"

namespace ssc {
namespace {

QByteArray sw(quint16 word)
{
    QByteArray b(2, '\0');
    b[0] = char(word >> 8);
    b[1] = char(word & 0xFF);
    return b;
}

} // namespace

QByteArray SimulatedPsam::testMasterKey()
{
    return QByteArrayLiteral("TEST-PSAM-KEY-16"); // 16 bytes; a test key, in no real PSAM
}

QByteArray SimulatedPsam::terminalKeyFor(const QString& cardIdentifier, const QByteArray& masterKey)
{
    const auto identifier = cardauth::identifierBytes(cardIdentifier);
    if (!identifier)
        return {};
    return cardauth::diversify(masterKey, *identifier).value_or(QByteArray());
}

QByteArray SimulatedPsam::atr()
{
    return QByteArray::fromHex("3B680000") +
           QByteArrayLiteral("PSAMTEST"); // T=0, TB1 TC1, 8 historical bytes
}

SimulatedPsam::SimulatedPsam(QByteArray masterKey, Fault fault)
    : m_masterKey(std::move(masterKey)), m_fault(fault)
{}

void SimulatedPsam::reset()
{
    m_selected = false;
    m_pendingResponse.clear();
}

// T=0 keeps an answer for GET RESPONSE; T=1 gives it with the command.
QByteArray SimulatedPsam::answer(const QByteArray& data)
{
    if (!m_t0)
        return data + sw(0x9000);
    m_pendingResponse = data;
    return sw(quint16(0x6100 | data.size()));
}

QByteArray SimulatedPsam::process(const QByteArray& apdu)
{
    if (apdu.size() < 4)
        return sw(0x6700);
    const quint8 ins = quint8(apdu[1]);
    const QByteArray body = apdu.size() > 5 ? apdu.mid(5, quint8(apdu[4])) : QByteArray();
    const QByteArray pending = std::exchange(m_pendingResponse, {}); // any other command forgets it
    if (ins == 0xC0) {                                               // GET RESPONSE, T=0 only
        if (!m_t0 || pending.isEmpty())
            return sw(0x6985);
        if (apdu.size() != 5 || quint8(apdu[4]) != pending.size()) {
            m_pendingResponse = pending;
            return sw(quint16(0x6C00 | pending.size()));
        }
        return pending + sw(0x9000);
    }
    if (ins == 0xA4) {
        m_selected = quint8(apdu[2]) == 0x04 && body == Psam::dfName();
        return sw(m_selected ? 0x9000 : 0x6A82);
    }
    if (ins != 0xFA)
        return sw(0x6D00);
    if (!m_selected)
        return sw(0x6985);
    if (body.size() != 16 + cardauth::cardChallengeBytes)
        return sw(0x6700);
    if (m_fault == Fault::ShortAnswer)
        return answer(QByteArray::fromHex("A1B2C3"));
    const QByteArray master = m_fault == Fault::WrongKey ? QByteArray(16, '\x33') : m_masterKey;
    const auto key = cardauth::diversify(master, body.left(16));
    const auto cryptogram = key ? cardauth::externalCryptogram(*key, body.mid(16)) : std::nullopt;
    if (!cryptogram)
        return sw(0x6F00);
    ++m_given;
    return answer(*cryptogram);
}

} // namespace ssc
