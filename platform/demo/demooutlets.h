#pragma once

namespace ssc::platform {

class Database;

// Demo service outlets and channels for every demo region (the brief's four kinds). Idempotent.
bool seedDemoOutlets(Database& db);

} // namespace ssc::platform
