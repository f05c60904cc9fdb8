#include "outletsmodule.h"

#include "moduleapi/servicemodule.h"
#include "outletsscreen.h"

namespace ssc {

void registerOutletsModule(ModuleRegistry& registry)
{
    registry.add({QStringLiteral("outlets"),
                  {"OutletsModule", QT_TRANSLATE_NOOP("OutletsModule", "Service outlets and channels"), {}},
                  {"OutletsModule",
                   QT_TRANSLATE_NOOP("OutletsModule", "Where to replace a card or claim the e-card"),
                   {}},
                  QStringLiteral(":/icons/outlets.svg"),
                  {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
                  false,
                  [](const ModuleContext& context) { return new OutletsScreen(context); }});
}

} // namespace ssc
