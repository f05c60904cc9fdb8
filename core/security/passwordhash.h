#pragma once

#include <QString>

namespace ssc {

// People's passwords, stored slow and salted: PBKDF2-HMAC-SHA256, 16-byte salt, as
// "pbkdf2-sha256$<iterations>$<salt>$<hash>". The platform stores staff passwords so; a field terminal keeps
// the same form of the visiting staff member's password for the offline sign-in
// (session/offlinecredential.h).
QString hashPassword(const QString& password, int iterations = 200000);
bool verifyPassword(const QString& password, const QString& stored);

} // namespace ssc
