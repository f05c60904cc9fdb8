#pragma once

namespace ssc {

class ModuleRegistry;

// 修改社保卡密码: change the card's PIN at a kiosk with the card in the reader (docs/card-services.md).
void registerCardPinModule(ModuleRegistry& registry);

} // namespace ssc
