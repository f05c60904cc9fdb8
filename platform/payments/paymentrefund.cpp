#include "paymentrefund.h"

#include "api/refusal.h"
#include "paymentgateway.h"
#include "paymentmessages.h"
#include "payments/refundrules.h"

namespace ssc::platform {

ApiResult acquirerUnreachable()
{
    return refusal(503, "acquirer_unreachable", messages::acquirerUnreachable(),
                   messages::acquirerUnreachableAdvice())
        .withRetryAfter(30);
}

std::optional<ApiResult> refundRefusal(const PaymentLedger::Order& order, const QString& reason)
{
    using payments::RefundRules;
    if (!RefundRules::isReason(reason))
        return refusal(400, "unknown_refund_reason", messages::unknownRefundReason());
    if (order.status == u"refunded")
        return std::nullopt;
    switch (RefundRules::check(order.status, order.year, reason, QDate::currentDate())) {
    case RefundRules::Verdict::Allowed:
        return std::nullopt;
    case RefundRules::Verdict::NotPaid:
        return refusal(409, "not_refundable", messages::notRefundable());
    case RefundRules::Verdict::NotPaidTwice:
        return refusal(409, "not_paid_twice", messages::notPaidTwice());
    case RefundRules::Verdict::YearClosed:
        return refusal(409, "refund_year_closed", messages::refundYearClosed(),
                       messages::refundYearClosedAdvice());
    }
    return std::nullopt;
}

std::variant<StaffAccounts::Staff, ApiResult> counterClerk(PlatformServices& services,
                                                           RequestContext& context)
{
    // A clerk at a counter: visiting staff find people too, but refund nothing in a citizen's home.
    if (context.terminal.mode != u"counter")
        return refusal(403, "refund_needs_clerk", messages::refundNeedsClerk());
    return requireStaffFor(services, context, StaffDuty::FindPerson);
}

Reply refundPaidOrder(PlatformServices& services, const PaymentLedger::Order& order, const QString& reason,
                      qint64 staffId)
{
    if (order.status == u"refunded")
        return ApiResult::ok(order.json()); // a retry: refunded once, answered again
    if (!order.paid())
        return refusal(409, "not_refundable", messages::notRefundable());
    return Deferred{
        [&services, order, reason, staffId, settings = services.payments]() {
            // One refund number per order: the acquirer refunds it once however often this is retried.
            const auto answer =
                PaymentGateway(settings).refund(order.orderNo, order.refundNo(), order.amountFen);
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
        },
        Deferred::Waits::Network};
}

} // namespace ssc::platform
