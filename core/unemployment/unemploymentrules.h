#pragma once

#include "i18n/translatabletext.h"
#include "pension/retirementage.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ssc {

// Unemployment registration and benefit rules (rules.md §7; 社会保险法 §§45-52; the brief "办理失业登记",
// "申领失业保险待遇"). Plain rules: the screens ask them before anyone starts typing, the platform again on
// submission.

// The reason codes of unemployment registration.
struct UnemploymentReason {
    int code;
    const char* name; // QT_TRANSLATE_NOOP("UnemploymentReason", …)
    bool involuntary; // counts as losing the job against one's will for the insurance benefit
};
const QList<UnemploymentReason>& unemploymentReasons();
std::optional<UnemploymentReason> unemploymentReason(int code);

// Who may register as unemployed: of working age (16 up to the statutory retirement age under the 2025
// rules), not drawing a pension, not registered already, and the unemployment date not in the future nor
// more than `maxDaysBack` days ago (some provinces: 183).
struct RegistrationApplicant {
    QDate birthDate;
    RetirementGroup group = RetirementGroup::Man;
    bool receivingPension = false;
    bool alreadyRegistered = false;
};
struct Eligibility {
    bool eligible = false;
    QString code; // under_age | retirement_age | receiving_pension | already_registered | bad_date | …
    TranslatableText reason;
};
Eligibility checkRegistration(const RegistrationApplicant& applicant, QDate today);
Eligibility checkUnemploymentDate(QDate unemployedOn, QDate today, int maxDaysBack = 183);

// The insurance benefit: ≥ 1 year of contributions, an involuntary reason, registered. Months by contribution
// years (1-5 → 12, 5-10 → 18, ≥ 10 → 24), plus months left from an earlier claim, at most 24; if the benefit
// would end within a year before the retirement age, it continues until then.
struct BenefitClaim {
    double contributionYears = 0;
    int reasonCode = 0;
    bool registered = false;
    int carriedOverMonths = 0;
    QDate birthDate;
    RetirementGroup group = RetirementGroup::Man;
    QDate startsOn; // the first month of the benefit
    // false: only the employer paid (a farmer-worker, 失业保险条例 §21), who claims a living allowance
    // instead
    bool personalContributions = true;
};
struct BenefitEntitlement {
    bool entitled = false;
    QString code; // the refusal's code, when not entitled
    TranslatableText reason;
    TranslatableText instead; // what the person can claim instead (subsidy, migrant worker allowance)
    int months = 0;           // total, including carried-over and near-retirement months
    int nearRetirementMonths = 0;
};
BenefitEntitlement assessBenefit(const BenefitClaim& claim);
int benefitMonthsForYears(double contributionYears);

} // namespace ssc
