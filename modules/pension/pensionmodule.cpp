#include "pensionmodule.h"

#include "moduleapi/servicemodule.h"
#include "pensionservice.h"

namespace ssc {

void registerPensionModule(ModuleRegistry& registry)
{
    registry.add({QStringLiteral("pension-certification"),
                  {"PensionModule", QT_TRANSLATE_NOOP("PensionModule", "Pension certification"), {}},
                  {"PensionModule",
                   QT_TRANSLATE_NOOP("PensionModule", "Whether you are certified and until when"),
                   {}},
                  QStringLiteral(":/icons/pension.svg"),
                  {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
                  true,
                  [](const ModuleContext& context) { return new PensionService(context); }});
}

} // namespace ssc
