#pragma once

namespace ssc::platform {

class Database;

// The English forms of the demo's regions and certificate issuers (migration 21): the region that issued each
// card, the outlets' regions, the issuers of employment and qualification certificates; qualification names
// and levels and the demo terminals' names in both languages (migration 35). Set on every start,
// so a demo database seeded before migration 21 has them too. Run after the data it names is seeded.
bool nameDemoDataInEnglish(Database& db);

} // namespace ssc::platform
