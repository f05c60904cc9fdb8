#include "emulatedslotreader.h"

#include <QtEndian>

EmulatedSlotReader::EmulatedSlotReader(UsbEmulator& usb, const QByteArray& descriptors, int address)
{
    UsbEmulator::Spec spec;
    spec.address = address;
    spec.descriptors = descriptors;
    // bMaxSlotIndex: byte 4 of the class descriptor, after the device (18), configuration (9) and interface
    // (9) descriptors.
    m_slots.resize(size_t(quint8(descriptors[18 + 9 + 9 + 4])) + 1);
    // dwFeatures: bytes 40-43 of the class descriptor.
    m_tpdu =
        (qFromLittleEndian<quint32>(descriptors.constData() + 18 + 9 + 9 + 40) & 0x00070000u) == 0x00010000u;
    m_device = usb.add(spec);
    m_device->setResponder([this](quint8, const QByteArray& out) { return answer(out); });
}

QByteArray EmulatedSlotReader::acsAcr1281uDescriptors()
{
    QByteArray ccid = QByteArray::fromHex("3621"     // bLength 54, CCID class descriptor
                                          "0001"     // bcdCCID 1.00
                                          "02"       // bMaxSlotIndex: three slots
                                          "07"       // bVoltageSupport: 5.0, 3.0, 1.8 V
                                          "03000000" // dwProtocols: T=0, T=1
                                          "c0120000" // dwDefaultClock 4.800 MHz
                                          "c0120000" // dwMaximumClock 4.800 MHz
                                          "00"       // bNumClockSupported
                                          "67320000" // dwDataRate 12903 bps
                                          "e74c0600" // dwMaxDataRate 412903 bps
                                          "00"       // bNumDataRatesSupported
                                          "00020000" // dwMaxIFSD 512
                                          "00000000" // dwSynchProtocols
                                          "00000000" // dwMechanical
                                          "ba040400" // dwFeatures 0x000404BA: short and extended APDU level
                                          "0a020000" // dwMaxCCIDMessageLength 522
                                          "00"       // bClassGetResponse
                                          "00"       // bClassEnvelope
                                          "0000"     // wLcdLayout: no display
                                          "00"       // bPINSupport: no pad
                                          "01");     // bMaxCCIDBusySlots
    return UsbEmulator::ccidDescriptors(0x072F, 0x2224, ccid);
}

QByteArray EmulatedSlotReader::tpduDescriptors()
{
    QByteArray descriptors = acsAcr1281uDescriptors();
    qToLittleEndian<quint32>(0x000100BAu, descriptors.data() + 18 + 9 + 9 + 40);
    return descriptors;
}

void EmulatedSlotReader::insertCard(quint8 slot, const EmulatedCard& card)
{
    {
        QMutexLocker lock(&m_mutex);
        m_slots.at(slot) = Slot{};
        m_slots.at(slot).card.emplace(simulatedChip(card));
    }
    notify(slot);
}

void EmulatedSlotReader::insertPsam(quint8 slot, ssc::SimulatedPsam::Fault fault, bool t0)
{
    {
        QMutexLocker lock(&m_mutex);
        m_slots.at(slot) = Slot{};
        m_slots.at(slot).psam.emplace(ssc::SimulatedPsam::testMasterKey(), fault).answerAsT0(t0);
    }
    notify(slot);
}

void EmulatedSlotReader::remove(quint8 slot)
{
    {
        QMutexLocker lock(&m_mutex);
        m_slots.at(slot) = Slot{};
    }
    notify(slot);
}

int EmulatedSlotReader::cryptogramsGiven(quint8 slot) const
{
    QMutexLocker lock(&m_mutex);
    const Slot& s = m_slots.at(slot);
    return s.psam ? s.psam->cryptogramsGiven() : 0;
}

int EmulatedSlotReader::apdusSeen(quint8 slot) const
{
    QMutexLocker lock(&m_mutex);
    return m_slots.at(slot).apdus;
}

EmulatedT1Card::Seen EmulatedSlotReader::t1Seen(quint8 slot) const
{
    QMutexLocker lock(&m_mutex);
    return m_slots.at(slot).tpdu.t1Seen();
}

