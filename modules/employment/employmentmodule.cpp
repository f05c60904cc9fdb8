#include "employmentmodule.h"

#include "employmentscreen.h"
#include "moduleapi/servicemodule.h"

namespace ssc {

void registerEmploymentModule(ModuleRegistry& registry)
{
    registry.add({QStringLiteral("employment"),
                  {"EmploymentModule",
                   QT_TRANSLATE_NOOP("EmploymentModule", "Employment and entrepreneurship certificate"),
                   {}},
                  {"EmploymentModule",
                   QT_TRANSLATE_NOOP("EmploymentModule", "Employment history and policies enjoyed"),
                   {}},
                  QStringLiteral(":/icons/employment.svg"),
                  {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
                  true,
                  [](const ModuleContext& context) { return new EmploymentScreen(context); }});
}

} // namespace ssc
