#include "faultplan.h"

namespace faults {

QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::PlatformKilled:
        return QStringLiteral("platform killed (SIGKILL) at a random moment");
    case Fault::PlatformKilledAtAnswer:
        return QStringLiteral("platform killed (SIGKILL) as its answer left");
    case Fault::AnswerDropped:
        return QStringLiteral("connection cut as the answer came");
    case Fault::AnswerDelayed:
        return QStringLiteral("answer delayed");
    case Fault::RequestReset:
        return QStringLiteral("connection reset before the request arrived");
    case Fault::DiskFull:
        return QStringLiteral("platform's disk full");
    case Fault::TerminalKilled:
        return QStringLiteral("terminal killed (SIGKILL) at a random moment");
    }
    return {};
}

FaultPlan::FaultPlan(quint64 seed, int perThousand, int terminalTimeoutMs)
    : m_random(seed), m_perThousand(perThousand), m_terminalTimeoutMs(terminalTimeoutMs)
{}

PlannedFault FaultPlan::next()
{
    // Each submission draws one number: below (faultKinds - 1) * perThousand it names a fault, else none.
    std::uniform_int_distribution<int> draw(0, 999);
    const int drawn = draw(m_random);
    if (drawn >= (faultKinds - 1) * m_perThousand)
        return {};
    const auto fault = Fault(1 + drawn / m_perThousand);
    // Kills land within the first 60 ms, while the outbox writes and the request is on its way or being
    // filed; delays range from a slow answer to one the terminal gives up on (twice its timeout).
    const int delayMs = fault == Fault::AnswerDelayed
                            ? std::uniform_int_distribution<int>(100, 2 * m_terminalTimeoutMs)(m_random)
                            : std::uniform_int_distribution<int>(0, 60)(m_random);
    return {fault, delayMs};
}

} // namespace faults
