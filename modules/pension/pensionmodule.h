#pragma once

namespace ssc {

class ModuleRegistry;

// 养老保险待遇资格认证: whether the person must certify and when (docs/api.md, "Pension certification").
void registerPensionModule(ModuleRegistry& registry);

} // namespace ssc
