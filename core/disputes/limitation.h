#pragma once

#include <QDate>

namespace ssc {

// The one-year limitation of labour dispute arbitration (劳动争议调解仲裁法 §27, rules.md §9): one year from
// the day the party knew or should have known of the infringement; for pay owed during the employment, within
// one year after the employment ended. Mediation itself has no limit, but a claim past the limit cannot go on
// to arbitration when mediation fails: the intake screen says so plainly.
struct LimitationCheck {
    bool withinLimit = false;
    QDate deadline;   // the last day arbitration may be applied for
    int daysLeft = 0; // negative when past
};

LimitationCheck checkArbitrationLimitation(QDate knewOn, QDate today, bool wageArrears = false,
                                           QDate employmentEndedOn = {});

} // namespace ssc
