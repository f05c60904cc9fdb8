#pragma once

namespace ssc {

class ModuleRegistry;

// 办理失业登记 (docs/forms-rules.md): eligibility first, three steps, review and commitment, filed once.
void registerUnemploymentModule(ModuleRegistry& registry);

} // namespace ssc
