#include "hidposreassembler.h"

namespace ssc {

void HidPosReassembler::reset()
{
    m_data.clear();
    m_symbology.clear();
    m_discarding = false;
}

bool HidPosReassembler::expire(qint64 nowMs, QString* why)
{
    if (!hasPartialCode() || nowMs - m_lastReportMs < partialCodeTimeoutMs)
        return false;
    if (why)
        *why = QStringLiteral("half a code: the next report did not arrive within %1 ms")
                   .arg(partialCodeTimeoutMs);
    reset();
    return true;
}

ScanResult HidPosReassembler::feed(QByteArrayView report, qint64 nowMs)
{
    if (hasPartialCode() && nowMs - m_lastReportMs >= partialCodeTimeoutMs)
        reset(); // the previous code was abandoned; this report starts afresh
    m_lastReportMs = nowMs;
    if (report.size() != reportSize || static_cast<quint8>(report[0]) != reportId) {
        reset();
        return ScanResult::unreadable(
            QStringLiteral("not a HID POS input report (%1 bytes)").arg(report.size()));
    }
    const bool honeywell = m_layout == Layout::Honeywell;
    const qsizetype dataStart = honeywell ? 5 : 2;
    const qsizetype dataCapacity = 56;
    const auto length = static_cast<quint8>(report[1]);
    const bool more = (static_cast<quint8>(report[reportSize - 1]) & 0x01) != 0;
    if (length > dataCapacity) {
        reset();
        return ScanResult::unreadable(
            QStringLiteral("report declares %1 data bytes, at most %2 fit").arg(length).arg(dataCapacity));
    }
    if (m_discarding) {
        if (!more)
            reset();
        return ScanResult::incomplete();
    }
    if (m_data.isEmpty())
        m_symbology = honeywell ? report.sliced(2, 3).toByteArray() : report.sliced(62, 1).toByteArray();
    m_data += report.sliced(dataStart, length);
    if (m_data.size() > maxScannedCodeBytes) {
        reset();
        m_discarding = more;
        return ScanResult::unreadable(QStringLiteral("code longer than %1 bytes").arg(maxScannedCodeBytes));
    }
    if (more)
        return ScanResult::incomplete();
    ScanResult result = m_data.isEmpty() ? ScanResult::unreadable(QStringLiteral("empty code"))
                                         : ScanResult::code(m_data, m_symbology);
    reset();
    return result;
}

} // namespace ssc
