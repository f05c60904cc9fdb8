#pragma once

namespace ssc {

class ModuleRegistry;

// 办理失业登记 and 失业保险待遇申领 (docs/forms-rules.md): eligibility first, the form, review and
// commitment, filed once, and the review status; the other unemployment benefits are claimed from the
// benefit's screen, and the employment services after registration are asked for on their own screen
// (docs/unemployment-benefits.md).
void registerUnemploymentModule(ModuleRegistry& registry);

} // namespace ssc
