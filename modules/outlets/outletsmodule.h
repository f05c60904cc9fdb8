#pragma once

namespace ssc {

class ModuleRegistry;

// 社保卡服务网点和渠道: cross-province outlets, instant replacement outlets, online channels and e-card
// channels by region. Public: visitors may use it without logging in.
void registerOutletsModule(ModuleRegistry& registry);

} // namespace ssc
