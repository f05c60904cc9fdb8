#include "paymentledger.h"

#include "storage/database.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace ssc::platform {
namespace {

const QString columns = QStringLiteral(
    "order_no, person_id, item, year, amount_fen, terminal_id, status, qr_code, created_at, expires_at, "
    "paid_at, transaction_id, paid_by, verification_code, refunded_at, region_code");
// Where the columns a joined statement adds after those begin.
const int joinedColumn = 16;

// The columns above, each named by the orders' alias "o" (for statements that join another table).
QString prefixedColumns()
{
    QStringList named;
    for (const QString& column : columns.split(QStringLiteral(", ")))
        named.append(QStringLiteral("o.") + column);
    return named.join(QStringLiteral(", "));
}

PaymentLedger::Order orderFrom(const QSqlQuery& q)
{
    PaymentLedger::Order o;
    o.orderNo = q.value(0).toString();
    o.personId = q.value(1).toLongLong();
    o.item = q.value(2).toString();
    o.year = q.value(3).toInt();
    o.amountFen = q.value(4).toLongLong();
    o.terminalId = q.value(5).toString();
    o.status = q.value(6).toString();
    o.qrCode = q.value(7).toString();
    o.createdAt = q.value(8).toLongLong();
    o.expiresAt = q.value(9).toLongLong();
    o.paidAt = q.value(10).toLongLong();
    o.transactionId = q.value(11).toString();
    o.paidBy = q.value(12).toString();
    o.verificationCode = q.value(13).toString();
    o.refundedAt = q.value(14).toLongLong();
    o.regionCode = q.value(15).toString();
    return o;
}

QString randomHex(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    for (char& c : random)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(random.toHex().toUpper());
}

} // namespace

QJsonObject PaymentLedger::Order::json() const
{
    QJsonObject o{{QStringLiteral("orderNo"), orderNo},    {QStringLiteral("item"), item},
                  {QStringLiteral("year"), year},          {QStringLiteral("amountFen"), amountFen},
                  {QStringLiteral("status"), status},      {QStringLiteral("createdAt"), createdAt},
                  {QStringLiteral("expiresAt"), expiresAt}};
    if (status == u"awaiting")
        o.insert(QStringLiteral("qrCode"), qrCode);
    if (paidAt > 0) {
        o.insert(QStringLiteral("paidAt"), paidAt);
        o.insert(QStringLiteral("paidBy"), paidBy);
        o.insert(QStringLiteral("transactionId"), transactionId);
        o.insert(QStringLiteral("verificationCode"), verificationCode);
    }
    if (refundedAt > 0) {
        o.insert(QStringLiteral("refundedAt"), refundedAt);
        o.insert(QStringLiteral("refundNo"), refundNo());
    }
    return o;
}

std::optional<PaymentLedger::Order> PaymentLedger::findWhere(const QString& condition,
                                                             const QVariantList& values)
{
    auto q =
        m_db.run(QStringLiteral("SELECT %1 FROM payment_orders WHERE %2").arg(columns, condition), values);
    if (!q)
        return std::nullopt;
    Order found = q->next() ? orderFrom(*q) : Order{};
    q->finish();
    return found;
}

std::optional<PaymentLedger::Order> PaymentLedger::find(const QString& orderNo)
{
    return findWhere(QStringLiteral("order_no = ?"), {orderNo});
}

std::optional<PaymentLedger::Order> PaymentLedger::byIdempotencyKey(const QString& terminalId,
                                                                    const QString& key)
{
    return findWhere(QStringLiteral("terminal_id = ? AND idempotency_key = ?"), {terminalId, key});
}

std::optional<std::pair<PaymentLedger::Order, QString>> PaymentLedger::byVerificationCode(const QString& code)
{
    // One statement: the order and its payer's name together.
    auto q =
        m_db.run(QStringLiteral("SELECT %1, p.name FROM payment_orders o JOIN people p ON p.id = o.person_id "
                                "WHERE o.verification_code = ?")
                     .arg(prefixedColumns()),
                 {code});
    if (!q)
        return std::nullopt;
    std::pair<Order, QString> found;
    if (q->next()) {
        found.first = orderFrom(*q);
        found.second = q->value(joinedColumn).toString();
    }
    q->finish();
    return found;
}

std::optional<PaymentLedger::Order> PaymentLedger::paidFor(qint64 personId, const QString& item, int year)
{
    return findWhere(
        QStringLiteral("order_no = (SELECT order_no FROM resident_contributions WHERE person_id = ? "
                       "AND item = ? AND year = ?)"),
        {personId, item, year});
}

std::optional<QList<PaymentLedger::Order>> PaymentLedger::ofPerson(qint64 personId)
{
    auto q =
        m_db.run(QStringLiteral("SELECT %1 FROM payment_orders WHERE person_id = ? ORDER BY created_at DESC")
                     .arg(columns),
                 {personId});
    if (!q)
        return std::nullopt;
    QList<Order> orders;
    while (q->next())
        orders.append(orderFrom(*q));
    return orders;
}

std::optional<QList<PaymentLedger::HallOrder>> PaymentLedger::hallOrders(const QString& condition,
                                                                         const QVariantList& values)
{
    // Halls as the fleet counts them (fleet/fleetstore.cpp): the terminals registered without one are one
    // hall.
    auto q =
        m_db.run(QStringLiteral(
                     "SELECT %1, p.name, t.name FROM payment_orders o JOIN people p ON p.id = o.person_id "
                     "JOIN terminals t ON t.id = o.terminal_id WHERE COALESCE(t.hall, '') = (SELECT "
                     "COALESCE(h.hall, '') FROM terminals h WHERE h.id = ?) AND %2 ORDER BY o.paid_at DESC, "
                     "o.order_no")
                     .arg(prefixedColumns(), condition),
                 values);
    if (!q)
        return std::nullopt;
    QList<HallOrder> orders;
    while (q->next())
        orders.append(
            {orderFrom(*q), q->value(joinedColumn).toString(), q->value(joinedColumn + 1).toString()});
    return orders;
}