QList<std::pair<quint8, QByteArray>> EmulatedSlotReader::blocksSent() const
{
    QMutexLocker lock(&m_mutex);
    return m_blocks;
}

// bmSlotICCState: bit 2n "slot n holds a card", bit 2n+1 "slot n changed", four slots a byte.
void EmulatedSlotReader::notify(quint8 changedSlot)
{
    QByteArray message(1 + int(m_slots.size() + 3) / 4, '\0');
    message[0] = char(0x50);
    {
        QMutexLocker lock(&m_mutex);
        for (size_t slot = 0; slot < m_slots.size(); ++slot) {
            const int bits = (m_slots[slot].occupied() ? 1 : 0) | (slot == changedSlot ? 2 : 0);
            message[1 + int(slot / 4)] = char(quint8(message[1 + int(slot / 4)]) | bits << (slot % 4) * 2);
        }
    }
    m_device->queueIn(0x83, message);
}

QList<std::pair<quint8, QByteArray>> EmulatedSlotReader::answer(const QByteArray& request)
{
    QMutexLocker lock(&m_mutex);
    if (request.size() < 10)
        return {};
    const quint8 type = quint8(request[0]);
    const quint8 slotNumber = quint8(request[5]);
    const quint8 sequence = quint8(request[6]);
    const QByteArray data = request.mid(10);
    if (slotNumber >= m_slots.size()) // CCID 1.1 §6.2.6: bError 5, the offset of bSlot
        return {{0x82, ccidReply(type == 0x6F || type == 0x62 ? 0x80 : 0x81, sequence, 0x42, 0x05, {},
                                 slotNumber)}};
    Slot& slot = m_slots[slotNumber];
    const auto to = [&](quint8 replyType, quint8 status, quint8 error, const QByteArray& bytes = {}) {
        return QList<std::pair<quint8, QByteArray>>{
            {0x82, ccidReply(replyType, sequence, status, error, bytes, slotNumber)}};
    };
    const quint8 absent = 0x42; // command failed, no card
    switch (type) {
    case 0x65: // GetSlotStatus
        return to(0x81, slot.occupied() ? (slot.powered ? 0x00 : 0x01) : 0x02, 0);
    case 0x62: // IccPowerOn
        if (!slot.occupied())
            return to(0x80, absent, 0xFE);
        slot.powered = true;
        if (slot.card)
            slot.card->reset();
        else
            slot.psam->reset();
        if (m_tpdu) {
            slot.tpdu.powerOn();
            const bool t0 = slot.psam && slot.psam->answersAsT0();
            return to(0x80, 0x00, 0, t0 ? ssc::SimulatedPsam::atr() : EmulatedTpduSlot::t1Atr());
        }
        return to(0x80, 0x00, 0,
                  slot.card ? QByteArray::fromHex("3B6C00000044531B0000000000000000")
                            : ssc::SimulatedPsam::atr());
    case 0x63: // IccPowerOff
        slot.powered = false;
        return to(0x81, slot.occupied() ? 0x01 : 0x02, 0);
    case 0x6F: // XfrBlock
        if (!slot.occupied() || !slot.powered)
            return to(0x80, absent, 0xFE);
        if (m_tpdu) {
            m_blocks.append({slotNumber, data});
            return slot.tpdu.transfer(
                sequence, slotNumber, data,
                [&slot](const QByteArray& apdu) {
                    return slot.card ? slot.card->process(apdu) : slot.psam->process(apdu);
                },
                &slot.apdus);
        }
        ++slot.apdus;
        return to(0x80, 0x00, 0, slot.card ? slot.card->process(data) : slot.psam->process(data));
    case 0x61: // SetParameters: bProtocolNum in byte 7
        if (!slot.occupied() || !slot.powered)
            return to(0x82, absent, 0xFE);
        if (!m_tpdu) // an APDU-level reader sets the parameters itself: command not supported, bError 0
            return to(0x81, 0x41, 0x00);
        return slot.tpdu.setParameters(sequence, slotNumber, quint8(request[7]), data);
    default: // CCID 1.1 §6.2.6: command not supported, bError 0
        return to(0x81, 0x40 | (slot.occupied() ? 0x01 : 0x02), 0x00);
    }
}
