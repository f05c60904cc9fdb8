#include "fleetmodule.h"

#include "fleetscreen.h"
#include "moduleapi/servicemodule.h"

namespace ssc {

void registerFleetModule(ModuleRegistry& registry)
{
    // The hall manager's task, not a citizen's: the counter's staff session suffices.
    registry.add({QStringLiteral("fleet"),
                  {"FleetModule", QT_TRANSLATE_NOOP("FleetModule", "Terminals"), {}},
                  {"FleetModule",
                   QT_TRANSLATE_NOOP("FleetModule", "See which of the hall's terminals need attention"),
                   {}},
                  QStringLiteral(":/icons/status-warning.svg"),
                  {TerminalMode::Counter},
                  false,
                  [](const ModuleContext& context) { return new FleetScreen(context); },
                  {QStringLiteral("manager")}});
}

} // namespace ssc
