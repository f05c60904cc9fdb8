#pragma once

namespace ssc {

class ModuleRegistry;

// 修改社保卡密码: change the card's PIN at a kiosk with the card in the reader (docs/card-services.md).
// 密码解锁和重置: unlock and reset it at a counter, the citizen on the customer display.
void registerCardPinModule(ModuleRegistry& registry);

} // namespace ssc
