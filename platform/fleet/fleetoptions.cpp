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
    const auto seconds = [&](const char* name, qint64 fallback, qint64* out) {
        const QString key = QLatin1String(name);
        if (!parser.isSet(key)) {
            *out = fallback;
            return true;
        }
        bool ok = false;
        *out = parser.value(key).toLongLong(&ok);
        if (!ok || *out < 1 || *out > 86400) {
            *error = QStringLiteral("--%1 takes seconds from 1 to 86400").arg(key);
            return false;
        }
        return true;
    };
    qint64 silent = 0;
    qint64 interval = 0;
    if (!seconds("terminal-silent-after", 180, &silent) || !seconds("heartbeat-interval", 60, &interval))
        return std::nullopt;
    options.silentAfterMs = silent * 1000;
    options.heartbeatSeconds = int(interval);
    return options;
}

} // namespace ssc::platform
