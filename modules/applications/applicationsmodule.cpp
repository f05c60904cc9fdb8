#include "applicationsmodule.h"

#include "applicationsscreen.h"
#include "moduleapi/servicemodule.h"

namespace ssc {

void registerApplicationsModule(ModuleRegistry& registry)
{
    registry.add(withCounterSummary(
        {QStringLiteral("my-applications"),
         {"ApplicationsModule", QT_TRANSLATE_NOOP("ApplicationsModule", "My applications"), {}},
         {"ApplicationsModule",
          QT_TRANSLATE_NOOP("ApplicationsModule", "Every application and how far it has come"),
          {}},
         QStringLiteral(":/icons/applications.svg"),
         {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
         true,
         [](const ModuleContext& context) { return new ApplicationsScreen(context); }},
        {}, {"ApplicationsModule", QT_TRANSLATE_NOOP("ApplicationsModule", "Applications"), {}}));
}

} // namespace ssc
