#include "paymentrefund.h"

#include "api/refusal.h"
#include "paymentgateway.h"
#include "paymentmessages.h"

namespace ssc::platform {

ApiResult acquirerUnreachable()
{
    return refusal(503, "acquirer_unreachable", messages::acquirerUnreachable(),
                   messages::acquirerUnreachableAdvice())
        .withRetryAfter(30);
}

Reply refundPaidOrder(PlatformServices& services, const PaymentLedger::Order& order, const QString& reason,
                      qint64 staffId)
{
    if (order.status == u"refunded")
        return ApiResult::ok(order.json()); // a retry: refunded once, answered again
    if (!order.paid())
        return refusal(409, "not_refundable", messages::notRefundable());
    return Deferred{[&services, order, reason, staffId, settings = services.payments]() {
        // One refund number per order: the acquirer refunds it once however often this is retried.
        const auto answer = PaymentGateway(settings).refund(order.orderNo, order.refundNo(), order.amountFen);
        return std::function<ApiResult()>([&services, order, reason, staffId, answer]() -> ApiResult {
            if (!answer.reached || answer.status >= 500)
                return acquirerUnreachable();
            if (answer.status != 200)
                return refusal(409, "not_refundable", messages::notRefundable());
            PaymentLedger ledger(services.db);
            if (!ledger.refunded(order.orderNo, reason, staffId, PlatformServices::nowMs()))
                return storageError();
            const auto now = ledger.find(order.orderNo);
            return now ? ApiResult::ok(now->json()) : storageError();
        });
    }};
}

} // namespace ssc::platform
