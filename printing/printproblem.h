#pragma once

#include "cupsqueues.h"

#include <QCoreApplication>

namespace ssc {

// Why a print did not come out, in the words a citizen is told (with what to do), and how a queue's state
// from CUPS maps to it. Plain rules without widgets or libcups.
enum class PrintProblem {
    None,
    NoPrinter,         // no queue configured, or the configured one does not exist
    ServerUnreachable, // the print service does not answer
    OutOfPaper,
    PaperJam,
    OutOfToner,
    CoverOpen,
    Offline,      // the printer does not answer its queue
    Paused,       // stopped by staff or after a fault CUPS could not name
    NotAccepting, // the queue refuses new jobs
    JobFailed,    // CUPS aborted or cancelled the job
    StillWaiting, // nothing came out within the wait limit: the job was withdrawn
};

class PrintProblems {
    Q_DECLARE_TR_FUNCTIONS(PrintProblems)
public:
    // A queue's problem before printing (None when it will take a job now).
    static PrintProblem classify(const cups::QueueState& state);
    // What the citizen is told. Every problem may be retried: the queue is checked afresh each time.
    static QString message(PrintProblem problem);
};

} // namespace ssc
