#pragma once

namespace ssc::platform {

class Database;

// The demo's pension recipients and their certification (docs/demo.md): 刘建国, an enterprise retiree in
// 湖北, certified in March (12-month cycle: certified until next March); 周德明, a resident pensioner in 上海
// (6-month cycle), last certified in April: due. Everyone else draws no pension.
bool seedDemoPensions(Database& db);

} // namespace ssc::platform
