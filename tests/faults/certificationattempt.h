#pragma once

#include "platformfixture.h"

#include <QJsonObject>

#include <optional>

namespace faults {

// A pension certification attempt as the kiosk makes one for the logged-in person: the platform's challenge,
// done in front of the camera (frames built from a real photo, tests/face/facesequences.h) and recorded, in
// the body the terminal sends. Takes as long as the recording (the platform refuses a recording longer than
// its challenge has existed). nullopt when the platform gave no challenge.
std::optional<QJsonObject> certificationAttempt(PlatformFixture& platform, const QString& citizenSession);

} // namespace faults
