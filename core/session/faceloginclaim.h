#pragma once

#include "forms/formdefinition.h"

#include <QJsonObject>

namespace ssc {

// "没带卡和手机？刷脸登录": someone with neither card nor phone says who they are before their face is
// compared with the photo on file (docs/card-services.md, "Face instead of a forgotten PIN"). Both the ID
// number and the name are asked, as a clerk's look-up asks them, so a stranger needs more than a number to
// try; the platform matches both. The number is checked here first (its length, date and check character),
// so a slip of the finger is said at once and costs no try. No widgets.
FormDefinition faceLoginClaimForm();
// What the platform is sent: {"ssn": the number in its 18-character form, "name"}; empty while the values
// are not fine.
QJsonObject faceLoginClaim(const FormValues& values);

} // namespace ssc
