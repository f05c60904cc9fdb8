#pragma once

#include "i18n/translatabletext.h"
#include "unemploymentrules.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ssc {

// The unemployment benefits besides 失业保险金 (docs/unemployment-benefits.md): 失业补助金 (the unemployment
// subsidy), 农民工一次性生活补助 (the migrant worker's one-off living allowance) and 临时生活补助 (the
// temporary living allowance). Plain rules: the platform decides them from the contribution data it holds and
// checks them again when a claim is filed.

// A period a region opens a benefit for. The brief ties the subsidy (2020-03..12) and the temporary
// allowance (2020-05..12) to dates; the region configures them, an invalid date leaves that end open.
struct PolicyWindow {
    QDate opens;
    QDate closes;
    bool contains(QDate day) const;
};

// What a region sets: the windows, its monthly 失业保险金 standard (the subsidy is a share of it, the one-off
// allowance is counted in it) and its urban minimum living standard (城市低保, the temporary allowance).
// Amounts in fen.
struct UnemploymentPolicy {
    PolicyWindow subsidyWindow;
    PolicyWindow temporaryWindow;
    QDate temporaryInsuredSince{2019, 1, 1}; // "2019年1月1日之后参保"
    qint64 benefitMonthlyFen = 0;
    int subsidyPercent = 80; // rules.md §7: at most 80 % of the benefit
    qint64 minimumLivingFen = 0;
    int oneOffMonthsPerYear = 1; // the region's rule for the one-off allowance (失业保险条例 §21)
    int oneOffMaxMonths = 12;
};

// A person's unemployment insurance as the platform's contribution data shows it.
struct InsuredHistory {
    bool registered = false; // an unemployment registration stands
    bool drawingPension = false;
    int paidMonths = 0;                // unemployment insurance months paid or transferred
    int personalPaidMonths = 0;        // of those, months with a personal contribution
    int continuousMonths = 0;          // the latest unbroken run of paid months
    QDate firstInsured;                // the first paid month
    int benefitMonthsReceived = 0;     // 失业保险金 months paid out (benefit_payments)
    int benefitMonthsDue = 0;          // the months of that benefit
    bool benefitClaimStanding = false; // a 失业保险金 claim submitted or approved
};

// 失业保险条例 §21: farmer-workers hired by an employer do not pay unemployment insurance themselves; the
// data shows them as months the employer paid with no personal part.
bool employerOnlyContributions(const InsuredHistory& history);
// 失业保险金 paid out to the last month due: "领取失业保险金期满".
bool benefitExhausted(const InsuredHistory& history);
// 失业保险金 being paid now (months still due, or a claim standing): the subsidy is not paid beside it.
bool receivingBenefit(const InsuredHistory& history);

struct OtherBenefit {
    QString kind; // unemployment-subsidy | migrant-one-off-allowance | temporary-living-allowance
    bool entitled = false;
    QString code; // the refusal's code, when not entitled
    TranslatableText reason;
    int months = 0;
    qint64 monthlyFen = 0;
    qint64 totalFen = 0;
};

// 失业补助金: insured and unemployed (registered), not meeting 失业保险金's conditions or having drawn it to
// the end without finding work; 6 months at the region's share of the benefit; never beside 失业保险金 nor
// with a pension; only in the region's window.
OtherBenefit assessSubsidy(const InsuredHistory& history, const BenefitEntitlement& insurance,
                           const UnemploymentPolicy& policy, QDate today);
// 农民工一次性生活补助: a farmer-worker whose employer paid (and who did not) after a full year of continuous
// work; months of the benefit standard by full years worked, as the region sets.
OtherBenefit assessOneOffAllowance(const InsuredHistory& history, const UnemploymentPolicy& policy);
// 临时生活补助: a farmer-worker whose employer paid, insured since the region's date for under a year; up to
// 3 months at the local minimum living standard; only in the region's window.
OtherBenefit assessTemporaryAllowance(const InsuredHistory& history, const UnemploymentPolicy& policy,
                                      QDate today);

// What stops the subsidy once paid (the brief: 期满, 被用人单位招用并参保, 死亡, 应征服兵役, 移居境外,
// 享受养老 保险待遇, 被判刑收监执行): the codes the office records.
const QStringList& subsidyStopEvents();
bool subsidyStopsOn(const QString& event);

} // namespace ssc
