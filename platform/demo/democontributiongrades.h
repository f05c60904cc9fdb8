#pragma once

namespace ssc::platform {

class Database;

// The demo region's contribution amounts (payments/contributiongrades.h) as the region sets them today: the
// values of payments::ResidentContributions::demoGradesFen. Idempotent.
bool seedDemoContributionGrades(Database& db);

} // namespace ssc::platform
