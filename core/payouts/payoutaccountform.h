#pragma once

#include "forms/formdefinition.h"

namespace ssc::payouts {

// The short form that has a payment the bank sent back paid again to another bank card in the person's name
// (issue 19; POST /api/v1/me/payouts/{receipt}/account): the card's number, with the commitment that the
// card is the person's own. Kind "payout-account"; the number's rule is the claim form's (16 to 19 digits,
// the check digit right), run again by the platform.
FormDefinition payoutAccountForm();

} // namespace ssc::payouts
