#include "unemploymentrules.h"

namespace ssc {
namespace {

TranslatableText text(const char* source, QStringList args = {})
{
    return {"UnemploymentRules", source, std::move(args)};
}

Eligibility refuse(const char* code, TranslatableText reason)
{
    return {false, QString::fromLatin1(code), std::move(reason)};
}

YearMonth monthOf(QDate date)
{
    return {date.year(), date.month()};
}

} // namespace

const QList<UnemploymentReason>& unemploymentReasons()
{
    static const QList<UnemploymentReason> all{
        {10, QT_TRANSLATE_NOOP("UnemploymentReason", "Left school or university, not yet employed"), false},
        {21, QT_TRANSLATE_NOOP("UnemploymentReason", "Dismissed, or the contract ended by the employer"),
         true},
        {22, QT_TRANSLATE_NOOP("UnemploymentReason", "The employer went bankrupt or closed"), true},
        {24, QT_TRANSLATE_NOOP("UnemploymentReason", "Resigned"), false},
        {31, QT_TRANSLATE_NOOP("UnemploymentReason", "Stopped self-employment"), false},
        {32, QT_TRANSLATE_NOOP("UnemploymentReason", "Stopped flexible employment"), false},
        {33, QT_TRANSLATE_NOOP("UnemploymentReason", "Stopped running a business"), false},
        {50, QT_TRANSLATE_NOOP("UnemploymentReason", "Farmland requisitioned"), false},
        {60, QT_TRANSLATE_NOOP("UnemploymentReason", "Demobilised from the armed forces"), false},
        {70, QT_TRANSLATE_NOOP("UnemploymentReason", "Released from prison or re-education"), false},
        {90, QT_TRANSLATE_NOOP("UnemploymentReason", "Other reasons"), false},
    };
    return all;
}

std::optional<UnemploymentReason> unemploymentReason(int code)
{
    for (const UnemploymentReason& r : unemploymentReasons())
        if (r.code == code)
            return r;
    return std::nullopt;
}

Eligibility checkRegistration(const RegistrationApplicant& applicant, QDate today)
{
    if (!applicant.birthDate.isValid() || applicant.birthDate > today)
        return refuse("bad_birth_date",
                      text(QT_TRANSLATE_NOOP("UnemploymentRules", "The date of birth is not valid.")));
    if (applicant.birthDate.addYears(16) > today)
        return refuse("under_age",
                      text(QT_TRANSLATE_NOOP("UnemploymentRules",
                                             "Unemployment registration is for people aged 16 or over.")));
    const RetirementAge retirement = statutoryRetirement(applicant.group, monthOf(applicant.birthDate));
    if (monthOf(today) >= retirement.retirementMonth)
        return refuse(
            "retirement_age",
            text(QT_TRANSLATE_NOOP("UnemploymentRules",
                                   "You have reached the statutory retirement age (%1). Please ask about "
                                   "your pension instead."),
                 {retirement.retirementMonth.toString()}));
    if (applicant.receivingPension)
        return refuse("receiving_pension",
                      text(QT_TRANSLATE_NOOP("UnemploymentRules",
                                             "People who draw a pension cannot register as unemployed.")));
    if (applicant.alreadyRegistered)
        return refuse(
            "already_registered",
            text(QT_TRANSLATE_NOOP("UnemploymentRules",
                                   "You are registered as unemployed already. You can look up how your "
                                   "registration is reviewed.")));
    return {true, {}, {}};
}

Eligibility checkUnemploymentDate(QDate unemployedOn, QDate today, int maxDaysBack)
{
    if (!unemployedOn.isValid() || unemployedOn > today)
        return refuse("bad_date",
                      text(QT_TRANSLATE_NOOP("UnemploymentRules",
                                             "The date you became unemployed cannot be in the future.")));
    if (unemployedOn.daysTo(today) > maxDaysBack)
        return refuse(
            "too_long_ago",
            text(QT_TRANSLATE_NOOP("UnemploymentRules",
                                   "This region registers unemployment up to %1 days back. Please ask at "
                                   "a service counter."),
                 {QString::number(maxDaysBack)}));
    return {true, {}, {}};
}

int benefitMonthsForYears(double contributionYears)
{
    if (contributionYears < 1)
        return 0;
    if (contributionYears < 5)
        return 12;
    if (contributionYears < 10)
        return 18;
    return 24;
}

BenefitEntitlement assessBenefit(const BenefitClaim& claim)
{
    BenefitEntitlement e;
    const auto reason = unemploymentReason(claim.reasonCode);
    const TranslatableText subsidy = text(
        QT_TRANSLATE_NOOP("UnemploymentRules",
                          "You may be able to claim the unemployment subsidy instead; migrant workers whose "
                          "employer paid for them may claim a one-off living allowance."));
    if (!claim.registered) {
        e.code = QStringLiteral("not_registered");
        e.reason = text(QT_TRANSLATE_NOOP("UnemploymentRules", "Please register as unemployed first."));
        return e;
    }
    if (!claim.personalContributions) {
        e.code = QStringLiteral("employer_only");
        e.reason = text(QT_TRANSLATE_NOOP("UnemploymentRules",
                                          "Only your employer paid your unemployment insurance, as for "
                                          "migrant workers."));
        e.instead = text(QT_TRANSLATE_NOOP(
            "UnemploymentRules",
            "Migrant workers may claim a one-off living allowance after a full year of work, or a temporary "
            "living allowance when insured for less than a year."));
        return e;
    }
    if (claim.contributionYears < 1) {
        e.code = QStringLiteral("under_one_year");
        e.reason = text(
            QT_TRANSLATE_NOOP("UnemploymentRules", "Unemployment insurance was paid for less than a year."));
        e.instead = subsidy;
        return e;
    }
    if (!reason || !reason->involuntary) {
        e.code = QStringLiteral("voluntary");
        e.reason = text(QT_TRANSLATE_NOOP(
            "UnemploymentRules", "The benefit is for people who lost their job against their will."));
        e.instead = subsidy;
        return e;
    }
    e.entitled = true;
    e.months =
        std::min(24, benefitMonthsForYears(claim.contributionYears) + std::max(0, claim.carriedOverMonths));
    // Within a year of the retirement age when the benefit would end: paid on until the retirement age.
    if (claim.birthDate.isValid() && claim.startsOn.isValid()) {
        const YearMonth retirement =
            statutoryRetirement(claim.group, monthOf(claim.birthDate)).retirementMonth;
        const YearMonth ends = monthOf(claim.startsOn).plusMonths(e.months);
        const int gap = retirement.index() - ends.index();
        if (gap > 0 && gap <= 12) {
            e.nearRetirementMonths = gap;
            e.months += gap;
        }
    }
    return e;
}

} // namespace ssc
