#include "cardpinmodule.h"

#include "moduleapi/servicemodule.h"
#include "pinchangescreen.h"
#include "pinresetscreen.h"

namespace ssc {

void registerCardPinModule(ModuleRegistry& registry)
{
    // Kiosks only: the PIN is typed by the citizen on the kiosk's own pad.
    registry.add({QStringLiteral("change-pin"),
                  {"CardPinModule", QT_TRANSLATE_NOOP("CardPinModule", "Change the card PIN"), {}},
                  {"CardPinModule", QT_TRANSLATE_NOOP("CardPinModule", "With your card in the reader"), {}},
                  QStringLiteral(":/icons/card-pin.svg"),
                  {TerminalMode::Kiosk},
                  true,
                  [](const ModuleContext& context) { return new PinChangeScreen(context); },
                  {},
                  false,  // changes more than a face proves (face sessions: no)
                  true}); // the card is in this kiosk's reader
    // 密码解锁和重置: a clerk's task at a counter, for a citizen who has no session (their card's PIN is what
    // is locked or forgotten); the citizen types on the counter's customer display and proves themselves with
    // their own e-card code, which the platform checks.
    registry.add({QStringLiteral("reset-pin"),
                  {"CardPinModule", QT_TRANSLATE_NOOP("CardPinModule", "Unlock and reset a card PIN"), {}},
                  {"CardPinModule",
                   QT_TRANSLATE_NOOP("CardPinModule", "Locked or forgotten: the citizen sets a new PIN"),
                   {}},
                  QStringLiteral(":/icons/card-pin.svg"),
                  {TerminalMode::Counter},
                  false,
                  [](const ModuleContext& context) { return new PinResetScreen(context); },
                  {QStringLiteral("clerk")}});
}

} // namespace ssc
