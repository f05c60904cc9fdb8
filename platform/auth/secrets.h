#pragma once

#include <QByteArray>
#include <QString>

#include "security/passwordhash.h"

namespace ssc::platform {

// Random tokens and their stored form. Session tokens and terminal secrets are 256-bit random values, so a
// single SHA-256 is enough to store them; people's passwords get the slow hash below.
QString newToken(int bytes = 32);        // base64url, no padding
QString tokenHash(const QString& token); // hex SHA-256

// Staff passwords: ssc::hashPassword / ssc::verifyPassword (core/security/passwordhash.h), shared with the
// field terminal's offline sign-in.

} // namespace ssc::platform
