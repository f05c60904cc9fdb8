// The resident contributions a citizen pays at a hall (docs/payments.md):
//   GET  /api/v1/me/payments/items                        what may be paid now, with its amounts
//   POST /api/v1/me/payments/orders                       an order (Idempotency-Key): the acquirer's QR
//   GET  /api/v1/me/payments/orders/{orderNo}             its state; asks the acquirer while it waits
//   POST /api/v1/me/payments/orders/{orderNo}/payment-code  pays with the payment code staff scanned (被扫)
//   POST /api/v1/me/payments/orders/{orderNo}/refund      a clerk refunds an order paid twice or in error
//   GET  /api/v1/me/payments                              the person's orders, newest first, each refundable
//                                                         or not, with the reasons a refund may give
// The platform believes only the acquirer: an order is paid when the acquirer's signed notification says so
// (paymentnotifyapi.cpp) or the acquirer answers the platform's own query, never on a terminal's word.
#include "api/messages.h"
#include "api/refusal.h"
#include "api/services.h"
#include "contributiongrades.h"
#include "paymentgateway.h"
#include "paymentledger.h"
#include "paymentmessages.h"
#include "paymentrefund.h"
#include "payments/refundrules.h"
#include "payments/residentcontributions.h"
#include "storage/database.h"

#include <QJsonArray>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;
using Session = CitizenSessions::Session;
using payments::RefundRules;
using payments::ResidentContributions;
using payments::ResidentItem;

// How long a citizen has to pay an order from the moment it is made.
constexpr qint64 orderLifetimeMs = 15 * 60 * 1000;

ApiResult paymentsClosed()
{
    return refusal(503, "payments_closed", messages::paymentsClosed(), messages::paymentsClosedAdvice());
}

std::optional<ResidentContributions::Payer> payerOf(PlatformServices& services, qint64 personId, int year)
{
    auto person = services.db.run(
        QStringLiteral(
            "SELECT p.birth_date, (SELECT COUNT(*) FROM contribution_months c WHERE c.person_id = p.id "
            "AND c.insurance = 'pension' AND c.year = ?), (SELECT COUNT(*) FROM "
            "pension_certifications r WHERE r.person_id = p.id) FROM people p WHERE p.id = ?"),
        {year, personId});
    if (!person || !person->next())
        return std::nullopt;
    ResidentContributions::Payer payer;
    payer.birthDate = QDate::fromString(person->value(0).toString(), Qt::ISODate);
    payer.employeePensionThisYear = person->value(1).toInt() > 0;
    payer.drawsPension = person->value(2).toInt() > 0;
    return payer;
}

ApiResult items(PlatformServices& services, const Session& session)
{
    const QDate today = QDate::currentDate();
    PaymentLedger ledger(services.db);
    // Read once: only the pension's rules look at the payer, and they ask about the pension's year.
    const auto payer =
        payerOf(services, session.personId, ResidentContributions::yearPaidFor(ResidentItem::Pension, today));
    if (!payer)
        return storageError();
    QJsonArray list;
    for (ResidentItem item : {ResidentItem::Pension, ResidentItem::Medical}) {
        const int year = ResidentContributions::yearPaidFor(item, today);
        const auto paid = ledger.paidFor(session.personId, ResidentContributions::key(item), year);
        if (!paid)
            return storageError();
        // The amounts in force today in the payer's region (docs/payments.md): none set, nothing to pay.
        const auto inForce = ContributionGrades(services.db)
                                 .forPayer(ResidentContributions::key(item), session.personId, today);
        if (!inForce)
            return storageError();
        const QList<qint64>& amounts = inForce->fen;
        QJsonArray grades;
        for (qint64 fen : amounts)
            grades.append(fen);
        QJsonObject entry{{QStringLiteral("item"), ResidentContributions::key(item)},
                          {QStringLiteral("name"), bilingual(ResidentContributions::name(item))},
                          {QStringLiteral("year"), year},
                          {QStringLiteral("gradesFen"), grades},
                          {QStringLiteral("paid"), !paid->orderNo.isEmpty()}};
        if (!paid->orderNo.isEmpty())
            entry.insert(QStringLiteral("paidOrder"), paid->json());
        else if (const auto why = ResidentContributions::refusal(item, *payer, today))
            entry.insert(QStringLiteral("refusal"), bilingual(*why));
        else if (amounts.isEmpty())
            entry.insert(QStringLiteral("refusal"), bilingual(messages::noPaymentAmounts()));
        list.append(entry);
    }
    return ApiResult::ok(
        {{QStringLiteral("open"), services.payments.enabled()}, {QStringLiteral("items"), list}});
}

