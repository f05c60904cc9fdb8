#pragma once

namespace ssc {

class ModuleRegistry;

// 查询社保权益记录单 (docs/records.md): the rights record on screen, printed, or saved at a counter.
void registerRecordsModule(ModuleRegistry& registry);

} // namespace ssc
