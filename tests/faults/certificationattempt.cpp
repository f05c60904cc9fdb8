#include "certificationattempt.h"

#include "certificationattempts.h"

namespace faults {

std::optional<QJsonObject> certificationAttempt(PlatformFixture& platform, const QString& citizenSession)
{
    certificationattempts::agree(platform, QStringLiteral("kiosk"),
                                 QStringLiteral("/api/v1/me/pension-certification"), {},
                                 {{"X-SSC-Citizen-Session", citizenSession.toLatin1()}});
    const auto asked = platform.asTerminal(QStringLiteral("kiosk"), "POST",
                                           QStringLiteral("/api/v1/me/pension-certification/challenges"), {},
                                           {{"X-SSC-Citizen-Session", citizenSession.toLatin1()}});
    if (asked.status != 201)
        return std::nullopt;
    return certificationattempts::attempt(platform, QStringLiteral("actions"), asked.json,
                                          certificationattempts::doingWhatIsAsked(asked.json));
}

} // namespace faults
