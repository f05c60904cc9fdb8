#pragma once

#include <QString>

namespace ssc {

// The version of the notice a person reads before their face is captured for pension certification
// (docs/face.md, "Consent"). The terminal shows the notice of this version and the platform records it with
// the consent and with every attempt; a consent of another version does not count. A change of the notice's
// wording (what is captured, why, how long it is kept, who sees it) is a new version: everyone is asked
// again.
inline QString faceConsentNoticeVersion()
{
    return QStringLiteral("face-notice-2026-12");
}

// The version of the notice a person reads before their face is recorded to sign in at a kiosk instead of a
// forgotten PIN (docs/card-services.md, "Face instead of a forgotten PIN"): another purpose, another notice
// (nothing of the recording is kept), so another version. The platform records it with the login's request.
inline QString faceLoginNoticeVersion()
{
    return QStringLiteral("face-login-notice-2026-12");
}

} // namespace ssc
