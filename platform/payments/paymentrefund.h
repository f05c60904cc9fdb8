#pragma once

#include "api/services.h"
#include "paymentledger.h"

namespace ssc::platform {

// What the citizen's refund route and the clerk's list share (docs/payments.md, "Refunds"): a refund asked
// of the acquirer once per order under the order's refund number, then recorded in the platform's books.
// The caller has checked who may refund and refundRefusal(); a refunded order is answered as it is (a retry).
Reply refundPaidOrder(PlatformServices& services, const PaymentLedger::Order& order, const QString& reason,
                      qint64 staffId);
// Why this order may not be refunded for this reason today (payments::RefundRules), as the answer; nullopt
// when it may, or when it is refunded already (a retry, answered by refundPaidOrder).
std::optional<ApiResult> refundRefusal(const PaymentLedger::Order& order, const QString& reason);
// The clerk signed in at this counter (403 refund_needs_clerk on any other terminal, 401/403 without one).
std::variant<StaffAccounts::Staff, ApiResult> counterClerk(PlatformServices& services,
                                                           RequestContext& context);
// 503 acquirer_unreachable with Retry-After: the acquirer did not answer; the same request again tries again.
ApiResult acquirerUnreachable();

// The clerk's refunds without the citizen (paymentrefundsapi.cpp).
void registerPaymentRefundsApi(Router& router, PlatformServices& services);

} // namespace ssc::platform
