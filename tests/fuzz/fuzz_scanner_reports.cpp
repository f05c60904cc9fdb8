// Fuzz target: random bytes as HID POS reports, keyboard reports (US, German, French), serial bytes and a HID
// report descriptor. Nothing may crash, and no decoder may ever hand over a code longer than
// maxScannedCodeBytes.
#include "scanner/hidposreassembler.h"
#include "scanner/hidreportdescriptor.h"
#include "scanner/keyboardwedgedecoder.h"
#include "scanner/lineframer.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    ssc::HidPosReassembler honeywell(ssc::HidPosReassembler::Layout::Honeywell);
    ssc::HidPosReassembler newland(ssc::HidPosReassembler::Layout::Newland);
    ssc::KeyboardWedgeDecoder wedge;
    ssc::KeyboardWedgeDecoder german(ssc::KeyboardLayout::German);
    ssc::KeyboardWedgeDecoder french(ssc::KeyboardLayout::French);
    ssc::LineFramer serial;
    const auto check = [](const ssc::ScanResult& r) {
        if (r.kind == ssc::ScanResult::Kind::Code &&
            (r.data.isEmpty() || r.data.size() > ssc::maxScannedCodeBytes))
            std::abort();
    };
    qint64 t = 0;
    for (qsizetype at = 0; at < bytes.size(); at += 64, t += 7) {
        const QByteArrayView chunk = bytes.sliced(at, std::min<qsizetype>(64, bytes.size() - at));
        QByteArray report(64, '\0');
        std::copy(chunk.begin(), chunk.end(), report.begin());
        report[0] = 0x02;
        check(honeywell.feed(report, t));
        check(newland.feed(chunk, t));
        for (qsizetype k = 0; k + 8 <= chunk.size(); k += 8) {
            check(wedge.feed(chunk.sliced(k, 8), t));
            check(german.feed(chunk.sliced(k, 8), t));
            check(french.feed(chunk.sliced(k, 8), t));
        }
        for (const auto& r : serial.feed(chunk, t))
            check(r);
    }
    const ssc::KeyboardReportInfo info = ssc::parseKeyboardReportDescriptor(bytes.toByteArray());
    if (info.inputBytes < 0 || (!info.hasKeyboardInput && info.inputBytes != 0))
        std::abort();
    return 0;
}
