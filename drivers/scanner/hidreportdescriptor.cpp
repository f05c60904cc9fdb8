#include "hidreportdescriptor.h"

#include <algorithm>

namespace ssc {
namespace {

constexpr quint8 itemUsagePage = 0x04;   // global
constexpr quint8 itemReportId = 0x84;    // global
constexpr quint8 itemReportSize = 0x74;  // global: bits per field
constexpr quint8 itemReportCount = 0x94; // global: fields
constexpr quint8 itemInput = 0x80;       // main
constexpr quint8 itemPush = 0xA4;        // global: save the global state
constexpr quint8 itemPop = 0xB4;         // global: restore it
constexpr quint32 pageKeyboard = 0x07;

} // namespace

KeyboardReportInfo parseKeyboardReportDescriptor(const QByteArray& descriptor)
{
    KeyboardReportInfo info;
    struct Globals {
        quint32 page = 0;
        quint8 reportId = 0;
        quint32 size = 0;
        quint32 count = 0;
    } globals;
    quint32 inputBits = 0;
    Globals saved[4]; // Push/Pop nest rarely more than once
    int depth = 0;
    for (qsizetype i = 0; i < descriptor.size();) {
        const auto prefix = static_cast<quint8>(descriptor[i]);
        if (prefix == 0xFE) { // long item: data size in the next byte
            if (i + 1 >= descriptor.size())
                break;
            i += 3 + static_cast<quint8>(descriptor[i + 1]);
            continue;
        }
        const int size = (prefix & 0x03) == 3 ? 4 : (prefix & 0x03);
        if (i + size >= descriptor.size())
            break; // the item's data runs past the end
        quint32 value = 0;
        for (int b = size - 1; b >= 0; --b)
            value = (value << 8) | static_cast<quint8>(descriptor[i + 1 + b]);
        switch (prefix & 0xFC) {
        case itemUsagePage:
            globals.page = value;
            break;
        case itemReportId:
            globals.reportId = static_cast<quint8>(value);
            break;
        case itemReportSize:
            globals.size = value;
            break;
        case itemReportCount:
            globals.count = value;
            break;
        case itemPush:
            if (depth < 4)
                saved[depth++] = globals;
            break;
        case itemPop:
            if (depth > 0)
                globals = saved[--depth];
            break;
        case itemInput:
            // The first keyboard Input decides: the modifier byte comes first in a boot-shaped report.
            if (globals.page == pageKeyboard && !info.hasKeyboardInput) {
                info.hasKeyboardInput = true;
                info.reportId = globals.reportId;
                inputBits = 0;
            }
            // The keyboard report's fields, counted from its first keyboard input (the modifier byte that
            // opens a boot-shaped report); inputs of other report IDs are other reports.
            if (!info.hasKeyboardInput || globals.reportId == info.reportId)
                inputBits += std::min<quint32>(globals.size * globals.count, 8 * 1024);
            break;
        default:
            break;
        }
        i += 1 + size;
    }
    info.inputBytes = info.hasKeyboardInput ? static_cast<int>((inputBits + 7) / 8) : 0;
    return info;
}

} // namespace ssc
