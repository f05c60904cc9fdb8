#pragma once

namespace ssc::platform {

class Database;

// Professional-technical and skills certificates for some named demo people (docs/demo.md): 张伟 holds one
// of each, 李娜 one professional certificate, everyone else none. Runs after the people are seeded.
// Idempotent.
bool seedDemoCertificates(Database& db);

} // namespace ssc::platform
