#include "emulatedpinpad.h"

#include <QtEndian>

namespace {

// One PIN as the block bmFormatString and bmPINBlockString describe: bits 1-0 the encoding (0 binary: one
// digit a byte as its value; 1 BCD: two digits a byte; 2 ASCII), bit 2 right justification, bits 6-3 the
// PIN's position in the block (bit 7: in bytes, else in bits), bits 3-0 of bmPINBlockString the block size.
// The template's own bytes are the fill where the PIN does not reach.
std::optional<QByteArray> pinBlock(const PadRequest& r, const QString& pin, QByteArray block)
{
    if (pin.size() < r.minDigits || pin.size() > r.maxDigits)
        return std::nullopt;
    QByteArray digits;
    const int encoding = r.formatString & 0x03;
    for (int i = 0; i < pin.size(); ++i) {
        const int d = pin[i].digitValue();
        if (d < 0)
            return std::nullopt;
        if (encoding == 0)
            digits.append(char(d));
        else if (encoding == 2)
            digits.append(char('0' + d));
        else if (i % 2 == 0)
            digits.append(char((d << 4) | 0x0F)); // an odd last digit leaves F in the low half
        else
            digits[digits.size() - 1] = char((quint8(digits.back()) & 0xF0) | d);
    }
    const int positionUnits = (r.formatString >> 3) & 0x0F;
    const int position = (r.formatString & 0x80) ? positionUnits : positionUnits / 8;
    if (position + digits.size() > block.size())
        return std::nullopt;
    const bool right = (r.formatString & 0x04) != 0;
    const int start = right ? int(block.size()) - int(digits.size()) : position;
    block.replace(start, digits.size(), digits);
    return block;
}

} // namespace

int PadRequest::entries() const
{
    if (!modify)
        return 1;
    return 1 + ((confirmPin & 0x02) ? 1 : 0) + ((confirmPin & 0x01) ? 1 : 0);
}

std::optional<PadRequest> parsePadRequest(const QByteArray& d, QString* problem)
{
    const auto fail = [problem](const char* what) {
        *problem = QString::fromLatin1(what);
        return std::nullopt;
    };
    if (d.isEmpty() || quint8(d[0]) > 1)
        return fail("bPINOperation is neither verification nor modification");
    PadRequest r;
    r.modify = d[0] == 1;
    const auto u8 = [&d](int i) { return quint8(d[i]); };
    if (d.size() < 16)
        return fail("shorter than the structure");
    r.timeoutSeconds = u8(1);
    r.formatString = u8(2);
    r.blockString = u8(3);
    r.lengthFormat = u8(4);
    int i = 5;
    if (r.modify) {
        r.oldPinOffset = u8(i++);
        r.newPinOffset = u8(i++);
    }
    r.maxDigits = u8(i);
    r.minDigits = u8(i + 1);
    i += 2;
    if (r.modify)
        r.confirmPin = u8(i++);
    r.validation = u8(i++);
    r.messages = u8(i++);
    r.languageId = qFromLittleEndian<quint16>(d.constData() + i);
    i += 2;
    // bMsgIndex (verification); bMsgIndex1, bMsgIndex2 when bNumberMessage is 2 or 3, bMsgIndex3 when 3.
    i += !r.modify ? 1 : (r.messages == 3 ? 3 : r.messages == 2 ? 2 : 1);
    if (i + 3 > d.size())
        return fail("shorter than the structure");
    r.prologue = d.mid(i, 3);
    i += 3;
    r.command = d.mid(i);
    if (r.command.size() < 5 || quint8(r.command[4]) != r.command.size() - 5)
        return fail("the command is not a short APDU with its data");
    if (r.validation == 0 || r.validation > 7)
        return fail("bEntryValidationCondition");
    if (r.minDigits == 0 || r.minDigits > r.maxDigits)
        return fail("wPINMaxExtraDigit");
    return r;
}

std::optional<QByteArray> commandWithPins(const PadRequest& r, const QStringList& typed)
{
    if (typed.size() != r.entries())
        return std::nullopt;
    const int blockSize = r.blockString & 0x0F;
    QByteArray command = r.command;
    const auto place = [&](const QString& pin, int offset) {
        const int at = 5 + offset;
        if (at + blockSize > command.size())
            return false;
        const auto block = pinBlock(r, pin, command.mid(at, blockSize));
        if (!block)
            return false;
        command.replace(at, blockSize, *block);
        return true;
    };
    if (!r.modify)
        return place(typed[0], 0) ? std::optional(command) : std::nullopt;
    int next = 0;
    if ((r.confirmPin & 0x02) && !place(typed[next++], r.oldPinOffset))
        return std::nullopt;
    const QString newPin = typed[next++];
    if ((r.confirmPin & 0x01) && typed[next] != newPin)
        return std::nullopt;
    return place(newPin, r.newPinOffset) ? std::optional(command) : std::nullopt;
}
