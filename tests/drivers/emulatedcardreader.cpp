#include "emulatedcardreader.h"

#include <QtEndian>

QByteArray ccidReply(quint8 type, quint8 sequence, quint8 status, quint8 error, const QByteArray& data,
                     quint8 slot)
{
    QByteArray m(10, '\0');
    m[0] = char(type);
    qToLittleEndian<quint32>(quint32(data.size()), m.data() + 1);
    m[5] = char(slot);
    m[6] = char(sequence);
    m[7] = char(status);
    m[8] = char(error);
    return m + data;
}

ssc::SimulatedCard::Personalisation simulatedChip(const EmulatedCard& card)
{
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
    chip.terminalKey = ssc::SimulatedPsam::terminalKeyFor(card.identifier); // the test PSAM's
    chip.t0 = card.t0;
    return chip;
}

EmulatedCardReader::EmulatedCardReader(UsbEmulator& usb, int address, const QByteArray& descriptors)
    : m_usb(usb)
{
    UsbEmulator::Spec spec;
    spec.address = address;
    spec.descriptors = descriptors.isEmpty() ? UsbEmulator::ccidDescriptors(0x076B, 0x3021) // OMNIKEY-like
                                             : descriptors;
    // dwFeatures: bytes 40-43 of the class descriptor, after the device (18), configuration (9) and interface
    // (9) descriptors.
    m_tpdu = (qFromLittleEndian<quint32>(spec.descriptors.constData() + 18 + 9 + 9 + 40) & 0x00070000u) ==
             0x00010000u;
    m_device = usb.add(spec);
    m_device->setResponder([this](quint8, const QByteArray& out) { return answer(out); });
}

void EmulatedCardReader::insert(const EmulatedCard& card)
{
    {
        QMutexLocker lock(&m_mutex);
        m_card = card;
        m_chip.emplace(simulatedChip(card));
        m_inSlot = true;
        m_powered = false;
        m_extensionSent = false;
        m_apdus = 0;
    }
    m_device->queueIn(0x83, QByteArray::fromHex("5003")); // slot 0: present, changed
}

QByteArray EmulatedCardReader::acsApg8201b2Descriptors()
{
    QByteArray ccid = QByteArray::fromHex("3621"     // bLength 54, CCID class descriptor
                                          "0001"     // bcdCCID 1.00
                                          "00"       // bMaxSlotIndex: one slot
                                          "01"       // bVoltageSupport: 5.0 V
                                          "03000000" // dwProtocols: T=0, T=1
                                          "a00f0000" // dwDefaultClock 4.000 MHz
                                          "a00f0000" // dwMaximumClock 4.000 MHz
                                          "00"       // bNumClockSupported
                                          "002a0000" // dwDataRate 10752 bps
                                          "e8fd0000" // dwMaxDataRate 65000 bps
                                          "00"       // bNumDataRatesSupported
                                          "fe000000" // dwMaxIFSD 254
                                          "00000000" // dwSynchProtocols
                                          "00000000" // dwMechanical
                                          "30040200" // dwFeatures 0x00020430: short APDU level
                                          "5e010000" // dwMaxCCIDMessageLength 350
                                          "00"       // bClassGetResponse
                                          "00"       // bClassEnvelope
                                          "1002"     // wLcdLayout 0x0210: 2 lines of 16 characters
                                          "03"       // bPINSupport: verification and modification
                                          "01");     // bMaxCCIDBusySlots
    return UsbEmulator::ccidDescriptors(0x072F, 0x8206, ccid);
}

