#include "unemploymentmodule.h"

#include "moduleapi/servicemodule.h"
#include "registrationscreen.h"

namespace ssc {

void registerUnemploymentModule(ModuleRegistry& registry)
{
    registry.add(
        {QStringLiteral("unemployment-registration"),
         {"UnemploymentModule", QT_TRANSLATE_NOOP("UnemploymentModule", "Unemployment registration"), {}},
         {"UnemploymentModule",
          QT_TRANSLATE_NOOP("UnemploymentModule", "Register and see how it is reviewed"),
          {}},
         QStringLiteral(":/icons/unemployment.svg"),
         {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
         true,
         [](const ModuleContext& context) { return new RegistrationScreen(context); }});
}

} // namespace ssc
