#pragma once

namespace ssc::platform {

class Database;

// Demo data of the personal look-ups (docs/demo.md): employment and entrepreneurship certificates (陈杰
// unemployed since 2025 with the policies he enjoys, 张伟 employed), examination scores from 2014 on (张伟
// 会计 passed and 一级建造师 not, 李娜 软件设计师), technical school diplomas (陈杰 a 技师学院 diploma of
// 2016 and an older one before the 2015-06-30 cut-off, 张伟 one graduated exactly on it). Idempotent.
bool seedDemoLookups(Database& db);

} // namespace ssc::platform
