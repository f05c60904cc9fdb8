#pragma once

namespace ssc {

class ModuleRegistry;

// Every service the terminal offers, in the order the home screen shows them (docs/architecture.md).
void registerAllModules(ModuleRegistry& registry);

} // namespace ssc
