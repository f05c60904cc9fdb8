#pragma once

namespace ssc::platform {

class Database;

// Rights record data for the named demo people (docs/demo.md, "Rights records"): the provinces and which
// insurances each has opened for national query (浙江 none, 广东 not injury and maternity, 四川's system
// times out), and several years of monthly contributions, personal accounts and benefits: 张伟 with two
// arrears months, 李娜 transferred from 上海 to 广东 in 2022, 陈杰 unemployed since mid-2025, 刘建国 an
// enterprise retiree, 周德明 a resident pensioner and 周小红 a resident who pays yearly. Runs after the
// people are seeded. Idempotent.
bool seedDemoRecords(Database& db);

} // namespace ssc::platform
