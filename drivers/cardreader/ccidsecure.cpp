#include "ccidsecure.h"

namespace ssc::ccid {
namespace {

void appendLittleEndian16(QByteArray& bytes, quint16 value)
{
    bytes.append(char(value & 0xFF)).append(char(value >> 8));
}

// The fields both structures share, up to wPINMaxExtraDigit's place: bmFormatString (bit 7 set: positions
// in bytes; bits 6-3 the PIN's position inside its block, 0; bit 2 justification; bits 1-0 the encoding),
// bmPINBlockString (no length field in the command; the block's size) and bmPINLengthFormat (none).
QByteArray formatFields(const PinFormat& f)
{
    QByteArray bytes;
    bytes.append(char(0x80 | (f.rightJustified ? 0x04 : 0x00) | (f.encoding & 0x03)));
    bytes.append(char(f.blockBytes & 0x0F));
    bytes.append(char(0x00));
    return bytes;
}

// XXYYh: XX the fewest digits, YY the most; little endian on the wire like every CCID word.
void appendDigitRange(QByteArray& bytes, const PinFormat& f)
{
    appendLittleEndian16(bytes, quint16((f.minDigits << 8) | f.maxDigits));
}

constexpr char validationKeyPressed = 0x02;
const QByteArray noTeoPrologue(3, '\0'); // APDU-level readers: no T=1 prologue to fill

} // namespace

QByteArray pinVerification(const PinEntry& entry)
{
    QByteArray data(1, char(0x00)); // bPINOperation: verification
    data.append(char(entry.timeoutSeconds));
    data.append(formatFields(entry.format));
    appendDigitRange(data, entry.format);
    data.append(validationKeyPressed);
    data.append(char(0x01)); // bNumberMessage
    appendLittleEndian16(data, entry.languageId);
    data.append(char(0x00)); // bMsgIndex: "enter the PIN"
    data.append(entry.teoPrologue.size() == 3 ? entry.teoPrologue : noTeoPrologue);
    return data + entry.command;
}

QByteArray pinModification(const PinEntry& entry)
{
    QByteArray data(1, char(0x01)); // bPINOperation: modification
    data.append(char(entry.timeoutSeconds));
    data.append(formatFields(entry.format));
    data.append(char(entry.oldPinOffset)).append(char(entry.newPinOffset));
    appendDigitRange(data, entry.format);
    data.append(char(0x03)); // bConfirmPIN: the current PIN asked for, the new one asked twice
    data.append(validationKeyPressed);
    data.append(char(0x03)); // bNumberMessage: three, so bMsgIndex1..3 are all present
    appendLittleEndian16(data, entry.languageId);
    data.append(char(0x00)).append(char(0x01)).append(char(0x02)); // "current PIN", "new PIN", "again"
    data.append(entry.teoPrologue.size() == 3 ? entry.teoPrologue : noTeoPrologue);
    return data + entry.command;
}

} // namespace ssc::ccid
