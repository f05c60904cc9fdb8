#pragma once

#include <QByteArray>
#include <QString>

namespace ssc::platform {

// Random tokens and their stored form. Session tokens and terminal secrets are 256-bit random values, so a
// single SHA-256 is enough to store them; people's passwords get the slow hash below.
QString newToken(int bytes = 32);        // base64url, no padding
QString tokenHash(const QString& token); // hex SHA-256

// Staff passwords: PBKDF2-HMAC-SHA256, 16-byte salt, stored as "pbkdf2-sha256$<iterations>$<salt>$<hash>".
QString hashPassword(const QString& password, int iterations = 200000);
bool verifyPassword(const QString& password, const QString& stored);

} // namespace ssc::platform
