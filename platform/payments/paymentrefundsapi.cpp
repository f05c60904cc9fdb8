// A clerk's refunds at a counter (docs/payments.md, "Refunds"), without the citizen logged in:
//   GET  /api/v1/staff/payments/refunds                       the hall's orders paid twice, newest first
//   POST /api/v1/staff/payments/orders/{orderNo}/refund       refunds one of the hall's orders paid twice,
//   once
// Only a clerk signed in at a counter (403 otherwise), and only orders made at a terminal of the counter's
// hall (another hall's answer 404 as unknown ones): the hall's own money, the citizen named masked.
#include "api/messages.h"
#include "api/refusal.h"
#include "api/services.h"
#include "paymentmessages.h"
#include "paymentrefund.h"
#include "payments/residentcontributions.h"
#include "privacy/masking.h"

#include <QJsonArray>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;
using payments::ResidentContributions;

QJsonObject hallOrderJson(const PaymentLedger::HallOrder& found)
{
    QJsonObject json = found.order.json();
    json.remove(QStringLiteral("qrCode"));
    const auto item = ResidentContributions::fromKey(found.order.item);
    json.insert(QStringLiteral("name"), item ? bilingual(ResidentContributions::name(*item)) : QJsonObject());
    json.insert(QStringLiteral("payer"), mask(found.payerName, MaskKind::Name));
    json.insert(QStringLiteral("terminal"), found.terminalName);
    return json;
}

ApiResult refunds(PlatformServices& services, RequestContext& context)
{
    const auto staff = counterClerk(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&staff))
        return *refused;
    const auto orders = PaymentLedger(services.db).paidTwiceInHall(context.terminal.id);
    if (!orders)
        return storageError();
    QJsonArray list;
    for (const auto& found : *orders)
        list.append(hallOrderJson(found));
    return ApiResult::ok({{QStringLiteral("orders"), list}});
}

Reply refund(PlatformServices& services, RequestContext& context)
{
    const auto staff = counterClerk(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&staff))
        return *refused;
    const QString reason = context.bodyString("reason").trimmed();
    if (reason.isEmpty())
        return missingField("reason");
    const auto found = PaymentLedger(services.db).inHall(context.terminal.id, context.pathArguments.value(0));
    if (!found)
        return storageError();
    if (found->order.orderNo.isEmpty())
        return refusal(404, "no_such_order", messages::noSuchOrder());
    if (const auto refused = refundRefusal(found->order, reason))
        return *refused;
    // Paid once, the payment may be wanted: only the payer, at the counter, says it was made in error.
    if (found->order.status == u"paid")
        return refusal(409, "refund_needs_citizen", messages::refundNeedsCitizen());
    const auto& clerk = std::get<StaffAccounts::Staff>(staff);
    // The clerk acted on this person's money: in the person's access log, whatever the acquirer answers.
    if (!auditPersonRead(services, context, clerk, QStringLiteral("payment_refund"), found->order.personId,
                         {{QStringLiteral("order"), found->order.orderNo}}))
        return storageError();
    return refundPaidOrder(services, found->order, reason, clerk.id);
}

} // namespace

void registerPaymentRefundsApi(Router& router, PlatformServices& services)
{
    router.add(Method::Get, QStringLiteral("/api/v1/staff/payments/refunds"), Router::Access::Terminal,
               [&services](RequestContext& c) { return refunds(services, c); });
    router.add(Method::Post, QStringLiteral("/api/v1/staff/payments/orders/{orderNo}/refund"),
               Router::Access::Terminal, [&services](RequestContext& c) { return refund(services, c); });
}

} // namespace ssc::platform
