#pragma once

namespace ssc {

class ModuleRegistry;

void registerTransferModule(ModuleRegistry& registry);

} // namespace ssc
