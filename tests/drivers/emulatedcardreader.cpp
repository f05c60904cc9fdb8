#include "emulatedcardreader.h"

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

} // namespace

EmulatedCardReader::EmulatedCardReader(UsbEmulator& usb, int address) : m_usb(usb)
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
        ssc::SimulatedCard::Personalisation chip;
        chip.files.cardIdentifier = card.identifier;
        chip.files.specVersion = QStringLiteral("%1.00").arg(card.generation);
        chip.files.issued = card.issued;
        chip.files.expires = card.expires;
        chip.files.cardNumber = card.cardNumber;
        chip.files.ssn = card.ssn;
        chip.files.name = card.name;
        chip.files.sex = card.sex == u"1"   ? QStringLiteral("male")
                         : card.sex == u"2" ? QStringLiteral("female")
                                            : QString();
        chip.files.birthDate = card.birthDate;
        chip.pin = card.pin;
        chip.pinTries = card.triesLeft;
        chip.cardKey = card.cardKey;
        chip.unblockKey = card.unblockKey;
        chip.t0 = card.t0;
        m_chip.emplace(chip);
        m_inSlot = true;
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
        m_inSlot = false;
        m_powered = false;
    }
    m_device->queueIn(0x83, QByteArray::fromHex("5002")); // slot 0: absent, changed
}

void EmulatedCardReader::reinsert()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_chip)
            return;
        m_inSlot = true;
        m_powered = false;
        m_extensionSent = false;
        m_apdus = 0;
    }
    m_device->queueIn(0x83, QByteArray::fromHex("5003")); // slot 0: present, changed
}

void EmulatedCardReader::unplug()
{
    m_usb.unplug(m_device);
    QMutexLocker lock(&m_mutex);
    m_powered = false;
    m_extensionSent = false;
}

void EmulatedCardReader::plugIn()
{
    m_usb.plug(m_device);
}

int EmulatedCardReader::apdusSeen() const
{
    QMutexLocker lock(&m_mutex);
    return m_apdus;
}

void EmulatedCardReader::pullDuring(int apdusFromNow, bool afterTheChipActs)
{
    QMutexLocker lock(&m_mutex);
    m_pullAt = m_apdus + apdusFromNow;
    m_pullAfterTheChipActs = afterTheChipActs;
}

int EmulatedCardReader::pinTriesLeft() const
{
    QMutexLocker lock(&m_mutex);
    return m_chip ? m_chip->pinTriesLeft() : -1;
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
        return {{0x82, reply(0x81, sequence, m_inSlot ? (m_powered ? 0x00 : 0x01) : 0x02, 0)}};
    case 0x62: // IccPowerOn
        if (!m_inSlot)
            return {{0x82, reply(0x80, sequence, absent, 0xFE)}};
        m_powered = true;
        m_chip->reset(); // a new card session: the PIN must be verified again
        return {
            {0x82, reply(0x80, sequence, 0x00, 0, QByteArray::fromHex("3B6C00000044531B0000000000000000"))}};
    case 0x63: // IccPowerOff
        m_powered = false;
        return {{0x82, reply(0x81, sequence, m_inSlot ? 0x01 : 0x02, 0)}};
    case 0x6F: { // XfrBlock
        if (!m_inSlot || !m_powered)
            return {{0x82, reply(0x80, sequence, absent, 0xFE)}};
        QList<std::pair<quint8, QByteArray>> answers;
        if (!m_extensionSent) { // the first exchange takes a while: the reader asks for more time once
            m_extensionSent = true;
            answers.append({0x82, reply(0x80, sequence, 0x80, 1)});
        }
        ++m_apdus;
        if (m_pullAt > 0 && m_apdus >= m_pullAt) { // pulled by the hand of pullDuring()
            m_pullAt = -1;
            if (m_pullAfterTheChipActs)
                m_chip->process(data); // the chip did it; its answer never reaches the reader
            m_inSlot = false;
            m_powered = false;
            answers.append({0x82, reply(0x80, sequence, absent, 0xFE)});
            answers.append({0x83, QByteArray::fromHex("5002")});
            return answers;
        }
        if (m_card->pullAfterApdus >= 0 && m_apdus > m_card->pullAfterApdus) {
            m_inSlot = false;
            m_powered = false;
            answers.append({0x82, reply(0x80, sequence, absent, 0xFE)});
            answers.append({0x83, QByteArray::fromHex("5002")});
            return answers;
        }
        const QByteArray answer = m_card->garbage ? QByteArray::fromHex("A5") : m_chip->process(data);
        answers.append({0x82, reply(0x80, sequence, 0x00, 0, answer)});
        return answers;
    }
    default:
        return {{0x82, reply(0x81, sequence, 0x40, 0x00)}}; // command not supported
    }
}
