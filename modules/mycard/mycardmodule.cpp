#include "mycardmodule.h"

#include "moduleapi/servicemodule.h"
#include "mycardscreen.h"

namespace ssc {

void registerMyCardModule(ModuleRegistry& registry)
{
    registry.add({QStringLiteral("my-card"),
                  {"MyCardModule", QT_TRANSLATE_NOOP("MyCardModule", "My social security card"), {}},
                  {"MyCardModule",
                   QT_TRANSLATE_NOOP("MyCardModule", "Your cards in every region and their status"),
                   {}},
                  QStringLiteral(":/icons/card.svg"),
                  {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
                  true,
                  [](const ModuleContext& context) { return new MyCardScreen(context); }});
}

} // namespace ssc
