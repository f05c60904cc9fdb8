#include "emulatedcardreader.h"

#include <QStringEncoder>
#include <QtEndian>

namespace {

QByteArray reply(quint8 type, quint8 sequence, quint8 status, quint8 error, const QByteArray& data = {})
{
    QByteArray m(10, '\0');
    m[0] = char(type);
    qToLittleEndian<quint32>(quint32(data.size()), m.data() + 1);
    m[6] = char(sequence);
    m[7] = char(status);
    m[8] = char(error);
    return m + data;
}

QByteArray bcd(const QString& digits)
{
    return QByteArray::fromHex(digits.toLatin1());
}

QByteArray sw(quint16 word)
{
    QByteArray b(2, '\0');
    b[0] = char(word >> 8);
    b[1] = char(word & 0xFF);
    return b;
}

const QByteArray ssseAid = QByteArray::fromHex("7378312E73682EC9E7BBE1B1A3D5CF");

} // namespace

EmulatedCardReader::EmulatedCardReader(UsbEmulator& usb, int address)
{
    UsbEmulator::Spec spec;
    spec.address = address;
    spec.descriptors = UsbEmulator::ccidDescriptors(0x076B, 0x3021); // an OMNIKEY-like reader
    m_device = usb.add(spec);
    m_device->setResponder([this](quint8, const QByteArray& out) { return answer(out); });
}

void EmulatedCardReader::insert(const EmulatedCard& card)
{
    {
        QMutexLocker lock(&m_mutex);
        m_card = card;
        m_powered = false;
        m_extensionSent = false;
        m_apdus = 0;
    }
    m_device->queueIn(0x83, QByteArray::fromHex("5003")); // slot 0: present, changed
}

void EmulatedCardReader::remove()
{
    {
        QMutexLocker lock(&m_mutex);
        m_card.reset();
        m_powered = false;
    }
    m_device->queueIn(0x83, QByteArray::fromHex("5002")); // slot 0: absent, changed
}

int EmulatedCardReader::apdusSeen() const
{
    QMutexLocker lock(&m_mutex);
    return m_apdus;
}

int EmulatedCardReader::pinTriesLeft() const
{
    QMutexLocker lock(&m_mutex);
    return m_card ? m_card->triesLeft : -1;
}

QList<std::pair<quint8, QByteArray>> EmulatedCardReader::answer(const QByteArray& request)
{
    QMutexLocker lock(&m_mutex);
    if (request.size() < 10)
        return {};
    const quint8 type = quint8(request[0]);
    const quint8 sequence = quint8(request[6]);
    const QByteArray data = request.mid(10);
    const quint8 absent = 0x42; // command failed, no card
    switch (type) {
    case 0x65: // GetSlotStatus
        return {{0x82, reply(0x81, sequence, m_card ? (m_powered ? 0x00 : 0x01) : 0x02, 0)}};
    case 0x62: // IccPowerOn
        if (!m_card)
            return {{0x82, reply(0x80, sequence, absent, 0xFE)}};
        m_powered = true;
        return {
            {0x82, reply(0x80, sequence, 0x00, 0, QByteArray::fromHex("3B6C00000044531B0000000000000000"))}};
    case 0x63: // IccPowerOff
        m_powered = false;
        return {{0x82, reply(0x81, sequence, m_card ? 0x01 : 0x02, 0)}};
    case 0x6F: { // XfrBlock
        if (!m_card || !m_powered)
            return {{0x82, reply(0x80, sequence, absent, 0xFE)}};
        QList<std::pair<quint8, QByteArray>> answers;
        if (!m_extensionSent) { // the first exchange takes a while: the reader asks for more time once
            m_extensionSent = true;
            answers.append({0x82, reply(0x80, sequence, 0x80, 1)});
        }
        ++m_apdus;
        if (m_card->pullAfterApdus >= 0 && m_apdus > m_card->pullAfterApdus) {
            m_card.reset();
            m_powered = false;
            answers.append({0x82, reply(0x80, sequence, absent, 0xFE)});
            answers.append({0x83, QByteArray::fromHex("5002")});
            return answers;
        }
        answers.append({0x82, reply(0x80, sequence, 0x00, 0, process(data))});
        return answers;
    }
    default:
        return {{0x82, reply(0x81, sequence, 0x40, 0x00)}}; // command not supported
    }
}

