#pragma once

namespace ssc {

class ModuleRegistry;

// 查看我的社保卡: every card the person holds, in every region, with its status; masked, with an eye button.
void registerMyCardModule(ModuleRegistry& registry);

} // namespace ssc
