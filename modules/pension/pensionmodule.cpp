#include "pensionmodule.h"

#include "moduleapi/servicemodule.h"
#include "outboxscreen.h"
#include "pensionservice.h"
#include "reviewqueuescreen.h"

namespace ssc {

void registerPensionModule(ModuleRegistry& registry)
{
    registry.add(withCounterSummary(
        {QStringLiteral("pension-certification"),
         {"PensionModule", QT_TRANSLATE_NOOP("PensionModule", "Pension certification"), {}},
         {"PensionModule",
          QT_TRANSLATE_NOOP("PensionModule", "Whether you are certified and until when"),
          {}},
         QStringLiteral(":/icons/pension.svg"),
         {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
         true,
         [](const ModuleContext& context) {
             return new PensionService(context, PensionService::Start::Self);
         }},
        {"PensionModule",
         QT_TRANSLATE_NOOP("PensionModule", "Whether this person is certified and until when"),
         {}}));
    // 代他人认证 (counter) and 上门服务 (home visit): staff find the person, the person does the face part.
    registry.add({QStringLiteral("certify-for-someone"),
                  {"PensionModule", QT_TRANSLATE_NOOP("PensionModule", "Certify for someone else"), {}},
                  {"PensionModule",
                   QT_TRANSLATE_NOOP("PensionModule", "By name and number; the person shows their face"),
                   {}},
                  QStringLiteral(":/icons/pension.svg"),
                  {TerminalMode::Counter, TerminalMode::Field},
                  false,
                  [](const ModuleContext& context) {
                      return new PensionService(context, PensionService::Start::Staff);
                  },
                  {QStringLiteral("clerk"), QStringLiteral("visitor")}});
    // Home visits: what waits to be sent.
    registry.add(
        {QStringLiteral("field-outbox"),
         {"PensionModule", QT_TRANSLATE_NOOP("PensionModule", "Waiting to be sent"), {}},
         {"PensionModule", QT_TRANSLATE_NOOP("PensionModule", "Certifications kept on this device"), {}},
         QStringLiteral(":/icons/outbox.svg"),
         {TerminalMode::Field},
         false,
         [](const ModuleContext& context) { return new OutboxScreen(context); },
         {QStringLiteral("visitor")}});
    // A reviewer's task, not a citizen's: no one needs to be logged in (the counter's staff session
    // suffices).
    registry.add({QStringLiteral("certification-reviews"),
                  {"PensionModule", QT_TRANSLATE_NOOP("PensionModule", "Certification reviews"), {}},
                  {"PensionModule",
                   QT_TRANSLATE_NOOP("PensionModule", "Watch read-aloud certifications and decide"),
                   {}},
                  QStringLiteral(":/icons/review.svg"),
                  {TerminalMode::Counter},
                  false,
                  [](const ModuleContext& context) { return new ReviewQueueScreen(context); },
                  {QStringLiteral("reviewer")}});
}

} // namespace ssc
