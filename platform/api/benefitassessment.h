#pragma once

#include "services.h"
#include "unemployment/unemploymentrules.h"

namespace ssc::platform {

// What the platform decides about a person's unemployment benefit from the data it holds (contribution
// months, the latest registration and its reason, the birth date, the card's bank account): shared by
// GET /me/unemployment-benefit and the filing of a claim.
struct BenefitAssessment {
    BenefitEntitlement entitlement;
    int contributionMonths = 0;
    bool registered = false;
    QString maskedCardAccount; // empty when the card has no bank account
};

std::variant<BenefitAssessment, ApiResult> assessUnemploymentBenefit(PlatformServices& services,
                                                                     const CitizenSessions::Session& session);

} // namespace ssc::platform
