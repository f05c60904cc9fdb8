#pragma once

namespace ssc {

class ModuleRegistry;

// 终端状态: the hall manager's view of the hall's terminals, at a counter (docs/operations.md, "Fleet").
void registerFleetModule(ModuleRegistry& registry);

} // namespace ssc
