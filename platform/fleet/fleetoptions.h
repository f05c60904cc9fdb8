#pragma once

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace ssc::platform {

// What the platform tells terminals about versions, and when a quiet terminal counts as silent
// (docs/operations.md, "Fleet" and "Updates").
struct FleetOptions {
    QString minimumTerminalVersion; // terminals older than this refuse to serve; empty: any version
    qint64 silentAfterMs = 180000;  // no heartbeat for this long: a "silent" incident (3 minutes)
    int heartbeatSeconds = 60;      // how often terminals are asked to report when nothing changes
    // An incident put right closes only after this long without the problem: a scanner unplugged and
    // replugged every few seconds is one incident and one text, not one a flap (10 minutes; 0: at once).
    qint64 quietWindowMs = 600000;
};

// --minimum-terminal-version X.Y.Z, --terminal-silent-after SECONDS, --heartbeat-interval SECONDS,
// --incident-quiet-window SECONDS.
void addFleetOptions(QCommandLineParser& parser);
std::optional<FleetOptions> fleetOptionsFrom(const QCommandLineParser& parser, QString* error);

} // namespace ssc::platform
