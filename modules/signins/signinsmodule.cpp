#include "signinsmodule.h"

#include "moduleapi/servicemodule.h"
#include "signincountersscreen.h"

namespace ssc {

void registerSignInsModule(ModuleRegistry& registry)
{
    // The hall manager's task, not a citizen's: the counter's staff session suffices.
    registry.add({QStringLiteral("sign-in-counters"),
                  {"SignInsModule", QT_TRANSLATE_NOOP("SignInsModule", "Wrong sign-ins"), {}},
                  {"SignInsModule",
                   QT_TRANSLATE_NOOP("SignInsModule", "See blocked accounts and terminals and unblock them"),
                   {}},
                  QStringLiteral(":/icons/review.svg"),
                  {TerminalMode::Counter},
                  false,
                  [](const ModuleContext& context) { return new SignInCountersScreen(context); },
                  {QStringLiteral("manager")}});
}

} // namespace ssc
