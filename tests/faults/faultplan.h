#pragma once

#include <QString>

#include <array>
#include <random>

// Which fault comes with which submission, drawn from a seeded generator: the same seed and counts draw the
// same faults at the same submissions (what the processes then do is up to the machine).
namespace faults {

enum class Fault {
    None,
    PlatformKilled,         // SIGKILL of the platform a random few milliseconds after the submission is made
    PlatformKilledAtAnswer, // SIGKILL of the platform the moment its answer starts back: filed, never told
    AnswerDropped,          // the connection cut as the answer starts back
    AnswerDelayed,          // the answer held back, often for longer than the terminal waits
    RequestReset,           // the connection reset before the platform sees the request
    DiskFull,               // the platform's file system full when the submission arrives
    TerminalKilled,         // SIGKILL of the terminal a random few milliseconds after the submission is made
};
constexpr int faultKinds = 8;
QString faultName(Fault fault);

struct PlannedFault {
    Fault fault = Fault::None;
    int delayMs = 0; // when to kill, or how long to hold an answer back
};

class FaultPlan {
public:
    // `perThousand`: how many submissions in a thousand get each kind of fault.
    FaultPlan(quint64 seed, int perThousand, int terminalTimeoutMs);
    PlannedFault next();

private:
    std::mt19937_64 m_random;
    int m_perThousand;
    int m_terminalTimeoutMs;
};

// The faults that happened, by kind.
using FaultCounts = std::array<int, faultKinds>;

} // namespace faults
