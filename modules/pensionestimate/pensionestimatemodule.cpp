#include "pensionestimatemodule.h"

#include "estimatescreen.h"
#include "moduleapi/servicemodule.h"

namespace ssc {

void registerPensionEstimateModule(ModuleRegistry& registry)
{
    registry.add(withCounterSummary(
        {QStringLiteral("pension-estimate"),
         {"PensionEstimateModule", QT_TRANSLATE_NOOP("PensionEstimateModule", "Pension estimate"), {}},
         {"PensionEstimateModule",
          QT_TRANSLATE_NOOP("PensionEstimateModule", "What you may receive a month on retiring"),
          {}},
         QStringLiteral(":/icons/estimate.svg"),
         {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
         true,
         [](const ModuleContext& context) { return new EstimateScreen(context); }},
        {"PensionEstimateModule",
         QT_TRANSLATE_NOOP("PensionEstimateModule", "What this person may receive a month on retiring"),
         {}}));
}

} // namespace ssc
