#pragma once

#include "platformfixture.h"

#include <QJsonObject>

#include <optional>

namespace faults {

// A pension certification attempt as the kiosk makes one for the logged-in person: the platform's challenge,
// done in front of the camera (frames built from a real photo, tests/face/facesequences.h) and recorded, in
// the body the terminal sends. The challenge is made to have been issued as long ago as the recording lasts
// (the platform refuses a recording longer than its challenge has existed; certificationattempts.h); on a
// full disk the harness waits that long instead. nullopt when the platform gave no challenge.
std::optional<QJsonObject> certificationAttempt(PlatformFixture& platform, const QString& citizenSession);

} // namespace faults
