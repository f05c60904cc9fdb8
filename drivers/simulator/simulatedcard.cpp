#include "simulatedcard.h"

#include "cardauth/cardkey.h"

#include <QStringEncoder>

namespace ssc {
namespace {

const QByteArray ssseAid = QByteArray::fromHex("7378312E73682EC9E7BBE1B1A3D5CF");

QByteArray sw(quint16 word)
{
    QByteArray b(2, '\0'); // not QByteArray{hi, lo}: that is QByteArray(size, fill)
    b[0] = char(word >> 8);
    b[1] = char(word & 0xFF);
    return b;
}

QByteArray bcdDate(const QDate& date)
{
    return QByteArray::fromHex(date.toString(QStringLiteral("yyyyMMdd")).toLatin1());
}

} // namespace

SimulatedCard::SimulatedCard(Personalisation personalisation)
    : m_card(std::move(personalisation)), m_triesLeft(m_card.pinTries)
{}

void SimulatedCard::reset()
{
    m_pinVerified = false;
    m_terminalAuthenticated = false;
    m_selected.clear();
    m_pendingResponse.clear();
    m_challenge.clear();
}

QByteArray SimulatedCard::process(const QByteArray& apdu)
{
    if (apdu.size() < 4)
        return sw(0x6700);
    const quint8 ins = quint8(apdu[1]);
    const quint8 p1 = quint8(apdu[2]);
    const QByteArray body = apdu.size() > 5 ? apdu.mid(5, quint8(apdu[4])) : QByteArray();
    // A challenge answers the one command after it: RESET PIN uses it, anything else forgets it, so a MAC is
    // good for one attempt at most.
    const QByteArray challenge = std::exchange(m_challenge, {});
    switch (ins) {
    case 0x84:
        return getChallenge(apdu.size() == 5 ? quint8(apdu[4]) : 0);
    case 0xC0: // GET RESPONSE
        return std::exchange(m_pendingResponse, {}) + sw(0x9000);
    case 0xA4:
        return p1 == 0x04 ? selectApplication(body) : p1 == 0x02 ? selectFile(body) : sw(0x6A86);
    case 0xB2:
        return readRecord(p1, apdu.size() == 5 ? quint8(apdu[4]) : 0);
    case 0x20:
        return verify(body);
    case 0x88:
        return internalAuthenticate(body);
    case 0x82:
        return externalAuthenticate(body, challenge);
    case 0x5E:
        return p1 == 0x00 ? resetPin(body, challenge) : p1 == 0x01 ? changePin(body) : sw(0x6A86);
    default:
        return sw(0x6D00);
    }
}

QByteArray SimulatedCard::selectApplication(const QByteArray& name)
{
    if (name != ssseAid)
        return sw(0x6A82);
    m_selected = QStringLiteral("SSSE");
    if (m_card.t0) { // the FCI waits for GET RESPONSE
        m_pendingResponse = QByteArray::fromHex("6F0D840F") + ssseAid.left(9);
        return sw(quint16(0x6100 | m_pendingResponse.size()));
    }
    return sw(0x9000);
}

QByteArray SimulatedCard::selectFile(const QByteArray& file)
{
    if (m_selected.isEmpty())
        return sw(0x6985);
    const QString name = QString::fromLatin1(file.toHex()).toUpper();
    if (name != u"EF05" && name != u"EF06")
        return sw(0x6A82);
    if (name == u"EF06" && m_card.files.generation() >= 3 && !m_terminalAuthenticated)
        return sw(0x6982); // security status not satisfied: needs the PSAM
    m_selected = name;
    return sw(0x9000);
}

QByteArray SimulatedCard::readRecord(quint8 tag, int le)
{
    const bool ef05 = m_selected == u"EF05";
    const bool ef06 = m_selected == u"EF06";
    if ((!ef05 && !ef06) || (ef05 && tag > 0x07) || (ef06 && tag < 0x08))
        return sw(0x6A83);
    const QByteArray r = record(tag);
    if (r.isEmpty())
        return sw(0x6A83);
    if (m_card.t0 && le != r.size())
        return sw(quint16(0x6C00 | r.size()));
    return r + sw(0x9000);
}

QByteArray SimulatedCard::verify(const QByteArray& pinBlock)
{
    if (m_triesLeft == 0)
        return sw(0x6983);
    if (QString::fromLatin1(pinBlock.toHex()) == m_card.pin) {
        m_triesLeft = m_card.pinTries;
        m_pinVerified = true;
        return sw(0x9000);
    }
    m_pinVerified = false;
    --m_triesLeft;
    return sw(quint16(0x63C0 | m_triesLeft));
}

QByteArray SimulatedCard::changePin(const QByteArray& data)
{
    if (m_selected.isEmpty())
        return sw(0x6985);
    if (data.size() != 7 || quint8(data[3]) != 0xFF)
        return sw(0x6700);
    if (m_triesLeft == 0)
        return sw(0x6983);
    if (QString::fromLatin1(data.left(3).toHex()) != m_card.pin) {
        m_pinVerified = false;
        --m_triesLeft;
        return sw(quint16(0x63C0 | m_triesLeft));
    }
    m_card.pin = QString::fromLatin1(data.mid(4, 3).toHex());
    m_triesLeft = m_card.pinTries;
    m_pinVerified = true; // the holder just proved the PIN, as VERIFY would
    return sw(0x9000);
}

QByteArray SimulatedCard::getChallenge(int le)
{
    if (m_selected.isEmpty())
        return sw(0x6985);
    if (le != cardauth::cardChallengeBytes)
        return sw(0x6700);
    m_challenge = cardauth::randomBytes(cardauth::cardChallengeBytes);
    return m_challenge + sw(0x9000);
}

// RESET PIN `80 5E 00 00 07 <new PIN> <MAC>`: the issuer's word (the MAC over this card's last challenge with
// the unblock key) sets a new PIN and gives back every try, on a locked card too.
QByteArray SimulatedCard::resetPin(const QByteArray& data, const QByteArray& challenge)
{
    if (m_selected.isEmpty())
        return sw(0x6985);
    if (data.size() != 3 + cardauth::resetMacBytes)
        return sw(0x6700);
    if (challenge.isEmpty())
        return sw(0x6984); // reference data not usable: no challenge to check the MAC against
    const auto expected = cardauth::resetMac(m_card.unblockKey, challenge);
    if (!expected || !cardauth::sameCryptogram(*expected, data.mid(3)))
        return sw(0x6988); // the MAC is wrong: nothing changes
    m_card.pin = QString::fromLatin1(data.left(3).toHex());
    m_triesLeft = m_card.pinTries;
    m_pinVerified = false; // the new PIN is proven by VERIFY, like any other
    return sw(0x9000);
}

// EXTERNAL AUTHENTICATE `00 82 00 <key id> 08 <cryptogram>`: the PSAM's cryptogram over this card's last
// challenge with its terminal key; good for one attempt, like the reset MAC.
QByteArray SimulatedCard::externalAuthenticate(const QByteArray& cryptogram, const QByteArray& challenge)
{
    if (m_selected.isEmpty())
        return sw(0x6985);
    if (cryptogram.size() != cardauth::externalCryptogramBytes)
        return sw(0x6700);
    if (challenge.isEmpty() || m_card.terminalKey.isEmpty())
        return sw(0x6984);
    const auto expected = cardauth::externalCryptogram(m_card.terminalKey, challenge);
    if (!expected || !cardauth::sameCryptogram(*expected, cryptogram))
        return sw(0x6300); // authentication failed
    m_terminalAuthenticated = true;
    return sw(0x9000);
}

QByteArray SimulatedCard::internalAuthenticate(const QByteArray& challenge)
{
    if (m_selected.isEmpty())
        return sw(0x6985); // conditions of use not satisfied: no application selected
    if (!m_pinVerified)
        return sw(0x6982); // security status not satisfied: the PIN first
    if (challenge.size() != cardauth::challengeBytes)
        return sw(0x6700);
    const auto answer = cardauth::cryptogram(m_card.cardKey, challenge);
    if (!answer)
        return sw(0x6F00); // a card without a key: no precise diagnosis
    if (m_card.t0) {
        m_pendingResponse = *answer;
        return sw(quint16(0x6100 | answer->size()));
    }
    return *answer + sw(0x9000);
}

QByteArray SimulatedCard::record(quint8 tag) const
{
    const CardFiles& f = m_card.files;
    QByteArray value;
    switch (tag) {
    case 0x01:
        value = QByteArray::fromHex(f.cardIdentifier.toLatin1());
        break;
    case 0x02:
        value = QByteArray(1, char(f.cardType ? f.cardType : 1));
        break;
    case 0x03:
        value = f.specVersion.toLatin1();
        break;
    case 0x05:
        value = bcdDate(f.issued.isValid() ? f.issued : QDate(2020, 5, 1));
        break;
    case 0x06:
        value = bcdDate(f.expires.isValid() ? f.expires : QDate(2030, 5, 1));
        break;
    case 0x07:
        value = f.cardNumber.toLatin1();
        break;
    case 0x08:
        value = f.ssn.toLatin1();
        break;
    case 0x09: {
        QStringEncoder gbk("GBK");
        value = QByteArray(gbk.encode(f.name)).leftJustified(30, '\0');
        break;
    }
    case 0x0A:
        value = f.sex == u"male" ? "1" : f.sex == u"female" ? "2" : QByteArray(1, '\0');
        break;
    case 0x0D:
        value = f.birthDate.isValid() ? bcdDate(f.birthDate) : QByteArray(4, '\0');
        break;
    default:
        return {};
    }
    return QByteArray(1, char(tag)) + QByteArray(1, char(value.size())) + value;
}

} // namespace ssc
