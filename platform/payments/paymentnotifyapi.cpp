// What the acquirer and verifiers call (docs/payments.md):
//   POST /api/v1/payments/notify              the acquirer's signed notification that an order was paid
//   GET  /api/v1/payments/verify/{code}       a receipt's verification code: is it genuine, and what it paid
// A notification is believed only with the merchant key's signature over it, and recorded once however
// often, late or early it comes (payments/paymentledger.cpp).
#include "api/services.h"
#include "paymentledger.h"
#include "paymentmessages.h"
#include "payments/paysignature.h"
#include "payments/residentcontributions.h"
#include "privacy/masking.h"
#include "storage/database.h"

namespace ssc::platform {
namespace {

using payments::PaySignature;

ApiResult acknowledged()
{
    return ApiResult::ok({{QStringLiteral("code"), QStringLiteral("SUCCESS")}});
}

ApiResult notAcknowledged(int status, const char* why)
{
    return ApiResult::ok(
        {{QStringLiteral("code"), QStringLiteral("FAIL")}, {QStringLiteral("message"), QLatin1String(why)}},
        status);
}

ApiResult notify(PlatformServices& services, RequestContext& context)
{
    if (!services.payments.enabled())
        return notAcknowledged(503, "payments are not configured");
    const PaySignature signature{context.headerValue(PaySignature::timestampHeader),
                                 context.headerValue(PaySignature::nonceHeader),
                                 context.headerValue(PaySignature::signatureHeader)};
    QString why;
    if (!signature.verify(services.payments.merchantKey, "POST", context.url.path().toUtf8(), context.rawBody,
                          PlatformServices::nowMs(), &why)) {
        qWarning("refused a payment notification: %s", qUtf8Printable(why));
        return notAcknowledged(401, "signature");
    }
    const QString orderNo = context.bodyString("merchantOrderNo");
    const auto recorded = PaymentLedger(services.db)
                              .recordPaid(orderNo, context.bodyString("transactionId"),
                                          context.body.value(QStringLiteral("amountFen")).toInteger(),
                                          context.body.value(QStringLiteral("paidAt")).toInteger(),
                                          context.bodyString("paidBy"));
    switch (recorded) {
    case PaymentLedger::Recorded::Recorded:
    case PaymentLedger::Recorded::AlreadyRecorded:
    case PaymentLedger::Recorded::PaidTwice:
        return acknowledged();
    case PaymentLedger::Recorded::Unknown:
        qWarning("a payment notification names an order this platform never made: %s",
                 qUtf8Printable(orderNo));
        return notAcknowledged(404, "unknown order");
    case PaymentLedger::Recorded::AmountMismatch:
        qCritical("the acquirer paid order %s with another amount than asked: not recorded, needs a person",
                  qUtf8Printable(orderNo));
        return notAcknowledged(409, "amount");
    case PaymentLedger::Recorded::StorageFailed:
        break;
    }
    return notAcknowledged(503, "storage"); // the acquirer tries again later
}

ApiResult verify(PlatformServices& services, RequestContext& context)
{
    const auto found =
        PaymentLedger(services.db).byVerificationCode(context.pathArguments.value(0).toUpper());
    if (!found)
        return storageError();
    const auto& [order, payer] = *found;
    if (order.orderNo.isEmpty())
        return ApiResult::error(404, QStringLiteral("unknown_verification_code"),
                                messages::unknownReceiptCode());
    const auto item = payments::ResidentContributions::fromKey(order.item);
    return ApiResult::ok({{QStringLiteral("genuine"), true},
                          {QStringLiteral("orderNo"), order.orderNo},
                          {QStringLiteral("payer"), mask(payer, MaskKind::Name)},
                          {QStringLiteral("item"), order.item},
                          {QStringLiteral("name"),
                           item ? bilingual(payments::ResidentContributions::name(*item)) : QJsonObject()},
                          {QStringLiteral("year"), order.year},
                          {QStringLiteral("amountFen"), order.amountFen},
                          {QStringLiteral("paidAt"), order.paidAt},
                          {QStringLiteral("status"), order.status}});
}

} // namespace

void registerPaymentNotifyApi(Router& router, PlatformServices& services)
{
    router.add(QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/payments/notify"),
               Router::Access::Public, [&services](RequestContext& c) { return notify(services, c); });
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/payments/verify/{code}"),
               Router::Access::Public, [&services](RequestContext& c) { return verify(services, c); });
}

} // namespace ssc::platform
