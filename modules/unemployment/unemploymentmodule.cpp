#include "unemploymentmodule.h"

#include "benefitscreen.h"
#include "employmentservicesscreen.h"
#include "moduleapi/servicemodule.h"
#include "registrationscreen.h"

namespace ssc {

void registerUnemploymentModule(ModuleRegistry& registry)
{
    registry.add(
        {QStringLiteral("unemployment-registration"),
         {"UnemploymentModule", QT_TRANSLATE_NOOP("UnemploymentModule", "Unemployment registration"), {}},
         {"UnemploymentModule",
          QT_TRANSLATE_NOOP("UnemploymentModule", "Register and see how it is reviewed"),
          {}},
         QStringLiteral(":/icons/unemployment.svg"),
         {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
         true,
         [](const ModuleContext& context) { return new RegistrationScreen(context); },
         {},
         false}); // files or changes more than a face proves (face sessions: no)
    registry.add({QStringLiteral("unemployment-benefit"),
                  {"UnemploymentModule", QT_TRANSLATE_NOOP("UnemploymentModule", "Unemployment benefit"), {}},
                  {"UnemploymentModule",
                   QT_TRANSLATE_NOOP("UnemploymentModule", "Claim it and follow the review"),
                   {}},
                  QStringLiteral(":/icons/benefit.svg"),
                  {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
                  true,
                  [](const ModuleContext& context) { return new BenefitScreen(context); },
                  {},
                  false}); // files or changes more than a face proves (face sessions: no)
    registry.add({QStringLiteral("employment-services"),
                  {"UnemploymentModule", QT_TRANSLATE_NOOP("UnemploymentModule", "Employment services"), {}},
                  {"UnemploymentModule",
                   QT_TRANSLATE_NOOP("UnemploymentModule", "Ask for job, training, start-up or policy help"),
                   {}},
                  QStringLiteral(":/icons/employment.svg"),
                  {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
                  true,
                  [](const ModuleContext& context) { return new EmploymentServicesScreen(context); },
                  {},
                  false}); // files a request in the person's name (face sessions: no)
}

} // namespace ssc
