#pragma once

#include <QByteArray>
#include <QString>

namespace ssc {

// What a decoder makes of the bytes it was fed: nothing yet, a whole code, or something unreadable.
struct ScanResult {
    enum class Kind { Incomplete, Code, Unreadable };
    Kind kind = Kind::Incomplete;
    QByteArray data;      // the code's bytes
    QByteArray symbology; // AIM id (e.g. "]Q1") or vendor symbology byte, where the device gives one
    QString reason;       // for Unreadable: for logs and support (the screen says "could not be read")

    static ScanResult incomplete() { return {}; }
    static ScanResult code(QByteArray data, QByteArray symbology = {})
    {
        return {Kind::Code, std::move(data), std::move(symbology), {}};
    }
    static ScanResult unreadable(QString reason) { return {Kind::Unreadable, {}, {}, std::move(reason)}; }
};

// Longest code any decoder accepts; e-card codes are about 130 bytes.
constexpr qsizetype maxScannedCodeBytes = 4096;
// A code whose next part does not arrive within this time is dropped as half a code.
constexpr qint64 partialCodeTimeoutMs = 500;

} // namespace ssc
