#include "cardpinmodule.h"

#include "moduleapi/servicemodule.h"
#include "pinchangescreen.h"

namespace ssc {

void registerCardPinModule(ModuleRegistry& registry)
{
    // Kiosks only: the PIN is typed by the citizen on the kiosk's own pad. A counter's customer-facing pad
    // (for unlocking and resetting) is another issue's service.
    registry.add({QStringLiteral("change-pin"),
                  {"CardPinModule", QT_TRANSLATE_NOOP("CardPinModule", "Change the card PIN"), {}},
                  {"CardPinModule", QT_TRANSLATE_NOOP("CardPinModule", "With your card in the reader"), {}},
                  QStringLiteral(":/icons/card-pin.svg"),
                  {TerminalMode::Kiosk},
                  true,
                  [](const ModuleContext& context) { return new PinChangeScreen(context); },
                  {},
                  false}); // files or changes more than a face proves (face sessions: no)
}

} // namespace ssc
