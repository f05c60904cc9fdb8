#pragma once

#include "keyboardlayouts.h"
#include "scanresult.h"

#include <QByteArrayView>

namespace ssc {

// A scanner acting as a USB keyboard (boot protocol reports: modifiers, reserved, six key codes). Keys are
// read in the layout the pedestal types in (keyboardlayouts.h; US unless configured), ASCII only (rules.md
// §3: Chinese cannot arrive reliably this way); Enter ends a code. A code that stalls without Enter is
// dropped after partialCodeTimeoutMs.
class KeyboardWedgeDecoder {
public:
    static constexpr qsizetype reportSize = 8;

    explicit KeyboardWedgeDecoder(KeyboardLayout layout = KeyboardLayout::Us) : m_layout(layout) {}

    ScanResult feed(QByteArrayView report, qint64 nowMs);
    bool expire(qint64 nowMs, QString* why = nullptr);
    bool hasPartialCode() const { return !m_text.isEmpty(); }
    void reset();

private:
    KeyboardLayout m_layout;
    QByteArray m_text;
    QByteArray m_pressed; // keys down in the previous report: a held key is not typed twice
    qint64 m_lastKeyMs = 0;
    bool m_unmapped = false;
};

} // namespace ssc
