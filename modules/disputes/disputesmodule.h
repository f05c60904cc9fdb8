#pragma once

namespace ssc {

class ModuleRegistry;

// 劳动人事争议调解申请 and its progress (docs/disputes.md).
void registerDisputesModule(ModuleRegistry& registry);

} // namespace ssc