QByteArray EmulatedCardReader::acsAcr39uDescriptors()
{
    QByteArray ccid = QByteArray::fromHex("3621"     // bLength 54, CCID class descriptor
                                          "1001"     // bcdCCID 1.10
                                          "00"       // bMaxSlotIndex: one slot
                                          "07"       // bVoltageSupport: 5.0, 3.0, 1.8 V
                                          "03000000" // dwProtocols: T=0, T=1
                                          "c0120000" // dwDefaultClock 4.800 MHz
                                          "803e0000" // dwMaximumClock 16.000 MHz
                                          "00"       // bNumClockSupported
                                          "67320000" // dwDataRate 12903 bps
                                          "909a0c00" // dwMaxDataRate 826000 bps
                                          "00"       // bNumDataRatesSupported
                                          "f7000000" // dwMaxIFSD 247
                                          "00000000" // dwSynchProtocols
                                          "00000000" // dwMechanical
                                          "b2000100" // dwFeatures 0x000100B2: TPDU level, automatic PPS
                                          "0f010000" // dwMaxCCIDMessageLength 271
                                          "ff"       // bClassGetResponse: echoes the class
                                          "ff"       // bClassEnvelope: echoes the class
                                          "0000"     // wLcdLayout: no display
                                          "00"       // bPINSupport: no pad
                                          "01");     // bMaxCCIDBusySlots
    return UsbEmulator::ccidDescriptors(0x072F, 0xB100, ccid);
}

QByteArray EmulatedCardReader::gemaltoCt30Descriptors()
{
    QByteArray ccid = QByteArray::fromHex("3621"     // bLength 54, CCID class descriptor
                                          "0101"     // bcdCCID 1.01
                                          "00"       // bMaxSlotIndex: one slot
                                          "07"       // bVoltageSupport: 5.0, 3.0, 1.8 V
                                          "03000000" // dwProtocols: T=0, T=1
                                          "c0120000" // dwDefaultClock 4.800 MHz
                                          "c0120000" // dwMaximumClock 4.800 MHz
                                          "00"       // bNumClockSupported
                                          "67320000" // dwDataRate 12903 bps
                                          "ce990c00" // dwMaxDataRate 825806 bps
                                          "35"       // bNumDataRatesSupported 53
                                          "fe000000" // dwMaxIFSD 254
                                          "00000000" // dwSynchProtocols
                                          "00000000" // dwMechanical
                                          "30020100" // dwFeatures 0x00010230: TPDU level, PPS by the host
                                          "0f010000" // dwMaxCCIDMessageLength 271
                                          "00"       // bClassGetResponse
                                          "00"       // bClassEnvelope
                                          "0000"     // wLcdLayout: no display
                                          "00"       // bPINSupport: no pad
                                          "01");     // bMaxCCIDBusySlots
    return UsbEmulator::ccidDescriptors(0x08E6, 0x3437, ccid);
}

QByteArray EmulatedCardReader::pps() const
{
    QMutexLocker lock(&m_mutex);
    return m_tpduSlot.pps();
}

QByteArray EmulatedCardReader::t1Atr()
{
    return EmulatedTpduSlot::t1Atr();
}

void EmulatedCardReader::hangNextApdu()
{
    QMutexLocker lock(&m_mutex);
    m_hangNext = true;
}

std::optional<quint8> EmulatedCardReader::abortedSequence() const
{
    QMutexLocker lock(&m_mutex);
    return m_abortedSequence;
}

void EmulatedCardReader::t1Faults(int wtxBeforeAnswer, quint8 multiplier, int corruptAnswer)
{
    QMutexLocker lock(&m_mutex);
    m_wtxBefore = wtxBeforeAnswer;
    m_wtxMultiplier = multiplier;
    m_corruptAnswer = corruptAnswer;
}

EmulatedT1Card::Seen EmulatedCardReader::t1Seen() const
{
    QMutexLocker lock(&m_mutex);
    return m_tpduSlot.t1Seen();
}

std::pair<int, QByteArray> EmulatedCardReader::parameters() const
{
    QMutexLocker lock(&m_mutex);
    return {m_tpduSlot.protocol(), m_tpduSlot.parameters()};
}

