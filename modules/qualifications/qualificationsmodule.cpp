#include "qualificationsmodule.h"

#include "moduleapi/servicemodule.h"
#include "qualificationsscreen.h"

namespace ssc {

void registerQualificationsModule(ModuleRegistry& registry)
{
    registry.add(withCounterSummary(
        {QStringLiteral("qualifications"),
         {"QualificationsModule",
          QT_TRANSLATE_NOOP("QualificationsModule", "Qualification certificates"),
          {}},
         {"QualificationsModule",
          QT_TRANSLATE_NOOP("QualificationsModule", "Your professional and skills certificates"),
          {}},
         QStringLiteral(":/icons/certificates.svg"),
         {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
         true,
         [](const ModuleContext& context) { return new QualificationsScreen(context); }},
        {"QualificationsModule",
         QT_TRANSLATE_NOOP("QualificationsModule", "This person's professional and skills certificates"),
         {}}));
}

} // namespace ssc
