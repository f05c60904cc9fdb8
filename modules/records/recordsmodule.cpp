#include "recordsmodule.h"

#include "moduleapi/servicemodule.h"
#include "recordsscreen.h"

namespace ssc {

void registerRecordsModule(ModuleRegistry& registry)
{
    registry.add(withCounterSummary(
        {QStringLiteral("records"),
         {"RecordsModule", QT_TRANSLATE_NOOP("RecordsModule", "Social insurance rights record"), {}},
         {"RecordsModule", QT_TRANSLATE_NOOP("RecordsModule", "See and print your yearly record"), {}},
         QStringLiteral(":/icons/records.svg"),
         {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
         true,
         [](const ModuleContext& context) { return new RecordsScreen(context); }},
        {"RecordsModule",
         QT_TRANSLATE_NOOP("RecordsModule", "See and print this person's yearly record"),
         {}}));
}

} // namespace ssc
