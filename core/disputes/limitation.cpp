#include "limitation.h"

namespace ssc {

LimitationCheck checkArbitrationLimitation(QDate knewOn, QDate today, bool wageArrears,
                                           QDate employmentEndedOn)
{
    LimitationCheck check;
    if (wageArrears) {
        // Pay owed while the employment lasts is not limited; once it ends, a year from the end.
        if (!employmentEndedOn.isValid()) {
            check.withinLimit = true;
            return check;
        }
        check.deadline = employmentEndedOn.addYears(1);
    } else {
        if (!knewOn.isValid())
            return check;
        check.deadline = knewOn.addYears(1);
    }
    check.daysLeft = int(today.daysTo(check.deadline));
    check.withinLimit = check.daysLeft >= 0;
    return check;
}

} // namespace ssc
