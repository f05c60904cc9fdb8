#pragma once

#include "scanresult.h"

#include <QByteArrayView>
#include <QList>

namespace ssc {

// A CDC-ACM (serial) scanner: codes end with CR, LF or CR LF. Bytes arrive in arbitrary pieces; a line longer
// than maxScannedCodeBytes is refused whole, and a piece left without its line end is dropped after
// partialCodeTimeoutMs.
class LineFramer {
public:
    QList<ScanResult> feed(QByteArrayView bytes, qint64 nowMs);
    bool expire(qint64 nowMs, QString* why = nullptr);
    bool hasPartialCode() const { return !m_line.isEmpty() || m_overflow; }

private:
    QByteArray m_line;
    bool m_overflow = false;
    qint64 m_lastByteMs = 0;
};

} // namespace ssc
