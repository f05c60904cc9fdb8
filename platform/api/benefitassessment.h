#pragma once

#include "services.h"
#include "unemployment/otherbenefits.h"
#include "unemployment/unemploymentrules.h"

namespace ssc::platform {

// What the platform decides about a person's unemployment benefits from the data it holds (contribution
// months and who paid them, the latest registration and its reason, the birth date, benefits paid out, the
// region's policy, the card's bank account): shared by GET /me/unemployment-benefit and the filing of a
// claim of any of the four kinds.
struct BenefitAssessment {
    BenefitEntitlement entitlement; // 失业保险金
    QList<OtherBenefit> others; // 失业补助金, 农民工一次性生活补助, 临时生活补助, in that order
    int contributionMonths = 0;
    bool registered = false;
    QString maskedCardAccount;    // empty when the card has no bank account
    qint64 benefitMonthlyFen = 0; // the region's monthly 失业保险金 standard (what its payout pays a month)
};

std::variant<BenefitAssessment, ApiResult> assessUnemploymentBenefit(PlatformServices& services,
                                                                     const CitizenSessions::Session& session);

} // namespace ssc::platform
