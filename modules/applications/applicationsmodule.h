#pragma once

namespace ssc {

class ModuleRegistry;

// 我的办件: every application of the person served and how far each has come (docs/forms-rules.md).
void registerApplicationsModule(ModuleRegistry& registry);

} // namespace ssc
