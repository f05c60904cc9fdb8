#pragma once

namespace ssc::platform {

class Database;

// The demo's home visits (上门服务): 李明 (visitor01) visits 周德明 (elderly-parent), who cannot come to a
// hall.
bool seedDemoVisits(Database& db);

} // namespace ssc::platform
