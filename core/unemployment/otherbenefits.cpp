#include "otherbenefits.h"

namespace ssc {
namespace {

TranslatableText text(const char* source, QStringList args = {})
{
    return {"OtherBenefits", source, std::move(args)};
}

OtherBenefit refused(const char* kind, const char* code, TranslatableText reason)
{
    OtherBenefit b;
    b.kind = QString::fromLatin1(kind);
    b.code = QString::fromLatin1(code);
    b.reason = std::move(reason);
    return b;
}

OtherBenefit granted(const char* kind, int months, qint64 monthlyFen)
{
    OtherBenefit b;
    b.kind = QString::fromLatin1(kind);
    b.entitled = true;
    b.months = months;
    b.monthlyFen = monthlyFen;
    b.totalFen = monthlyFen * months;
    return b;
}

TranslatableText notRegistered()
{
    return text(QT_TRANSLATE_NOOP("OtherBenefits", "Please register as unemployed first."));
}

TranslatableText windowClosed()
{
    return text(QT_TRANSLATE_NOOP("OtherBenefits", "This region does not pay this benefit at present."));
}

constexpr const char* subsidy = "unemployment-subsidy";
constexpr const char* oneOff = "migrant-one-off-allowance";
constexpr const char* temporary = "temporary-living-allowance";

} // namespace

bool PolicyWindow::contains(QDate day) const
{
    return (!opens.isValid() || day >= opens) && (!closes.isValid() || day <= closes);
}

bool employerOnlyContributions(const InsuredHistory& history)
{
    return history.paidMonths > 0 && history.personalPaidMonths == 0;
}

bool benefitExhausted(const InsuredHistory& history)
{
    return history.benefitMonthsReceived > 0 && history.benefitMonthsReceived >= history.benefitMonthsDue &&
           !history.benefitClaimStanding;
}

bool receivingBenefit(const InsuredHistory& history)
{
    return history.benefitClaimStanding ||
           (history.benefitMonthsReceived > 0 && history.benefitMonthsReceived < history.benefitMonthsDue);
}

OtherBenefit assessSubsidy(const InsuredHistory& history, const BenefitEntitlement& insurance,
                           const UnemploymentPolicy& policy, QDate today)
{
    if (!history.registered)
        return refused(subsidy, "not_registered", notRegistered());
    if (history.drawingPension) // a stop condition: never started for someone drawing a pension
        return refused(subsidy, "receiving_pension",
                       text(QT_TRANSLATE_NOOP("OtherBenefits",
                                              "The subsidy is not paid to people who draw a pension.")));
    if (!policy.subsidyWindow.contains(today))
        return refused(subsidy, "window_closed", windowClosed());
    if (history.paidMonths == 0)
        return refused(subsidy, "not_insured",
                       text(QT_TRANSLATE_NOOP("OtherBenefits",
                                              "The subsidy is for people who paid unemployment insurance.")));
    if (employerOnlyContributions(history)) // farmer-workers whose employer alone paid: the allowances
        return refused(subsidy, "employer_only",
                       text(QT_TRANSLATE_NOOP("OtherBenefits",
                                              "Only your employer paid your unemployment insurance: you "
                                              "can claim a migrant worker's living allowance instead.")));
    if (receivingBenefit(history))
        return refused(
            subsidy, "receiving_benefit",
            text(QT_TRANSLATE_NOOP("OtherBenefits", "The subsidy is not paid while you receive unemployment "
                                                    "benefit.")));
    if (insurance.entitled && !benefitExhausted(history))
        return refused(subsidy, "benefit_due",
                       text(QT_TRANSLATE_NOOP("OtherBenefits",
                                              "You can claim unemployment benefit, which pays more and for "
                                              "longer.")));
    return granted(subsidy, 6, policy.benefitMonthlyFen * policy.subsidyPercent / 100);
}

OtherBenefit assessOneOffAllowance(const InsuredHistory& history, const UnemploymentPolicy& policy)
{
    if (!history.registered)
        return refused(oneOff, "not_registered", notRegistered());
    if (!employerOnlyContributions(history))
        return refused(oneOff, "not_employer_only",
                       text(QT_TRANSLATE_NOOP("OtherBenefits",
                                              "This allowance is for migrant workers whose employer alone "
                                              "paid their unemployment insurance.")));
    if (history.continuousMonths < 12)
        return refused(
            oneOff, "under_one_year",
            text(QT_TRANSLATE_NOOP("OtherBenefits", "This allowance needs a full year of continuous work.")));
    const int months =
        std::min(policy.oneOffMaxMonths, history.continuousMonths / 12 * policy.oneOffMonthsPerYear);
    return granted(oneOff, months, policy.benefitMonthlyFen);
}

OtherBenefit assessTemporaryAllowance(const InsuredHistory& history, const UnemploymentPolicy& policy,
                                      QDate today)
{
    if (!history.registered)
        return refused(temporary, "not_registered", notRegistered());
    if (!policy.temporaryWindow.contains(today))
        return refused(temporary, "window_closed", windowClosed());
    if (!employerOnlyContributions(history))
        return refused(temporary, "not_employer_only",
                       text(QT_TRANSLATE_NOOP("OtherBenefits",
                                              "This allowance is for migrant workers whose employer alone "
                                              "paid their unemployment insurance.")));
    if (history.paidMonths >= 12)
        return refused(
            temporary, "one_year_or_more",
            text(QT_TRANSLATE_NOOP("OtherBenefits", "You were insured for a year or more: the one-off living "
                                                    "allowance applies instead.")));
    if (!history.firstInsured.isValid() || history.firstInsured < policy.temporaryInsuredSince)
        return refused(temporary, "insured_before_window",
                       text(QT_TRANSLATE_NOOP("OtherBenefits",
                                              "This allowance is for people first insured on or after %1."),
                            {policy.temporaryInsuredSince.toString(Qt::ISODate)}));
    return granted(temporary, 3, policy.minimumLivingFen);
}

const QStringList& subsidyStopEvents()
{
    static const QStringList all{QStringLiteral("period_ended"), QStringLiteral("employed_and_insured"),
                                 QStringLiteral("died"),         QStringLiteral("military_service"),
                                 QStringLiteral("emigrated"),    QStringLiteral("pension_started"),
                                 QStringLiteral("imprisoned")};
    return all;
}

bool subsidyStopsOn(const QString& event)
{
    return subsidyStopEvents().contains(event);
}

} // namespace ssc
