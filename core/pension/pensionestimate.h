#pragma once

#include "retirementage.h"
#include "transitionalpension.h"

#include <QtGlobal>

#include <optional>

namespace ssc {

// 养老金测算 (the brief's "养老保险待遇测算"; rules.md §5): what an enterprise employee or a flexible worker
// may receive a month on retiring, from what they have paid so far and a few guesses about the years left.
// Monthly pension = basic + personal account + transitional; the years to retirement are projected month by
// month (the wage and the local average wage growing, the contribution base held to 60-300% of the average,
// 8% of it credited to the account, the account earning interest). An estimate, never a promise: the agency
// computes the real one on retirement.
enum class InsuredAs { Employee, Flexible }; // 城镇企业职工 | 个体工商户或灵活就业人员

struct PensionEstimateInput {
    InsuredAs insuredAs = InsuredAs::Employee;
    RetirementGroup group = RetirementGroup::Man;
    YearMonth born;
    YearMonth now;             // the month the estimate is made in
    AgeInMonths retirementAge; // statutory, or a flexible age within RetirementAge's window
    double yearsPaid = 0;      // 实际缴费年限 so far
    double deemedYears = 0;    // 视同缴费年限
    double yearsPaid1992To98 = 0;
    double averageIndex = 1.0;       // 以前年度平均缴费工资指数
    double accountBalanceYuan = 0;   // 上年末个人账户储存额
    double monthlyWageYuan = 0;      // 本年月缴费工资
    double localAverageWageYuan = 0; // 参保地上年在岗职工月平均工资
    double wageGrowth = 0.0;         // a year, e.g. 0.03
    double averageWageGrowth = 0.0;  // a year
    double accountInterest = 0.0262; // 记账利率 a year (2024's)
};

struct PensionEstimate {
    YearMonth retirementMonth;
    AgeInMonths retirementAge;
    int monthsToGo = 0;           // months still to pay
    double yearsAtRetirement = 0; // N: paid and deemed
    double yearsPaidAtRetirement = 0;
    double indexAtRetirement = 0;       // Z
    double averageWageAtRetirement = 0; // C
    double accountAtRetirement = 0;
    double divisorMonths = 0;
    double monthlyContribution = 0; // what the person pays now: 8% of the base, or 20% when flexible
    double basic = 0;
    double account = 0;
    double transitional = 0;
    double total() const { return basic + account + transitional; }
    // The total at the wage level of today: money of the retirement year means less than it says.
    double totalAtTodaysWages = 0;
    double minimumYears = 15; // for the retirement year
    bool meetsMinimumYears() const { return yearsAtRetirement + 1e-9 >= minimumYears; }
};

enum class EstimateProblem { AlreadyRetirementAge, AgeOutsideTable, NoAverageWage };

// The estimate, or why none can be made. Amounts in yuan, rounded to the fen.
struct EstimateOutcome {
    std::optional<PensionEstimate> estimate;
    std::optional<EstimateProblem> problem;
};
EstimateOutcome estimatePension(const PensionEstimateInput& input, const TransitionalFormula& transitional);

// basic = (C + C·Z) / 2 · N · 1% (rules.md §5; Beijing 2025: C 12049, Z 0.8, N 30 → 3253.23).
double basicPension(double averageWage, double index, double years);
double roundToFen(double yuan);

} // namespace ssc
