#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ssc::ccid {

// USB CCID messages (rules.md §2; the CCID 1.1 specification): a 10-byte header — type, dwLength (little
// endian), slot, sequence, three type-specific bytes — then dwLength bytes of data. Pure functions over
// bytes, so the parser of what a reader sends is fuzzed without a reader.
enum MessageType : quint8 {
    IccPowerOn = 0x62,
    IccPowerOff = 0x63,
    GetSlotStatus = 0x65,
    XfrBlock = 0x6F,
    SetParameters = 0x61,    // PC_to_RDR_SetParameters: the protocol and its parameters (TPDU readers)
    Abort = 0x72,            // PC_to_RDR_Abort: after a control-pipe ABORT, ends the command in flight
    Secure = 0x69,           // PC_to_RDR_Secure: PIN entry on the reader's own pad (ccidsecure.h)
    DataBlock = 0x80,        // reader → terminal: the ATR after power-on, or a response APDU
    SlotStatus = 0x81,       // reader → terminal
    Parameters = 0x82,       // reader → terminal: the answer to SetParameters
    NotifySlotChange = 0x50, // interrupt endpoint
};

constexpr int headerSize = 10;

// `slot`: bSlot, 0 up to the reader's bMaxSlotIndex (ClassDescriptor::slotCount).
QByteArray powerOn(quint8 sequence, quint8 slot = 0);
QByteArray powerOff(quint8 sequence, quint8 slot = 0);
QByteArray getSlotStatus(quint8 sequence, quint8 slot = 0);
// bBWI: on a TPDU T=1 reader, the card's waiting time extension (S(WTX) multiplier) for this block; 0
// otherwise.
QByteArray xfrBlock(quint8 sequence, const QByteArray& apdu, quint8 bwi = 0, quint8 slot = 0);
// protocol 0 or 1; data: abProtocolDataStructure (5 bytes for T=0, 7 for T=1, CCID 1.1 §6.1.7).
QByteArray setParameters(quint8 sequence, quint8 protocol, const QByteArray& data, quint8 slot = 0);
QByteArray abort(quint8 sequence, quint8 slot = 0);
// PC_to_RDR_Secure with abData from ccidsecure.h (bBWI 0, wLevelParameter 0000: the whole command at once).
QByteArray secure(quint8 sequence, const QByteArray& data, quint8 slot = 0);

enum class CardPresence { Active, Inactive, Absent };
enum class CommandStatus { Processed, Failed, TimeExtension };

struct Reply {
    MessageType type = SlotStatus;
    quint8 slot = 0;
    quint8 sequence = 0;
    CardPresence presence = CardPresence::Absent;
    CommandStatus status = CommandStatus::Failed;
    quint8 error = 0; // bError when status is Failed (0xFE: card mute or absent)
    QByteArray data;  // DataBlock: ATR or response APDU
};

// Empty optional with `problem` set when the bytes are not one well-formed DataBlock, SlotStatus or
// Parameters.
std::optional<Reply> parseReply(const QByteArray& bytes, QString* problem);

// NotifySlotChange on the interrupt endpoint: for each of the reader's slots (two bits each), whether it now
// holds a card and whether that changed. Empty when the bytes are not a NotifySlotChange; slots the message
// is too short for are left out.
struct SlotChange {
    quint8 slot = 0;
    bool present = false;
    bool changed = false;
};
QList<SlotChange> parseSlotChanges(const QByteArray& bytes, int slotCount);

// The class descriptor (type 0x21) of a CCID interface: what the terminal needs from its 54 bytes.
struct ClassDescriptor {
    enum Feature : quint32 {
        AutoPpsProprietary = 0x00000040, // the reader negotiates by itself: no PPS, no SetParameters
        AutoPpsCurrent = 0x00000080,     // the reader sends the PPS itself when given SetParameters
        AutoIfsd = 0x00000400,           // the reader negotiates T=1's IFSD by itself
        TpduLevel = 0x00010000,
        ShortApduLevel = 0x00020000,
        ExtendedApduLevel = 0x00040000,
    };
    quint32 features = 0;    // dwFeatures: 0x00010000 TPDU, 0x00020000 short APDU, 0x00040000 extended APDU
    quint32 protocols = 0x3; // dwProtocols: bit 0 T=0, bit 1 T=1
    quint32 defaultClockKhz = 4000; // dwDefaultClock
    quint32 maxDataRate = 9600;     // dwMaxDataRate, bits per second
    quint32 maxIfsd = 254;          // dwMaxIFSD
    quint32 maxMessageLength = 271;
    quint8 slotCount = 1; // bMaxSlotIndex + 1
    quint16 lcdLayout =
        0; // wLcdLayout: lines in the high byte, characters per line in the low; 0: no display
    quint8 pinSupport = 0; // bPINSupport: bit 0 the pad verifies a PIN, bit 1 it changes one

    bool apduLevel() const { return (features & 0x00060000u) != 0; }
    bool tpduLevel() const { return (features & 0x00070000u) == TpduLevel; }
    bool has(Feature f) const { return (features & f) != 0; }
    bool padVerifies() const { return (pinSupport & 0x01) != 0; }
    bool padModifies() const { return (pinSupport & 0x02) != 0; }
};
std::optional<ClassDescriptor> parseClassDescriptor(const QByteArray& bytes);

} // namespace ssc::ccid
