#pragma once

#include "api/services.h"

namespace ssc::platform {

// POST /api/v1/me/payouts/{receipt}/account {"kind": "payout-account", "values": {"accountNumber"},
// "confirmation"}: a payout the bank sent back
// (closed account, wrong name…) paid again to another bank card in the person's name (issue 19; docs/api.md,
// "Applications"; docs/operations.md, "Paying benefits"). The person's own act, as every filing: their
// session at a kiosk; at a counter the clerk types the number and the citizen confirms it with their own code
// or card (confirmationRefusal), never the clerk's word alone. In one transaction, for every instalment of
// the claim the bank sent back, the returned attempt is kept in payout_returns (its reference, batch, masked
// account and reason) and the instalment is due again to the new account under a new reference
// (receipt-instalment-attempt, so the bank's files never confuse the two); a month made but not yet sent and
// the claim's later months (payout_plans) go to the new account too; the audit row is written. Filed once per
// Idempotency-Key: a retry after a lost answer is answered from its receipt.
ApiResult payAgainToAccount(PlatformServices& services, RequestContext& context,
                            const CitizenSessions::Session& session);

} // namespace ssc::platform
