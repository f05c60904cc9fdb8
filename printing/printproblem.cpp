#include "printproblem.h"

namespace ssc {

PrintProblem PrintProblems::classify(const cups::QueueState& state)
{
    const auto has = [&state](std::initializer_list<const char*> reasons) {
        for (const char* r : reasons)
            if (state.reasons.contains(QLatin1String(r)))
                return true;
        return false;
    };
    // The printer's own reasons first: they say what staff must do, "paused" only says that CUPS stopped.
    if (has({"media-empty", "media-needed", "input-tray-missing"}))
        return PrintProblem::OutOfPaper;
    if (has({"media-jam"}))
        return PrintProblem::PaperJam;
    if (has({"toner-empty", "marker-supply-empty", "marker-waste-full"}))
        return PrintProblem::OutOfToner;
    if (has({"door-open", "cover-open", "interlock-open"}))
        return PrintProblem::CoverOpen;
    if (has({"offline", "connecting-to-device", "timed-out", "shutdown"}))
        return PrintProblem::Offline;
    if (state.stopped || has({"paused"}))
        return PrintProblem::Paused;
    if (!state.accepting)
        return PrintProblem::NotAccepting;
    return PrintProblem::None;
}

QString PrintProblems::message(PrintProblem problem)
{
    switch (problem) {
    case PrintProblem::None:
        return tr("Printed. Please take your document from the printer.");
    case PrintProblem::NoPrinter:
        return tr("This terminal has no printer. For a paper copy, please use a kiosk with a "
                  "printer or a service counter.");
    case PrintProblem::ServerUnreachable:
        return tr("The printing service is not answering. Please try again in a moment or ask a member of "
                  "staff.");
    case PrintProblem::OutOfPaper:
        return tr("The printer is out of paper. Please ask a member of staff to refill it, then try again.");
    case PrintProblem::PaperJam:
        return tr(
            "Paper is jammed in the printer. Please ask a member of staff to clear it, then try again.");
    case PrintProblem::OutOfToner:
        return tr("The printer has run out of ink or toner. Please ask a member of staff.");
    case PrintProblem::CoverOpen:
        return tr(
            "A cover of the printer is open. Please ask a member of staff to close it, then try again.");
    case PrintProblem::Offline:
        return tr("The printer is not answering. Please try again in a moment or ask a member of staff.");
    case PrintProblem::Paused:
        return tr("The printer has been paused. Please ask a member of staff to resume it, then try again.");
    case PrintProblem::NotAccepting:
        return tr("The printer is not taking documents at the moment. Please ask a member of staff.");
    case PrintProblem::JobFailed:
        return tr("The document could not be printed. Please try again.");
    case PrintProblem::StillWaiting:
        return tr(
            "The printer did not print in time, so the document was withdrawn and nothing will come out "
            "later. Please try again or ask a member of staff.");
    }
    return {};
}

} // namespace ssc
