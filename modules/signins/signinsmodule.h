#pragma once

namespace ssc {

class ModuleRegistry;

// 登录失败记录: the hall manager's view of wrong staff sign-ins, at a counter (docs/security.md, "Staff
// sign-in").
void registerSignInsModule(ModuleRegistry& registry);

} // namespace ssc
