#pragma once

namespace ssc::platform {

class Database;

// Local monthly average wages of the demo's provinces (the pension estimate's C). Idempotent.
bool seedDemoAverageWages(Database& db);

} // namespace ssc::platform
