#include "lineframer.h"

namespace ssc {

bool LineFramer::expire(qint64 nowMs, QString* why)
{
    if (!hasPartialCode() || nowMs - m_lastByteMs < partialCodeTimeoutMs)
        return false;
    if (why)
        *why = QStringLiteral("a line without its end after %1 bytes").arg(m_line.size());
    m_line.clear();
    m_overflow = false;
    return true;
}

QList<ScanResult> LineFramer::feed(QByteArrayView bytes, qint64 nowMs)
{
    QList<ScanResult> results;
    if (hasPartialCode() && nowMs - m_lastByteMs >= partialCodeTimeoutMs) {
        m_line.clear();
        m_overflow = false;
    }
    m_lastByteMs = nowMs;
    for (char c : bytes) {
        if (c == '\r' || c == '\n') {
            if (m_overflow)
                results << ScanResult::unreadable(
                    QStringLiteral("line longer than %1 bytes").arg(maxScannedCodeBytes));
            else if (!m_line.isEmpty())
                results << ScanResult::code(m_line);
            m_line.clear();
            m_overflow = false;
        } else if (m_line.size() < maxScannedCodeBytes) {
            m_line += c;
        } else {
            m_overflow = true;
        }
    }
    return results;
}

} // namespace ssc
