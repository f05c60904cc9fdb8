#include "transfermodule.h"

#include "moduleapi/servicemodule.h"
#include "transferscreen.h"

namespace ssc {

void registerTransferModule(ModuleRegistry& registry)
{
    registry.add(withCounterSummary(
        {QStringLiteral("pension-transfer"),
         {"TransferModule", QT_TRANSLATE_NOOP("TransferModule", "Pension relation transfer"), {}},
         {"TransferModule",
          QT_TRANSLATE_NOOP("TransferModule", "Move it to where you work now and follow its progress"),
          {}},
         QStringLiteral(":/icons/transfer.svg"),
         {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
         true,
         [](const ModuleContext& context) { return new TransferScreen(context); }},
        {"TransferModule",
         QT_TRANSLATE_NOOP("TransferModule",
                           "Move it to where this person works now and follow its progress"),
         {}}));
}

} // namespace ssc
