#pragma once

#include "api/services.h"
#include "paymentledger.h"

namespace ssc::platform {

// What the citizen's refund route and the clerk's list share (docs/payments.md, "Refunds"): a refund asked
// of the acquirer once per order under the order's refund number, then recorded in the platform's books.
// The caller has checked who may refund and that the order is paid; a refunded order is answered as it is.
Reply refundPaidOrder(PlatformServices& services, const PaymentLedger::Order& order, const QString& reason,
                      qint64 staffId);
// 503 acquirer_unreachable with Retry-After: the acquirer did not answer; the same request again tries again.
ApiResult acquirerUnreachable();

// The clerk's refunds without the citizen (paymentrefundsapi.cpp).
void registerPaymentRefundsApi(Router& router, PlatformServices& services);

} // namespace ssc::platform
