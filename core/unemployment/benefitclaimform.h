#pragma once

#include "forms/formdefinition.h"

#include <optional>

namespace ssc {

// 失业保险待遇申领: where the benefit is paid — the social security card's own bank account first (shown
// masked; offered only when the card has one), or another account in the applicant's own name — the contact
// phone and the applicant's confirmation that they look for work. Eligibility and the duration are the
// platform's (GET /me/unemployment-benefit); this form only asks what the platform cannot know.
FormDefinition unemploymentBenefitForm(const QString& maskedCardAccount);

// The same form for each unemployment claim kind (docs/unemployment-benefits.md): unemployment-benefit,
// unemployment-subsidy (both ask that the person looks for work), migrant-one-off-allowance and
// temporary-living-allowance (account and phone only). nullopt for another kind.
std::optional<FormDefinition> unemploymentClaimForm(const QString& kind, const QString& maskedCardAccount);
bool isUnemploymentClaimKind(const QString& kind);

// A bank card number: 16-19 digits with a valid Luhn check digit (UnionPay cards follow ISO/IEC 7812).
bool bankCardNumberValid(const QString& digits);

} // namespace ssc
