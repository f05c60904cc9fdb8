#include "examscoresmodule.h"

#include "examscoresscreen.h"
#include "moduleapi/servicemodule.h"

namespace ssc {

void registerExamScoresModule(ModuleRegistry& registry)
{
    registry.add(
        {QStringLiteral("exam-scores"),
         {"ExamScoresModule", QT_TRANSLATE_NOOP("ExamScoresModule", "Professional examination scores"), {}},
         {"ExamScoresModule",
          QT_TRANSLATE_NOOP("ExamScoresModule", "Professional-technical examinations from 2014"),
          {}},
         QStringLiteral(":/icons/exam.svg"),
         {TerminalMode::Kiosk, TerminalMode::Counter, TerminalMode::Field},
         true,
         [](const ModuleContext& context) { return new ExamScoresScreen(context); }});
}

} // namespace ssc
