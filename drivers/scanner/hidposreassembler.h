#pragma once

#include "scanresult.h"

#include <QByteArrayView>

namespace ssc {

// HID POS (usage page 0x8C) input reports to codes (rules.md §3). Report ID 0x02, 64 bytes: byte 1 the
// number of data bytes in this report, the data, and bit 0 of the last byte set when more reports follow.
//   Honeywell: AIM id in bytes 2-4, data 5-60, vendor symbology 61-62.
//   Newland:   data 2-57, symbology byte 62.
// Long codes span several reports; they are concatenated until the continuation bit is clear.
class HidPosReassembler {
public:
    enum class Layout { Honeywell, Newland };
    static constexpr qsizetype reportSize = 64;
    static constexpr quint8 reportId = 0x02;

    explicit HidPosReassembler(Layout layout) : m_layout(layout) {}

    ScanResult feed(QByteArrayView report, qint64 nowMs);
    // Drops a code whose next report is overdue; true (and the reason in *why) when one was dropped.
    bool expire(qint64 nowMs, QString* why = nullptr);
    bool hasPartialCode() const { return !m_data.isEmpty() || m_discarding; }
    void reset();

private:
    Layout m_layout;
    QByteArray m_data;
    QByteArray m_symbology;
    qint64 m_lastReportMs = 0;
    bool m_discarding = false; // an oversized code: drop its remaining reports
};

} // namespace ssc