void EmulatedCardReader::remove()
{
    const bool padWaited = padWaiting();
    {
        QMutexLocker lock(&m_mutex);
        m_inSlot = false;
        m_powered = false;
    }
    if (padWaited) // the reader gives up the entry: the card it was for is gone
        answerPad(0x42, 0xFE, {});
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
        return {{0x82, ccidReply(0x81, sequence, m_inSlot ? (m_powered ? 0x00 : 0x01) : 0x02, 0)}};
    case 0x62: // IccPowerOn
        if (!m_inSlot)
            return {{0x82, ccidReply(0x80, sequence, absent, 0xFE)}};
        m_powered = true;
        m_chip->reset(); // a new card session: the PIN must be verified again
        if (m_tpdu) {
            EmulatedT1Card& t1 = m_tpduSlot.powerOn();
            if (m_wtxBefore > 0)
                t1.askTimeBefore(m_wtxBefore, m_wtxMultiplier);
            if (m_corruptAnswer > 0)
                t1.corruptAnswer(m_corruptAnswer);
            const QByteArray atr =
                m_card->t0 ? QByteArray::fromHex("3B6C00000044531B0000000000000000") : t1Atr();
            return {{0x82, ccidReply(0x80, sequence, 0x00, 0, atr)}};
        }
        return {{0x82, ccidReply(0x80, sequence, 0x00, 0,
                                 QByteArray::fromHex("3B6C00000044531B0000000000000000"))}};
    case 0x63: // IccPowerOff
        m_powered = false;
        return {{0x82, ccidReply(0x81, sequence, m_inSlot ? 0x01 : 0x02, 0)}};
    case 0x6F: { // XfrBlock
        if (!m_inSlot || !m_powered)
            return {{0x82, ccidReply(0x80, sequence, absent, 0xFE)}};
        if (std::exchange(m_hangNext, false)) {
            m_hungSequence = sequence;
            return {};
        }
        if (m_tpdu)
            return m_tpduSlot.transfer(
                sequence, 0, data, [this](const QByteArray& apdu) { return m_chip->process(apdu); },
                &m_apdus);
        QList<std::pair<quint8, QByteArray>> answers;
        if (!m_extensionSent) { // the first exchange takes a while: the reader asks for more time once
            m_extensionSent = true;
            answers.append({0x82, ccidReply(0x80, sequence, 0x80, 1)});
        }
        ++m_apdus;
        if (m_pullAt > 0 && m_apdus >= m_pullAt) { // pulled by the hand of pullDuring()
            m_pullAt = -1;
            if (m_pullAfterTheChipActs)
                m_chip->process(data); // the chip did it; its answer never reaches the reader
            m_inSlot = false;
            m_powered = false;
            answers.append({0x82, ccidReply(0x80, sequence, absent, 0xFE)});
            answers.append({0x83, QByteArray::fromHex("5002")});
            return answers;
        }
        if (m_card->pullAfterApdus >= 0 && m_apdus > m_card->pullAfterApdus) {
            m_inSlot = false;
            m_powered = false;
            answers.append({0x82, ccidReply(0x80, sequence, absent, 0xFE)});
            answers.append({0x83, QByteArray::fromHex("5002")});
            return answers;
        }
        const QByteArray answer = m_card->garbage ? QByteArray::fromHex("A5") : m_chip->process(data);
        answers.append({0x82, ccidReply(0x80, sequence, 0x00, 0, answer)});
        return answers;
    }
    case 0x69: // Secure
        return secure(sequence, data);
    case 0x72: { // Abort, after the ABORT class request on the control pipe
        QList<std::pair<quint8, QByteArray>> answers;
        if (m_hungSequence == sequence)
            answers.append({0x82, ccidReply(0x80, *std::exchange(m_hungSequence, std::nullopt), 0x40, 0xFF)});
        m_abortedSequence = sequence;
        answers.append({0x82, ccidReply(0x81, sequence, m_inSlot ? (m_powered ? 0x00 : 0x01) : 0x02, 0)});
        return answers;
    }
    case 0x61: { // SetParameters: bProtocolNum in byte 7; answered with RDR_to_PC_Parameters
        if (!m_inSlot || !m_powered)
            return {{0x82, ccidReply(0x82, sequence, absent, 0xFE)}};
        if (!m_tpdu) // bError 7: the offset of the field in error (bProtocolNum)
            return {{0x82, ccidReply(0x82, sequence, 0x40, 0x07)}};
        return m_tpduSlot.setParameters(sequence, 0, quint8(request[7]), data);
    }
    default:
        return {{0x82, ccidReply(0x81, sequence, 0x40, 0x00)}}; // command not supported
    }
}

