#include "pensionmodule.h"

#include "moduleapi/servicemodule.h"
#include "pensionservice.h"
#include "reviewqueuescreen.h"

namespace ssc {

void registerPensionModule(ModuleRegistry& registry)
{
    registry.add({QStringLiteral("pension-certification"),
                  {"PensionModule", QT_TRANSLATE_NOOP("PensionModule", "Pension certification"), {}},
                  {"PensionModule",
                   QT_TRANSLATE_NOOP("PensionModule", "Whether you are certified and until when"),
                   {}},
                  QStringLiteral(":/icons/pension.svg"),
                  {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
                  true,
                  [](const ModuleContext& context) { return new PensionService(context); }});
    // A clerk's task, not a citizen's: no one needs to be logged in (the counter's staff session suffices).
    registry.add({QStringLiteral("certification-reviews"),
                  {"PensionModule", QT_TRANSLATE_NOOP("PensionModule", "Certification reviews"), {}},
                  {"PensionModule",
                   QT_TRANSLATE_NOOP("PensionModule", "Watch read-aloud certifications and decide"),
                   {}},
                  QStringLiteral(":/icons/review.svg"),
                  {TerminalMode::Counter},
                  false,
                  [](const ModuleContext& context) { return new ReviewQueueScreen(context); }});
}

} // namespace ssc
