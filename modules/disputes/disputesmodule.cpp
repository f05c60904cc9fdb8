#include "disputesmodule.h"

#include "disputescreen.h"
#include "moduleapi/servicemodule.h"

namespace ssc {

void registerDisputesModule(ModuleRegistry& registry)
{
    registry.add({QStringLiteral("labour-dispute"),
                  {"DisputesModule", QT_TRANSLATE_NOOP("DisputesModule", "Labour dispute mediation"), {}},
                  {"DisputesModule",
                   QT_TRANSLATE_NOOP("DisputesModule", "Apply for mediation and follow its progress"),
                   {}},
                  QStringLiteral(":/icons/dispute.svg"),
                  {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
                  true,
                  [](const ModuleContext& context) { return new DisputeScreen(context); },
                  {},
                  false}); // files or changes more than a face proves (face sessions: no)
}

} // namespace ssc
