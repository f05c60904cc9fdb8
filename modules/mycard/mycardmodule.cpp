#include "mycardmodule.h"

#include "cardissuescreen.h"
#include "moduleapi/servicemodule.h"
#include "mycardscreen.h"

namespace ssc {

void registerMyCardModule(ModuleRegistry& registry)
{
    registry.add(withCounterSummary(
        {QStringLiteral("my-card"),
         {"MyCardModule", QT_TRANSLATE_NOOP("MyCardModule", "My social security card"), {}},
         {"MyCardModule",
          QT_TRANSLATE_NOOP("MyCardModule", "Your cards in every region and their status"),
          {}},
         QStringLiteral(":/icons/card.svg"),
         {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
         true,
         [](const ModuleContext& context) { return new MyCardScreen(context); }},
        {"MyCardModule",
         QT_TRANSLATE_NOOP("MyCardModule", "This person's cards in every region and their status"),
         {}},
        {"MyCardModule", QT_TRANSLATE_NOOP("MyCardModule", "Social security cards"), {}}));
    // 即时制卡: a clerk's task at a counter for the citizen being served, whose replacement was applied for;
    // issuing and handing over are counter routes the platform refuses to face sessions.
    registry.add({QStringLiteral("issue-card"),
                  {"MyCardModule", QT_TRANSLATE_NOOP("MyCardModule", "Issue a replacement card"), {}},
                  {"MyCardModule",
                   QT_TRANSLATE_NOOP("MyCardModule", "Made on the card printer while the applicant waits"),
                   {}},
                  QStringLiteral(":/icons/card.svg"),
                  {TerminalMode::Counter},
                  true,
                  [](const ModuleContext& context) { return new CardIssueScreen(context); },
                  {QStringLiteral("clerk")},
                  false});
}

} // namespace ssc
