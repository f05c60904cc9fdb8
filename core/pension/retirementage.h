#pragma once

#include "yearmonth.h"

#include <QString>

namespace ssc {

// The three groups of the 2024 NPC decision on gradually raising the retirement age (in force 2025-01-01).
enum class RetirementGroup {
    Man,         // originally 60
    WomanCadre,  // women originally retiring at 55 (cadre posts)
    WomanWorker, // women originally retiring at 50 (worker posts)
};

struct AgeInMonths {
    int months = 0;
    int years() const { return months / 12; }
    int remainderMonths() const { return months % 12; }
};

struct RetirementAge {
    RetirementGroup group = RetirementGroup::Man;
    YearMonth born;
    AgeInMonths originalAge;                // the age before the reform
    int delayMonths = 0;                    // months added by the reform for this birth month
    AgeInMonths statutoryAge;               // originalAge + delayMonths
    YearMonth retirementMonth;              // born + statutoryAge
    double minimumContributionYears = 15.0; // for the retirement year
    // Flexible retirement: up to three years earlier (never before the original age, and only with the
    // minimum years paid) or, by agreement with the employer, up to three years later.
    AgeInMonths earliestFlexibleAge;
    YearMonth earliestFlexibleMonth;
    AgeInMonths latestFlexibleAge;
    YearMonth latestFlexibleMonth;
};

// rules.md §6: k = months from the group's base birth month; k < 0 no delay; else
// delay = min(cap, floor(k / step) + 1).
RetirementAge statutoryRetirement(RetirementGroup group, YearMonth born);

// Minimum contribution years for a pension by the year of retirement: 15 until 2029, then half a year
// more each year up to 20 from 2039.
double minimumContributionYears(int retirementYear);

} // namespace ssc
