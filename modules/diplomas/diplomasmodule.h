#pragma once

namespace ssc {

class ModuleRegistry;

// 技工院校毕业证书查询: the logged-in person's diplomas, no input.
void registerDiplomasModule(ModuleRegistry& registry);

} // namespace ssc
