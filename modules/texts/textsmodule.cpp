#include "textsmodule.h"

#include "moduleapi/servicemodule.h"
#include "undeliveredtextsscreen.h"

namespace ssc {

void registerTextsModule(ModuleRegistry& registry)
{
    // A reviewer's task at a counter (docs/notifications.md, "The staff list"): the staff session suffices.
    registry.add(
        {QStringLiteral("undelivered-texts"),
         {"TextsModule", QT_TRANSLATE_NOOP("TextsModule", "Undelivered texts"), {}},
         {"TextsModule",
          QT_TRANSLATE_NOOP("TextsModule", "Review decisions whose text message did not reach the person"),
          {}},
         QStringLiteral(":/icons/notice.svg"),
         {TerminalMode::Counter},
         false,
         [](const ModuleContext& context) { return new UndeliveredTextsScreen(context); },
         {QStringLiteral("reviewer")}});
}

} // namespace ssc