std::optional<QList<PaymentLedger::HallOrder>> PaymentLedger::paidTwiceInHall(const QString& terminalId)
{
    return hallOrders(QStringLiteral("o.status = 'paid-twice'"), {terminalId});
}

std::optional<PaymentLedger::HallOrder> PaymentLedger::inHall(const QString& terminalId,
                                                              const QString& orderNo)
{
    const auto found = hallOrders(QStringLiteral("o.order_no = ?"), {terminalId, orderNo});
    if (!found)
        return std::nullopt;
    return found->isEmpty() ? HallOrder{} : found->first();
}

QString PaymentLedger::newOrderNo(qint64 nowMs)
{
    return QStringLiteral("P%1-%2").arg(
        QDateTime::fromMSecsSinceEpoch(nowMs).toString(QStringLiteral("yyyyMMdd")), randomHex(6));
}

bool PaymentLedger::insert(const Order& o, const QString& idempotencyKey)
{
    return m_db
        .run(QStringLiteral(
                 "INSERT INTO payment_orders (order_no, person_id, item, year, amount_fen, region_code, "
                 "terminal_id, idempotency_key, status, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, "
                 "?, ?, 'creating', ?, ?)"),
             {o.orderNo, o.personId, o.item, o.year, o.amountFen, o.regionCode, o.terminalId, idempotencyKey,
              o.createdAt, o.expiresAt})
        .has_value();
}

bool PaymentLedger::issued(const QString& orderNo, const QString& qrCode)
{
    return m_db
        .run(QStringLiteral(
                 "UPDATE payment_orders SET status = 'awaiting', qr_code = ? WHERE order_no = ? AND "
                 "status = 'creating'"),
             {qrCode, orderNo})
        .has_value();
}

PaymentLedger::Recorded PaymentLedger::recordPaid(const QString& orderNo, const QString& transactionId,
                                                  qint64 amountFen, qint64 paidAt, const QString& paidBy)
{
    Transaction transaction(m_db);
    const auto order = find(orderNo);
    if (!transaction.ok() || !order)
        return Recorded::StorageFailed;
    if (order->orderNo.isEmpty())
        return Recorded::Unknown;
    if (order->paid() || order->status == u"refunded")
        return Recorded::AlreadyRecorded;
    if (order->amountFen != amountFen)
        return Recorded::AmountMismatch; // never recorded: the acquirer took another amount than was asked
    const auto earlier = paidFor(order->personId, order->item, order->year);
    if (!earlier)
        return Recorded::StorageFailed;
    const bool twice = !earlier->orderNo.isEmpty();
    if (!twice &&
        !m_db.run(QStringLiteral("INSERT INTO resident_contributions (person_id, item, year, amount_fen, "
                                 "order_no, paid_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  {order->personId, order->item, order->year, amountFen, orderNo, paidAt}))
        return Recorded::StorageFailed;
    auto update = m_db.run(
        QStringLiteral(
            "UPDATE payment_orders SET status = ?, paid_at = ?, transaction_id = ?, paid_by = ?, "
            "verification_code = ? WHERE order_no = ? AND status IN ('creating', 'awaiting', 'expired')"),
        {twice ? QStringLiteral("paid-twice") : QStringLiteral("paid"), paidAt, transactionId, paidBy,
         randomHex(8), orderNo});
    if (!update || update->numRowsAffected() != 1 || !transaction.commit())
        return Recorded::StorageFailed;
    return twice ? Recorded::PaidTwice : Recorded::Recorded;
}

bool PaymentLedger::expire(const QString& orderNo)
{
    return m_db
        .run(QStringLiteral("UPDATE payment_orders SET status = 'expired' WHERE order_no = ? AND status IN "
                            "('creating', 'awaiting')"),
             {orderNo})
        .has_value();
}

bool PaymentLedger::refunded(const QString& orderNo, const QString& reason, qint64 staffId, qint64 nowMs)
{
    Transaction transaction(m_db);
    const auto order = find(orderNo);
    if (!transaction.ok() || !order || !order->paid())
        return false;
    auto removed =
        m_db.run(QStringLiteral("DELETE FROM resident_contributions WHERE order_no = ?"), {orderNo});
    if (!removed ||
        !m_db.run(QStringLiteral("UPDATE payment_orders SET status = 'refunded', refunded_at = ?, "
                                 "refund_reason = ?, refund_staff_id = ? WHERE order_no = ?"),
                  {nowMs, reason, staffId, orderNo}))
        return false;
    if (removed->numRowsAffected() == 1) {
        // The refunded order had paid the year: another that paid it twice now stands for it.
        const auto other = findWhere(QStringLiteral("person_id = ? AND item = ? AND year = ? AND status = "
                                                    "'paid-twice' ORDER BY paid_at"),
                                     {order->personId, order->item, order->year});
        if (!other)
            return false;
        if (!other->orderNo.isEmpty() &&
            (!m_db.run(
                 QStringLiteral("INSERT INTO resident_contributions (person_id, item, year, amount_fen, "
                                "order_no, paid_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {other->personId, other->item, other->year, other->amountFen, other->orderNo,
                  other->paidAt}) ||
             !m_db.run(QStringLiteral("UPDATE payment_orders SET status = 'paid' WHERE order_no = ?"),
                       {other->orderNo})))
            return false;
    }
    return transaction.commit();
}

} // namespace ssc::platform
