#include "pensionestimate.h"

#include "accountdivisor.h"

#include <algorithm>
#include <cmath>

namespace ssc {
namespace {

constexpr double accountShare = 0.08;    // of the base, to the personal account
constexpr double flexibleRate = 0.20;    // a flexible worker pays this much of the base
constexpr double lowestBaseShare = 0.60; // of the local average wage
constexpr double highestBaseShare = 3.00;

double grown(double value, double yearlyGrowth, int months)
{
    return value * std::pow(1.0 + yearlyGrowth, months / 12.0);
}

} // namespace

double roundToFen(double yuan)
{
    return std::round(yuan * 100.0) / 100.0;
}

double basicPension(double averageWage, double index, double years)
{
    return roundToFen((averageWage + averageWage * index) / 2.0 * years * 0.01);
}

EstimateOutcome estimatePension(const PensionEstimateInput& in, const TransitionalFormula& transitional)
{
    if (in.localAverageWageYuan <= 0)
        return {std::nullopt, EstimateProblem::NoAverageWage};
    const YearMonth retirementMonth = in.born.plusMonths(in.retirementAge.months);
    if (retirementMonth <= in.now)
        return {std::nullopt, EstimateProblem::AlreadyRetirementAge};
    const auto divisor = accountDivisorMonths(in.retirementAge);
    if (!divisor)
        return {std::nullopt, EstimateProblem::AgeOutsideTable};

    PensionEstimate e;
    e.retirementMonth = retirementMonth;
    e.retirementAge = in.retirementAge;
    e.monthsToGo = retirementMonth.index() - in.now.index();
    e.divisorMonths = *divisor;
    e.minimumYears = minimumContributionYears(retirementMonth.year);

    // Month by month to retirement: the base is the wage held within 60-300% of that month's average wage;
    // the index of each month is base / average; the account earns a month's share of the yearly interest.
    const double monthlyInterest = std::pow(1.0 + in.accountInterest, 1.0 / 12.0) - 1.0;
    double account = in.accountBalanceYuan;
    double indexSum = in.averageIndex * in.yearsPaid * 12.0; // index-months so far
    double average = in.localAverageWageYuan;
    for (int m = 0; m < e.monthsToGo; ++m) {
        average = grown(in.localAverageWageYuan, in.averageWageGrowth, m);
        const double wage = grown(in.monthlyWageYuan, in.wageGrowth, m);
        const double base = std::clamp(wage, lowestBaseShare * average, highestBaseShare * average);
        if (m == 0)
            e.monthlyContribution =
                roundToFen(base * (in.insuredAs == InsuredAs::Flexible ? flexibleRate : accountShare));
        account = account * (1.0 + monthlyInterest) + base * accountShare;
        indexSum += base / average;
    }
    e.yearsPaidAtRetirement = in.yearsPaid + e.monthsToGo / 12.0;
    e.yearsAtRetirement = e.yearsPaidAtRetirement + in.deemedYears;
    e.indexAtRetirement = e.yearsPaidAtRetirement > 0 ? indexSum / (e.yearsPaidAtRetirement * 12.0) : 0.0;
    // C at retirement: the average wage of the year before, grown to it.
    e.averageWageAtRetirement =
        roundToFen(grown(in.localAverageWageYuan, in.averageWageGrowth, e.monthsToGo));
    e.accountAtRetirement = roundToFen(account);
    e.basic = basicPension(e.averageWageAtRetirement, e.indexAtRetirement, e.yearsAtRetirement);
    e.account = roundToFen(e.accountAtRetirement / e.divisorMonths);
    e.transitional = roundToFen(transitional.monthlyYuan(
        {e.averageWageAtRetirement, e.indexAtRetirement, in.deemedYears, in.yearsPaid1992To98}));
    e.totalAtTodaysWages = roundToFen(e.total() * in.localAverageWageYuan / e.averageWageAtRetirement);
    return {e, std::nullopt};
}

} // namespace ssc
