#include "keyboardwedgedecoder.h"

#include <optional>

namespace ssc {
namespace {

constexpr quint8 keyEnter = 0x28;
constexpr quint8 shiftBits = 0x22; // left and right shift

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
                finished = ScanResult::unreadable(
                    QStringLiteral("keys with no ASCII character in the pedestal's layout"));
            else if (!m_text.isEmpty())
                finished = ScanResult::code(m_text);
            reset();
            continue;
        }
        const char c = keyboardCharacter(m_layout, key, shift);
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
