#pragma once

namespace ssc::platform {

class Database;

// Demo service outlets and channels for every demo region (the brief's four kinds), with their names,
// addresses and hours in English too (set on every start). Idempotent.
bool seedDemoOutlets(Database& db);

} // namespace ssc::platform