// The acquirer's answer to creating the order, applied on the serving thread.
ApiResult issued(PlatformServices& services, const PaymentLedger::Order& order,
                 const PaymentGateway::Answer& answer, bool replayed)
{
    if (!answer.reached || answer.status >= 500)
        return acquirerUnreachable(); // the order stays "creating": the same key again asks the acquirer
                                      // again
    const QString qr = answer.json.value(QStringLiteral("qrCode")).toString();
    if (answer.status != 200 || qr.isEmpty()) {
        qWarning("the acquirer refused order %s: HTTP %d %s", qUtf8Printable(order.orderNo), answer.status,
                 qUtf8Printable(answer.code()));
        return paymentsClosed();
    }
    PaymentLedger ledger(services.db);
    if (!ledger.issued(order.orderNo, qr))
        return storageError();
    const auto now = ledger.find(order.orderNo);
    if (!now)
        return storageError();
    QJsonObject body = now->json();
    body.insert(QStringLiteral("replayed"), replayed);
    return ApiResult::ok(body, replayed ? 200 : 201);
}

Reply askAcquirerToCreate(PlatformServices& services, const PaymentLedger::Order& order, bool replayed)
{
    const QString subject =
        ResidentContributions::name(*ResidentContributions::fromKey(order.item)).in(QStringLiteral("zh_CN")) +
        QStringLiteral(" %1").arg(order.year);
    return Deferred{[&services, order, subject, replayed, settings = services.payments]() {
                        const auto answer = PaymentGateway(settings).createOrder(
                            order.orderNo, order.amountFen, subject, order.expiresAt);
                        return std::function<ApiResult()>([&services, order, answer, replayed] {
                            return issued(services, order, answer, replayed);
                        });
                    },
                    Deferred::Waits::Network};
}

Reply createOrder(PlatformServices& services, RequestContext& context, const Session& session)
{
    if (!services.payments.enabled())
        return paymentsClosed();
    const QString key = context.header("Idempotency-Key").trimmed();
    if (key.size() < 8 || key.size() > 100)
        return ApiResult::error(400, QStringLiteral("idempotency_key_missing"),
                                messages::idempotencyKeyMissing());
    const auto item = ResidentContributions::fromKey(context.bodyString("item"));
    if (!item)
        return refusal(400, "unknown_payment_item", messages::unknownPaymentItem());
    const qint64 amount = context.body.value(QStringLiteral("amountFen")).toInteger();
    PaymentLedger ledger(services.db);
    const auto earlier = ledger.byIdempotencyKey(context.terminal.id, key);
    if (!earlier)
        return storageError();
    if (!earlier->orderNo.isEmpty()) {
        if (earlier->personId != session.personId || earlier->item != context.bodyString("item") ||
            earlier->amountFen != amount)
            return ApiResult::error(409, QStringLiteral("idempotency_conflict"),
                                    messages::idempotencyConflict());
        if (earlier->status == u"creating")
            return askAcquirerToCreate(services, *earlier, true);
        QJsonObject body = earlier->json();
        body.insert(QStringLiteral("replayed"), true);
        return ApiResult::ok(body);
    }
    const QDate today = QDate::currentDate();
    const int year = ResidentContributions::yearPaidFor(*item, today);
    // The payer's region's table in force on the day the order is made: the order keeps this amount and
    // region whatever changes later.
    const auto inForce =
        ContributionGrades(services.db).forPayer(ResidentContributions::key(*item), session.personId, today);
    if (!inForce)
        return storageError();
    if (!inForce->fen.contains(amount))
        return refusal(400, "not_a_payment_grade", messages::notAPaymentGrade());
    const auto payer = payerOf(services, session.personId, year);
    const auto paid = ledger.paidFor(session.personId, ResidentContributions::key(*item), year);
    if (!payer || !paid)
        return storageError();
    if (!paid->orderNo.isEmpty()) {
        TranslatableText already = messages::alreadyPaidThisYear();
        already.args = {QString::number(year)};
        return ApiResult::error(409, QStringLiteral("already_paid"), already, messages::alreadyPaidAdvice());
    }
    if (const auto why = ResidentContributions::refusal(*item, *payer, today))
        return ApiResult::error(409, QStringLiteral("may_not_pay"), *why);
    PaymentLedger::Order order;
    const qint64 now = PlatformServices::nowMs();
    order.orderNo = PaymentLedger::newOrderNo(now);
    order.personId = session.personId;
    order.item = ResidentContributions::key(*item);
    order.year = year;
    order.amountFen = amount;
    order.regionCode = inForce->region;
    order.terminalId = context.terminal.id;
    order.createdAt = now;
    order.expiresAt = now + orderLifetimeMs;
    // Written before the acquirer is asked: whatever happens next, the order and its key are known, and the
    // same key again finishes it rather than making another.
    if (!ledger.insert(order, key))
        return storageError();
    return askAcquirerToCreate(services, order, false);
}

