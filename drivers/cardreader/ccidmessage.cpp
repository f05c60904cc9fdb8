#include "ccidmessage.h"

#include <QtEndian>

namespace ssc::ccid {
namespace {

QByteArray message(MessageType type, quint8 sequence, quint8 slot, const QByteArray& data = {}, quint8 b7 = 0)
{
    QByteArray m(headerSize, '\0');
    m[0] = char(type);
    qToLittleEndian<quint32>(quint32(data.size()), m.data() + 1);
    m[5] = char(slot); // bSlot: 0 up to bMaxSlotIndex
    m[6] = char(sequence);
    m[7] = char(b7);
    return m + data;
}

} // namespace

QByteArray powerOn(quint8 sequence, quint8 slot)
{
    return message(IccPowerOn, sequence, slot, {}, 0); // bPowerSelect 0: the reader chooses the voltage
}

QByteArray powerOff(quint8 sequence, quint8 slot)
{
    return message(IccPowerOff, sequence, slot);
}

QByteArray getSlotStatus(quint8 sequence, quint8 slot)
{
    return message(GetSlotStatus, sequence, slot);
}

QByteArray xfrBlock(quint8 sequence, const QByteArray& apdu, quint8 bwi, quint8 slot)
{
    return message(XfrBlock, sequence, slot, apdu, bwi); // wLevelParameter 0000: the whole block at once
}

QByteArray setParameters(quint8 sequence, quint8 protocol, const QByteArray& data, quint8 slot)
{
    return message(SetParameters, sequence, slot, data, protocol);
}

QByteArray abort(quint8 sequence, quint8 slot)
{
    return message(Abort, sequence, slot);
}

QByteArray secure(quint8 sequence, const QByteArray& data, quint8 slot)
{
    return message(Secure, sequence, slot, data);
}

std::optional<Reply> parseReply(const QByteArray& bytes, QString* problem)
{
    const auto fail = [problem](const char* what) {
        *problem = QString::fromLatin1(what);
        return std::nullopt;
    };
    if (bytes.size() < headerSize)
        return fail("shorter than a CCID header");
    const quint8 type = quint8(bytes[0]);
    if (type != DataBlock && type != SlotStatus && type != Parameters)
        return fail("not a DataBlock, SlotStatus or Parameters");
    const quint32 length = qFromLittleEndian<quint32>(bytes.constData() + 1);
    if (length != quint32(bytes.size() - headerSize))
        return fail("length field disagrees with the bytes received");
    if (type == SlotStatus && length != 0)
        return fail("a SlotStatus carries no data");
    Reply reply;
    reply.type = MessageType(type);
    reply.slot = quint8(bytes[5]);
    reply.sequence = quint8(bytes[6]);
    const quint8 status = quint8(bytes[7]);
    switch (status & 0x03) {
    case 0:
        reply.presence = CardPresence::Active;
        break;
    case 1:
        reply.presence = CardPresence::Inactive;
        break;
    case 2:
        reply.presence = CardPresence::Absent;
        break;
    default:
        return fail("reserved card state");
    }
    switch (status >> 6) {
    case 0:
        reply.status = CommandStatus::Processed;
        break;
    case 1:
        reply.status = CommandStatus::Failed;
        break;
    case 2:
        reply.status = CommandStatus::TimeExtension;
        break;
    default:
        return fail("reserved command status");
    }
    reply.error = quint8(bytes[8]);
    reply.data = bytes.mid(headerSize);
    return reply;
}

QList<SlotChange> parseSlotChanges(const QByteArray& bytes, int slotCount)
{
    QList<SlotChange> changes;
    if (bytes.size() < 2 || quint8(bytes[0]) != NotifySlotChange)
        return changes;
    // bmSlotICCState: two bits a slot, slot 0 in the low bits of the first byte, four slots a byte (§6.3.1).
    for (int slot = 0; slot < slotCount && 1 + slot / 4 < bytes.size(); ++slot) {
        const quint8 bits = quint8(quint8(bytes[1 + slot / 4]) >> ((slot % 4) * 2));
        changes.append(SlotChange{quint8(slot), (bits & 0x01) != 0, (bits & 0x02) != 0});
    }
    return changes;
}

std::optional<ClassDescriptor> parseClassDescriptor(const QByteArray& bytes)
{
    if (bytes.size() < 54 || quint8(bytes[0]) < 54 || quint8(bytes[1]) != 0x21)
        return std::nullopt;
    ClassDescriptor d;
    d.slotCount = quint8(quint8(bytes[4]) + 1);
    d.protocols = qFromLittleEndian<quint32>(bytes.constData() + 6);
    d.defaultClockKhz = qFromLittleEndian<quint32>(bytes.constData() + 10);
    d.maxDataRate = qFromLittleEndian<quint32>(bytes.constData() + 23);
    d.maxIfsd = qFromLittleEndian<quint32>(bytes.constData() + 28);
    d.features = qFromLittleEndian<quint32>(bytes.constData() + 40);
    d.maxMessageLength = qFromLittleEndian<quint32>(bytes.constData() + 44);
    d.lcdLayout = qFromLittleEndian<quint16>(bytes.constData() + 50);
    d.pinSupport = quint8(bytes[52]);
    if (d.maxMessageLength < quint32(headerSize) + 5)
        return std::nullopt;
    return d;
}

} // namespace ssc::ccid
