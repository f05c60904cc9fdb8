#pragma once

namespace ssc {

class ModuleRegistry;
void registerTextsModule(ModuleRegistry& registry);

} // namespace ssc
