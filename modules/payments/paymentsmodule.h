#pragma once

namespace ssc {

class ModuleRegistry;
void registerPaymentsModule(ModuleRegistry& registry);

} // namespace ssc