QByteArray EmulatedCardReader::record(quint8 tag) const
{
    const EmulatedCard& c = *m_card;
    QByteArray value;
    switch (tag) {
    case 0x01:
        value = QByteArray::fromHex(c.identifier.toLatin1());
        break;
    case 0x02:
        value = QByteArray(1, '\x01');
        break;
    case 0x03:
        value = QStringLiteral("%1.00").arg(c.generation).toLatin1();
        break;
    case 0x05:
        value = bcd(c.issued.toString(QStringLiteral("yyyyMMdd")));
        break;
    case 0x06:
        value = bcd(c.expires.toString(QStringLiteral("yyyyMMdd")));
        break;
    case 0x07:
        value = c.cardNumber.toLatin1();
        break;
    case 0x08:
        value = c.ssn.toLatin1();
        break;
    case 0x09: {
        QStringEncoder gbk("GBK");
        value = QByteArray(gbk.encode(c.name)).leftJustified(30, '\0');
        break;
    }
    case 0x0A:
        value = c.sex.toLatin1();
        break;
    case 0x0D:
        value = bcd(c.birthDate.toString(QStringLiteral("yyyyMMdd")));
        break;
    default:
        return {};
    }
    return QByteArray(1, char(tag)) + QByteArray(1, char(value.size())) + value;
}

QByteArray EmulatedCardReader::process(const QByteArray& apdu)
{
    EmulatedCard& c = *m_card;
    if (c.garbage)
        return QByteArray::fromHex("A5");
    if (apdu.size() < 4)
        return sw(0x6700);
    const quint8 ins = quint8(apdu[1]);
    const quint8 p1 = quint8(apdu[2]);
    const QByteArray body = apdu.size() > 5 ? apdu.mid(5, quint8(apdu[4])) : QByteArray();
    if (ins == 0xC0) { // GET RESPONSE
        const QByteArray data = m_pendingResponse;
        m_pendingResponse.clear();
        return data + sw(0x9000);
    }
    if (ins == 0xA4 && p1 == 0x04) {
        if (body != ssseAid)
            return sw(0x6A82);
        m_selected = QStringLiteral("SSSE");
        if (c.t0) { // the FCI waits for GET RESPONSE
            m_pendingResponse = QByteArray::fromHex("6F0D840F") + ssseAid.left(9);
            return sw(quint16(0x6100 | m_pendingResponse.size()));
        }
        return sw(0x9000);
    }
    if (ins == 0xA4 && p1 == 0x02) {
        if (m_selected.isEmpty())
            return sw(0x6985);
        const QString file = QString::fromLatin1(body.toHex()).toUpper();
        if (file != u"EF05" && file != u"EF06")
            return sw(0x6A82);
        if (file == u"EF06" && c.generation >= 3)
            return sw(0x6982); // security status not satisfied: needs the PSAM
        m_selected = file;
        return sw(0x9000);
    }
    if (ins == 0xB2) {
        const bool ef05 = m_selected == u"EF05";
        const bool ef06 = m_selected == u"EF06";
        if ((!ef05 && !ef06) || (ef05 && p1 > 0x07) || (ef06 && p1 < 0x08))
            return sw(0x6A83);
        const QByteArray r = record(p1);
        if (r.isEmpty())
            return sw(0x6A83);
        const int le = apdu.size() == 5 ? quint8(apdu[4]) : 0;
        if (c.t0 && le != r.size())
            return sw(quint16(0x6C00 | r.size()));
        return r + sw(0x9000);
    }
    if (ins == 0x20) {
        if (c.triesLeft == 0)
            return sw(0x6983);
        const QString entered = QString::fromLatin1(body.toHex());
        if (entered == c.pin) {
            c.triesLeft = 3;
            return sw(0x9000);
        }
        --c.triesLeft;
        return sw(quint16(0x63C0 | c.triesLeft));
    }
    return sw(0x6D00);
}