// m_mutex held. A reader without a pad refuses the command (bError 0: "command not supported"); one with a
// pad checks the structure (bError 0x0F, an offset into the message, for a bad one, the convention of CCID
// Table 6.2-2 for a field in error), then waits for the person: the answer comes from padType() & co.
QList<std::pair<quint8, QByteArray>> EmulatedCardReader::secure(quint8 sequence, const QByteArray& data)
{
    const quint8 absent = 0x42;
    if (!m_inSlot || !m_powered)
        return {{0x82, ccidReply(0x80, sequence, absent, 0xFE)}};
    // bPINSupport: byte 52 of the class descriptor, after the device (18), configuration (9) and interface
    // (9)
    const quint8 pinSupport = quint8(m_device->spec.descriptors.at(18 + 9 + 9 + 52));
    if (!(pinSupport & 0x01))
        return {{0x82, ccidReply(0x80, sequence, 0x40, 0x00)}};
    QString problem;
    const auto request = parsePadRequest(data, &problem);
    if (!request || (request->modify && !(pinSupport & 0x02)))
        return {{0x82, ccidReply(0x80, sequence, 0x40, 0x0F)}};
    // A TPDU reader running T=1 frames the command as the prologue says: its LEN must be the command's.
    if (m_tpdu && m_tpduSlot.protocol() == 1 && quint8(request->prologue[2]) != request->command.size())
        return {{0x82, ccidReply(0x80, sequence, 0x40, 0x0F)}};
    m_padRequest = request;
    m_padSequence = sequence;
    return {};
}

bool EmulatedCardReader::padWaiting() const
{
    QMutexLocker lock(&m_mutex);
    return m_padSequence.has_value();
}

std::optional<PadRequest> EmulatedCardReader::lastPadRequest() const
{
    QMutexLocker lock(&m_mutex);
    return m_padRequest;
}

bool EmulatedCardReader::padType(const QStringList& pins)
{
    QByteArray answer;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_padSequence || !m_chip)
            return false;
        const auto command = commandWithPins(*m_padRequest, pins);
        if (!command)
            return false;
        ++m_apdus;
        if (m_tpdu &&
            m_tpduSlot.protocol() == 1) { // the reader completes the I-block: the prologue, the command, LRC
            QByteArray block = m_padRequest->prologue + *command;
            quint8 lrc = 0;
            for (const char c : block)
                lrc ^= quint8(c);
            block.append(char(lrc));
            answer = m_tpduSlot.t1()->receive(
                block, [this](const QByteArray& apdu) { return m_chip->process(apdu); });
        } else {
            answer = m_chip->process(*command); // the reader sends the filled-in command to the card
        }
    }
    return answerPad(0x00, 0x00, answer);
}

bool EmulatedCardReader::padCancel()
{
    return answerPad(0x40, 0xEF, {}); // PIN cancelled
}

bool EmulatedCardReader::padTimeOut()
{
    return answerPad(0x40, 0xF0, {}); // PIN timeout
}

// Queued outside m_mutex: the responder runs with the device locked and then takes m_mutex.
bool EmulatedCardReader::answerPad(quint8 status, quint8 error, const QByteArray& data)
{
    quint8 sequence = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_padSequence)
            return false;
        sequence = *std::exchange(m_padSequence, std::nullopt);
    }
    m_device->queueIn(0x82, ccidReply(0x80, sequence, status, error, data));
    return true;
}
