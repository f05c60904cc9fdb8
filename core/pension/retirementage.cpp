#include "retirementage.h"

#include <algorithm>

namespace ssc {
namespace {

struct GroupRule {
    int originalAgeYears;
    YearMonth baseBirthMonth;
    int birthMonthsPerDelayMonth;
    int capMonths;
};

GroupRule ruleFor(RetirementGroup group)
{
    switch (group) {
    case RetirementGroup::WomanCadre:
        return {55, {1970, 1}, 4, 36};
    case RetirementGroup::WomanWorker:
        return {50, {1975, 1}, 2, 60};
    case RetirementGroup::Man:
        break;
    }
    return {60, {1965, 1}, 4, 36};
}

constexpr int flexibleWindowMonths = 36;

} // namespace

double minimumContributionYears(int retirementYear)
{
    return std::clamp(15.0 + 0.5 * (retirementYear - 2029), 15.0, 20.0);
}

RetirementAge statutoryRetirement(RetirementGroup group, YearMonth born)
{
    const GroupRule rule = ruleFor(group);
    RetirementAge result;
    result.group = group;
    result.born = born;
    result.originalAge = {rule.originalAgeYears * 12};
    const int k = born.index() - rule.baseBirthMonth.index();
    result.delayMonths = k < 0 ? 0 : std::min(rule.capMonths, k / rule.birthMonthsPerDelayMonth + 1);
    result.statutoryAge = {result.originalAge.months + result.delayMonths};
    result.retirementMonth = born.plusMonths(result.statutoryAge.months);
    result.minimumContributionYears = minimumContributionYears(result.retirementMonth.year);
    result.earliestFlexibleAge = {
        std::max(result.originalAge.months, result.statutoryAge.months - flexibleWindowMonths)};
    result.earliestFlexibleMonth = born.plusMonths(result.earliestFlexibleAge.months);
    result.latestFlexibleAge = {result.statutoryAge.months + flexibleWindowMonths};
    result.latestFlexibleMonth = born.plusMonths(result.latestFlexibleAge.months);
    return result;
}

} // namespace ssc
