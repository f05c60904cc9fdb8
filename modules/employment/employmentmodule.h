#pragma once

namespace ssc {

class ModuleRegistry;

// 就业创业证查询: by the certificate's number (at a counter also by the person).
void registerEmploymentModule(ModuleRegistry& registry);

} // namespace ssc