std::variant<PaymentLedger::Order, ApiResult> ownOrder(PlatformServices& services, const QString& orderNo,
                                                       const Session& session)
{
    const auto order = PaymentLedger(services.db).find(orderNo);
    if (!order)
        return storageError();
    if (order->orderNo.isEmpty() || order->personId != session.personId)
        return refusal(404, "no_such_order", messages::noSuchOrder());
    return *order;
}

// What the acquirer said about a waiting order, recorded: paid (once), expired, or still waiting.
ApiResult settle(PlatformServices& services, const PaymentLedger::Order& order,
                 const PaymentGateway::Answer& answer)
{
    PaymentLedger ledger(services.db);
    const QString status = answer.json.value(QStringLiteral("status")).toString();
    if (answer.reached && answer.status == 200 && (status == u"SUCCESS" || status == u"REFUND")) {
        const auto recorded =
            ledger.recordPaid(order.orderNo, answer.json.value(QStringLiteral("transactionId")).toString(),
                              answer.json.value(QStringLiteral("amountFen")).toInteger(),
                              answer.json.value(QStringLiteral("paidAt")).toInteger(),
                              answer.json.value(QStringLiteral("paidBy")).toString());
        if (recorded == PaymentLedger::Recorded::StorageFailed)
            return storageError();
    } else if (answer.reached && answer.status == 200 && status == u"CLOSED") {
        if (!ledger.expire(order.orderNo))
            return storageError();
    } else if (answer.reached && answer.status == 404 && PlatformServices::nowMs() > order.expiresAt) {
        if (!ledger.expire(order.orderNo)) // never reached the acquirer, and now too late to
            return storageError();
    }
    const auto now = ledger.find(order.orderNo);
    return now ? ApiResult::ok(now->json()) : storageError();
}

Reply queryOrder(PlatformServices& services, RequestContext& context, const Session& session)
{
    auto found = ownOrder(services, context.pathArguments.value(0), session);
    if (auto* refused = std::get_if<ApiResult>(&found))
        return *refused;
    const auto order = std::get<PaymentLedger::Order>(found);
    if (order.settled() || !services.payments.enabled())
        return ApiResult::ok(order.json());
    return Deferred{[&services, order, settings = services.payments]() {
                        const auto answer = PaymentGateway(settings).queryOrder(order.orderNo);
                        return std::function<ApiResult()>(
                            [&services, order, answer] { return settle(services, order, answer); });
                    },
                    Deferred::Waits::Network};
}

// The acquirer's answer to a payment says this order is paid, with everything settle() records.
bool paidThisOrder(const PaymentGateway::Answer& answer, const QString& orderNo)
{
    return answer.reached && answer.status == 200 &&
           answer.json.value(QStringLiteral("status")).toString() == u"SUCCESS" &&
           answer.json.value(QStringLiteral("merchantOrderNo")).toString() == orderNo &&
           !answer.json.value(QStringLiteral("transactionId")).toString().isEmpty();
}

