#include "refusalsteps.h"

#include <QSet>

namespace ssc {

RefusalSteps refusalSteps(const QString& code)
{
    // The refusals another try can mend. Everything else, including a code the terminal has not heard of,
    // is sent to people: a wrong "try again" keeps an older person retrying what cannot work.
    static const QSet<QString> mendedByTrying{
        // the e-card code (the app shows a new one every minute)
        QStringLiteral("malformed_code"), QStringLiteral("forged_code"), QStringLiteral("code_expired"),
        QStringLiteral("code_not_yet_valid"), QStringLiteral("code_already_used"),
        QStringLiteral("unreadable"),
        // the card in the reader, its PIN and its answer to the platform's challenge
        QStringLiteral("pin_failed"), QStringLiteral("card_no_proof"), QStringLiteral("card_unreadable"),
        QStringLiteral("card_challenge_expired"), QStringLiteral("card_challenge_unknown"),
        QStringLiteral("card_challenge_used"), QStringLiteral("card_proof_missing"),
        // the network and the platform's load
        QStringLiteral("timeout"), QStringLiteral("unreachable"), QStringLiteral("too_many_requests"),
        QStringLiteral("bad_answer"), QStringLiteral("storage_unavailable")};
    RefusalSteps steps;
    steps.tryAgain = mendedByTrying.contains(code);
    steps.askStaff = !steps.tryAgain;
    return steps;
}

} // namespace ssc
