#include "fleetoptions.h"

#include <QRegularExpression>

namespace ssc::platform {

void addFleetOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("minimum-terminal-version"),
         QStringLiteral(
             "Terminals older than this version refuse to serve and are listed as needing an update"),
         QStringLiteral("version")},
        {QStringLiteral("terminal-silent-after"),
         QStringLiteral("Seconds without a heartbeat before a terminal counts as silent (default 180)"),
         QStringLiteral("seconds")},
        {QStringLiteral("heartbeat-interval"),
         QStringLiteral("Seconds between heartbeats when nothing changes (default 60)"),
         QStringLiteral("seconds")},
        {QStringLiteral("incident-quiet-window"),
         QStringLiteral("Seconds a terminal's problem must stay put right before its incident closes; a "
                        "device failing again sooner keeps the same incident and sends no new text (default "
                        "600, 0: close at once)"),
         QStringLiteral("seconds")},
    });
}

std::optional<FleetOptions> fleetOptionsFrom(const QCommandLineParser& parser, QString* error)
{
    FleetOptions options;
    const QString minimum = parser.value(QStringLiteral("minimum-terminal-version"));
    static const QRegularExpression version(QStringLiteral("^[0-9]+(\\.[0-9]+){0,3}$"));
    if (!minimum.isEmpty() && !version.match(minimum).hasMatch()) {
        *error = QStringLiteral("--minimum-terminal-version takes a version such as 0.2.0");
        return std::nullopt;
    }
    options.minimumTerminalVersion = minimum;
    const auto seconds = [&](const char* name, qint64 fallback, qint64* out, qint64 least = 1) {
        const QString key = QLatin1String(name);
        if (!parser.isSet(key)) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        *out = parser.value(key).toLongLong(&ok);
        if (!ok || *out < least || *out > 86400) {
            *error = QStringLiteral("--%1 takes seconds from %2 to 86400").arg(key).arg(least);
            return false;
        }
        return true;
    };
    qint64 silent = 0;
    qint64 interval = 0;
    qint64 quiet = 0;
    if (!seconds("terminal-silent-after", 180, &silent) || !seconds("heartbeat-interval", 60, &interval) ||
        !seconds("incident-quiet-window", 600, &quiet, 0))
        return std::nullopt;
    options.silentAfterMs = silent * 1000;
    options.quietWindowMs = quiet * 1000;
    options.heartbeatSeconds = int(interval);
    return options;
}

} // namespace ssc::platform