Reply payWithCode(PlatformServices& services, RequestContext& context, const Session& session)
{
    auto found = ownOrder(services, context.pathArguments.value(0), session);
    if (auto* refused = std::get_if<ApiResult>(&found))
        return *refused;
    const auto order = std::get<PaymentLedger::Order>(found);
    if (order.status != u"awaiting")
        return refusal(409, "order_not_awaiting", messages::orderNotAwaiting());
    const QString code = context.bodyString("authCode").trimmed();
    if (code.isEmpty())
        return missingField("authCode");
    return Deferred{[&services, order, code, settings = services.payments]() {
                        const PaymentGateway gateway(settings);
                        const auto paid = gateway.payWithCode(order.orderNo, code);
                        // The acquirer's SUCCESS for this order is the order's state, as its query would give
                        // it. Any other answer (or none: a timeout may hide a payment that went through) is
                        // not the truth of whether money moved, so the order's state is asked, as acquirers
                        // tell merchants to do after an unclear micropay.
                        const auto state =
                            paidThisOrder(paid, order.orderNo) ? paid : gateway.queryOrder(order.orderNo);
                        return std::function<ApiResult()>([&services, order, paid, state] {
                            ApiResult settled = settle(services, order, state);
                            if (settled.isError() ||
                                settled.body.value(QStringLiteral("status")).toString() != u"awaiting")
                                return settled;
                            if (!paid.reached)
                                return acquirerUnreachable();
                            if (paid.code() == u"PAYER_DECLINED")
                                return refusal(402, "payment_declined", messages::paymentDeclined(),
                                               messages::paymentDeclinedAdvice());
                            return refusal(400, "payment_code_invalid", messages::paymentCodeInvalid(),
                                           messages::paymentCodeInvalidAdvice());
                        });
                    },
                    Deferred::Waits::Network};
}

// The citizen at the counter with the clerk: any of their paid orders, for a reason from the fixed list.
Reply refund(PlatformServices& services, RequestContext& context, const Session& session)
{
    const auto staff = counterClerk(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&staff))
        return *refused;
    const QString reason = context.bodyString("reason").trimmed();
    if (reason.isEmpty())
        return missingField("reason");
    auto found = ownOrder(services, context.pathArguments.value(0), session);
    if (auto* refused = std::get_if<ApiResult>(&found))
        return *refused;
    const auto order = std::get<PaymentLedger::Order>(found);
    if (const auto refused = refundRefusal(order, reason))
        return *refused;
    const auto& clerk = std::get<StaffAccounts::Staff>(staff);
    // The clerk acted on this person's money: in the person's access log, whatever the acquirer answers.
    if (!auditPersonRead(services, context, clerk, QStringLiteral("payment_refund"), order.personId,
                         {{QStringLiteral("order"), order.orderNo}, {QStringLiteral("reason"), reason}}))
        return storageError();
    return refundPaidOrder(services, order, reason, clerk.id);
}

ApiResult list(PlatformServices& services, const Session& session)
{
    const auto orders = PaymentLedger(services.db).ofPerson(session.personId);
    if (!orders)
        return storageError();
    const QDate today = QDate::currentDate();
    QJsonArray array;
    for (const auto& order : *orders) {
        QJsonObject json = order.json();
        // What a clerk may still refund today (payments::RefundRules): the terminal offers only these.
        json.insert(QStringLiteral("refundable"), RefundRules::refundable(order.status, order.year, today));
        array.append(json);
    }
    return ApiResult::ok(
        {{QStringLiteral("orders"), array},
         {QStringLiteral("refundReasons"), QJsonArray::fromStringList(RefundRules::reasons())}});
}

} // namespace

void registerPaymentsApi(Router& router, PlatformServices& services)
{
    const auto terminal = Router::Access::Terminal;
    router.add(
        Method::Get, QStringLiteral("/api/v1/me/payments/items"), terminal,
        forCitizen(services, [&services](RequestContext&, const Session& s) { return items(services, s); }));
    router.add(Method::Post, QStringLiteral("/api/v1/me/payments/orders"), terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return createOrder(services, c, s);
               }));
    router.add(Method::Get, QStringLiteral("/api/v1/me/payments/orders/{orderNo}"), terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return queryOrder(services, c, s);
               }));
    router.add(Method::Post, QStringLiteral("/api/v1/me/payments/orders/{orderNo}/payment-code"), terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return payWithCode(services, c, s);
               }));
    router.add(Method::Post, QStringLiteral("/api/v1/me/payments/orders/{orderNo}/refund"), terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return refund(services, c, s);
               }));
    router.add(
        Method::Get, QStringLiteral("/api/v1/me/payments"), terminal,
        forCitizen(services, [&services](RequestContext&, const Session& s) { return list(services, s); }));
}

} // namespace ssc::platform
