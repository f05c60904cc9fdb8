#pragma once

#include "api/services.h"

#include <optional>

namespace ssc::platform {

// What an approved unemployment claim is due (issue 19; docs/forms-rules.md, "Paying the benefits"), written
// in the approving decision's transaction: one payout per claim and instalment, whatever retries or second
// decisions come (UNIQUE (receipt, instalment), inserted with ON CONFLICT DO NOTHING). The amount is what the
// platform decides again from its data at approval, to the account the claim named (the card's bank account,
// or the other own card typed in the claim). Instalment 1 is due at approval: one month of 失业保险金 or
// 失业补助金 (monthly benefits), the whole of the one-off and the temporary allowance (paid in one sum). The
// claim's plan goes with it (payout_plans: the months decided, 1 for the one-off sums; the monthly amount;
// the approval's month), which the monthly run follows for instalments 2 and on (monthlyinstalments.h).
// nullopt when done or when the kind pays nothing; else the refusal to answer (the caller rolls back).
std::optional<ApiResult> recordPayoutDue(PlatformServices& services, const QString& receipt, qint64 personId,
                                         const QString& kind, qint64 now);

} // namespace ssc::platform
