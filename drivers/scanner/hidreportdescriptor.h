#pragma once

#include <QByteArray>

namespace ssc {

// What the keyboard driver needs from a HID report descriptor: the report ID that prefixes the keyboard's
// input reports (usage page 0x07), if any, and how many bytes follow it. A keyboard-mode pedestal in report
// protocol sends ID + modifiers + reserved + key array: 9 bytes with six keys, 4 with one (the 0581:020c
// scanner of tests/drivers/realpedestals.h); the ID is stripped and the key array padded to the boot
// report's six before decoding. Only short items are read (HID 1.11 §6.2.2.2); long items are skipped.
struct KeyboardReportInfo {
    bool hasKeyboardInput = false; // an Input item under usage page 0x07
    quint8 reportId = 0;           // 0: the reports carry no ID
    int inputBytes = 0;            // input bytes after the ID in that report (all pages)
};

KeyboardReportInfo parseKeyboardReportDescriptor(const QByteArray& descriptor);

} // namespace ssc
