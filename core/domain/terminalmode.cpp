#include "terminalmode.h"

namespace ssc {

QString terminalModeKey(TerminalMode mode)
{
    switch (mode) {
    case TerminalMode::Counter:
        return QStringLiteral("counter");
    case TerminalMode::Field:
        return QStringLiteral("field");
    case TerminalMode::Kiosk:
        break;
    }
    return QStringLiteral("kiosk");
}

std::optional<TerminalMode> terminalModeFromKey(QStringView key)
{
    for (TerminalMode mode : {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field})
        if (key.compare(terminalModeKey(mode), Qt::CaseInsensitive) == 0)
            return mode;
    return std::nullopt;
}

} // namespace ssc
