#pragma once

#include <QString>

#include <optional>

namespace ssc {

// Where and by whom the terminal is used (docs/architecture.md, "modes").
enum class TerminalMode {
    Kiosk,   // self-service machine in a hall: citizens, touch, large type, idle logout
    Counter, // service window: clerks with a keyboard
    Field,   // visiting staff's laptop: works offline, syncs later
};

QString terminalModeKey(TerminalMode mode); // "kiosk", "counter", "field"
std::optional<TerminalMode> terminalModeFromKey(QStringView key);

} // namespace ssc
