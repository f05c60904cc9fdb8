#pragma once

#include "forms/formdefinition.h"

namespace ssc {

// 失业保险待遇申领: where the benefit is paid — the social security card's own bank account first (shown
// masked; offered only when the card has one), or another account in the applicant's own name — the contact
// phone and the applicant's confirmation that they look for work. Eligibility and the duration are the
// platform's (GET /me/unemployment-benefit); this form only asks what the platform cannot know.
FormDefinition unemploymentBenefitForm(const QString& maskedCardAccount);

// A bank card number: 16-19 digits with a valid Luhn check digit (UnionPay cards follow ISO/IEC 7812).
bool bankCardNumberValid(const QString& digits);

} // namespace ssc
