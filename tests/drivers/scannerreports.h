#pragma once

#include <QByteArray>
#include <QList>

// Builds the reports real pedestals send, for the decoder tests and the emulated devices.
namespace scannerreports {

// A code as HID POS reports (64 bytes, report ID 2), split at 56 data bytes, continuation bit on all but the
// last.
inline QList<QByteArray> hidPos(const QByteArray& code, bool honeywell)
{
    QList<QByteArray> reports;
    qsizetype at = 0;
    do {
        const QByteArray part = code.mid(at, 56);
        at += part.size();
        QByteArray report(64, '\0');
        report[0] = 0x02;
        report[1] = static_cast<char>(part.size());
        if (honeywell) {
            report.replace(2, 3, "]Q1");
            report.replace(5, part.size(), part);
        } else {
            report.replace(2, part.size(), part);
            report[62] = 0x31;
        }
        report[63] = at < code.size() ? 0x01 : 0x00;
        reports << report;
    } while (at < code.size());
    return reports;
}

// One key press and release per character (US layout), then Enter.
inline QList<QByteArray> keyboard(const QByteArray& text)
{
    QList<QByteArray> reports;
    const auto press = [&](char modifier, char key) {
        QByteArray down(8, '\0');
        down[0] = modifier;
        down[2] = key;
        reports << down << QByteArray(8, '\0');
    };
    for (char c : text) {
        if (c >= 'a' && c <= 'z')
            press(0, static_cast<char>(0x04 + (c - 'a')));
        else if (c >= 'A' && c <= 'Z')
            press(0x02, static_cast<char>(0x04 + (c - 'A')));
        else if (c >= '1' && c <= '9')
            press(0, static_cast<char>(0x1e + (c - '1')));
        else if (c == '0')
            press(0, 0x27);
        else if (c == '.')
            press(0, 0x37);
        else if (c == '-')
            press(0, 0x2d);
        else if (c == '_')
            press(0x02, 0x2d);
        else if (c == '/')
            press(0, 0x38);
        else if (c == ':')
            press(0x02, 0x33);
    }
    press(0, 0x28);
    return reports;
}

} // namespace scannerreports
