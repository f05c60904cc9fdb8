#pragma once

#include <QList>
#include <QString>

namespace ssc {

// Terminal and platform versions (docs/operations.md, "Updates"). The platform names the API version it
// speaks and the oldest terminal it still serves, in GET /api/v1/health and in every heartbeat's answer; the
// heartbeat route itself stays the same across API versions, so even a terminal too old for the rest can
// report that it is.
namespace fleet {

// This build's version (the project's, "0.1.0").
QString buildVersion();

// The API version this build speaks as a platform, and the ones it understands as a terminal.
constexpr int platformApiVersion = 1;
const QList<int>& apiVersionsSpoken();

enum class Compatibility {
    Ok,
    ApiMismatch, // the platform speaks an API version this terminal does not: it refuses to serve
    TooOld,      // this terminal is older than the platform's minimum: it refuses to serve
};
// "ok", "api_mismatch", "too_old": what a heartbeat reports.
QString compatibilityKey(Compatibility compatibility);

// "0.1.0" against "0.1.2": negative, zero or positive; missing parts count as 0, letters after a part's
// digits are ignored ("1.2.0~rc1" is 1.2.0). An empty minimum is met by every version.
int compareVersions(const QString& a, const QString& b);
bool meetsMinimum(const QString& version, const QString& minimum);

// What a terminal of `ownVersion` makes of a platform's announcement.
Compatibility judge(int platformApi, const QString& minimumTerminalVersion, const QString& ownVersion);

} // namespace fleet
} // namespace ssc
