#include "keyboardwedgedecoder.h"

#include <array>
#include <optional>

namespace ssc {
namespace {

constexpr quint8 keyEnter = 0x28;
constexpr quint8 shiftBits = 0x22; // left and right shift

// US layout from HID usage 0x04 ('a') to 0x38 ('/'); 0 for keys that type nothing in a code.
constexpr std::array<char, 0x39> plain{
    0,   0,   0,   0,   'a', 'b',  'c', 'd', 'e', 'f', 'g', 'h',  'i', 'j', 'k',  'l', 'm', 'n', 'o',
    'p', 'q', 'r', 's', 't', 'u',  'v', 'w', 'x', 'y', 'z', '1',  '2', '3', '4',  '5', '6', '7', '8',
    '9', '0', 0,   0,   0,   '\t', ' ', '-', '=', '[', ']', '\\', '#', ';', '\'', '`', ',', '.', '/'};
constexpr std::array<char, 0x39> shifted{
    0,   0,   0,   0,   'A', 'B',  'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O',
    'P', 'Q', 'R', 'S', 'T', 'U',  'V', 'W', 'X', 'Y', 'Z', '!', '@', '#', '$', '%', '^', '&', '*',
    '(', ')', 0,   0,   0,   '\t', ' ', '_', '+', '{', '}', '|', '~', ':', '"', '~', '<', '>', '?'};

} // namespace

void KeyboardWedgeDecoder::reset()
{
    m_text.clear();
    m_unmapped = false;
}

bool KeyboardWedgeDecoder::expire(qint64 nowMs, QString* why)
{
    if (!hasPartialCode() || nowMs - m_lastKeyMs < partialCodeTimeoutMs)
        return false;
    if (why)
        *why = QStringLiteral("typing stopped without Enter after %1 characters").arg(m_text.size());
    reset();
    return true;
}

ScanResult KeyboardWedgeDecoder::feed(QByteArrayView report, qint64 nowMs)
{
    if (report.size() != reportSize) {
        reset();
        m_pressed.clear();
        return ScanResult::unreadable(
            QStringLiteral("not a boot keyboard report (%1 bytes)").arg(report.size()));
    }
    if (hasPartialCode() && nowMs - m_lastKeyMs >= partialCodeTimeoutMs)
        reset();
    const bool shift = (static_cast<quint8>(report[0]) & shiftBits) != 0;
    const QByteArray keys = report.sliced(2).toByteArray();
    std::optional<ScanResult> finished;
    for (char k : keys) {
        const auto key = static_cast<quint8>(k);
        if (key == 0 || m_pressed.contains(k))
            continue; // no key, or still held from the previous report
        m_lastKeyMs = nowMs;
        if (key == keyEnter) {
            if (m_unmapped)
                finished =
                    ScanResult::unreadable(QStringLiteral("keys with no ASCII character in a US layout"));
            else if (!m_text.isEmpty())
                finished = ScanResult::code(m_text);
            reset();
            continue;
        }
        const char c = key < plain.size() ? (shift ? shifted[key] : plain[key]) : 0;
        if (c == 0)
            m_unmapped = true;
        else if (m_text.size() < maxScannedCodeBytes)
            m_text += c;
        else
            m_unmapped = true; // too long: refused at Enter
    }
    m_pressed = keys;
    return finished.value_or(ScanResult::incomplete());
}

} // namespace ssc
