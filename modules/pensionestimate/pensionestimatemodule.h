#pragma once

namespace ssc {

class ModuleRegistry;

void registerPensionEstimateModule(ModuleRegistry& registry);

} // namespace ssc
