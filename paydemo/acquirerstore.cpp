#include "acquirerstore.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace ssc::paydemo {
namespace {

const char* const schema[] = {
    "CREATE TABLE IF NOT EXISTS orders (merchant_order_no TEXT PRIMARY KEY, amount_fen INTEGER NOT NULL, "
    "subject TEXT NOT NULL, notify_url TEXT NOT NULL, expires_at INTEGER NOT NULL, status TEXT NOT NULL, "
    "qr_code TEXT NOT NULL UNIQUE, transaction_id TEXT, paid_at INTEGER, paid_by TEXT, refunded_fen INTEGER "
    "NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, notify_due_at INTEGER, notify_attempts INTEGER NOT "
    "NULL DEFAULT 0, notified_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS refunds (refund_no TEXT PRIMARY KEY, merchant_order_no TEXT NOT NULL "
    "REFERENCES orders(merchant_order_no), amount_fen INTEGER NOT NULL, created_at INTEGER NOT NULL)",
};

const QString orderColumns = QStringLiteral(
    "merchant_order_no, amount_fen, subject, notify_url, expires_at, status, qr_code, transaction_id, "
    "paid_at, paid_by, refunded_fen, notified_at");

std::optional<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return std::nullopt;
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return std::nullopt;
    return q;
}

// 28 digits: the date, then random digits, as an acquirer's transaction numbers look.
QString newTransactionId(qint64 nowMs)
{
    QString digits = QDateTime::fromMSecsSinceEpoch(nowMs).toString(QStringLiteral("yyyyMMdd"));
    while (digits.size() < 28)
        digits.append(QChar(u'0' + QRandomGenerator::system()->bounded(10)));
    return digits;
}

} // namespace

QJsonObject AcquirerStore::Order::json() const
{
    QJsonObject o{{QStringLiteral("merchantOrderNo"), merchantOrderNo},
                  {QStringLiteral("amountFen"), amountFen},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("expiresAt"), expiresAt},
                  {QStringLiteral("qrCode"), qrCode},
                  {QStringLiteral("refundedFen"), refundedFen}};
    if (!transactionId.isEmpty()) {
        o.insert(QStringLiteral("transactionId"), transactionId);
        o.insert(QStringLiteral("paidAt"), paidAt);
        o.insert(QStringLiteral("paidBy"), paidBy);
    }
    if (notifiedAt > 0)
        o.insert(QStringLiteral("notifiedAt"), notifiedAt);
    return o;
}

std::unique_ptr<AcquirerStore> AcquirerStore::open(const QString& path, QString* error)
{
    auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("acquirer"));
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return nullptr;
    }
    // WAL, and a sync at checkpoints only: a demo acquirer, not a bank's ledger (every write would otherwise
    // wait for the disk, some 30 ms on a virtual machine).
    exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    for (const char* statement : schema)
        if (!exec(db, QString::fromLatin1(statement))) {
            *error = QStringLiteral("cannot create the acquirer's tables in %1").arg(path);
            return nullptr;
        }
    return std::unique_ptr<AcquirerStore>(new AcquirerStore(db));
}

AcquirerStore::~AcquirerStore()
{
    m_db.close();
}

std::optional<AcquirerStore::Order> AcquirerStore::findWhere(const QString& column, const QString& value,
                                                             qint64 nowMs)
{
    // An unpaid order past its expiry is closed: a cashier can no longer take it.
    exec(m_db,
         QStringLiteral("UPDATE orders SET status = 'CLOSED' WHERE %1 = ? AND status = 'NOTPAY' AND "
                        "expires_at <= ?")
             .arg(column),
         {value, nowMs});
    auto q =
        exec(m_db, QStringLiteral("SELECT %1 FROM orders WHERE %2 = ?").arg(orderColumns, column), {value});
    if (!q || !q->next())
        return std::nullopt;
    Order o;
    o.merchantOrderNo = q->value(0).toString();
    o.amountFen = q->value(1).toLongLong();
    o.subject = q->value(2).toString();
    o.notifyUrl = q->value(3).toString();
    o.expiresAt = q->value(4).toLongLong();
    o.status = q->value(5).toString();
    o.qrCode = q->value(6).toString();
    o.transactionId = q->value(7).toString();
    o.paidAt = q->value(8).toLongLong();
    o.paidBy = q->value(9).toString();
    o.refundedFen = q->value(10).toLongLong();
    o.notifiedAt = q->value(11).toLongLong();
    return o;
}

std::optional<AcquirerStore::Order> AcquirerStore::find(const QString& merchantOrderNo, qint64 nowMs)
{
    return findWhere(QStringLiteral("merchant_order_no"), merchantOrderNo, nowMs);
}

std::optional<AcquirerStore::Order> AcquirerStore::findByQrCode(const QString& qrCode, qint64 nowMs)
{
    return findWhere(QStringLiteral("qr_code"), qrCode, nowMs);
}

AcquirerStore::Outcome AcquirerStore::create(const Order& wanted, qint64 nowMs, Order* result)
{
    if (const auto existing = find(wanted.merchantOrderNo, nowMs)) {
        *result = *existing;
        return existing->amountFen == wanted.amountFen ? Outcome::Done : Outcome::Conflict;
    }
    const QString qr =
        QStringLiteral("https://pay.ecard.example/c/") + QUuid::createUuid().toString(QUuid::Id128);
    if (!exec(
            m_db,
            QStringLiteral("INSERT INTO orders (merchant_order_no, amount_fen, subject, notify_url, "
                           "expires_at, status, qr_code, created_at) VALUES (?, ?, ?, ?, ?, 'NOTPAY', ?, ?)"),
            {wanted.merchantOrderNo, wanted.amountFen, wanted.subject, wanted.notifyUrl, wanted.expiresAt, qr,
             nowMs}))
        return Outcome::StorageFailed;
    const auto made = find(wanted.merchantOrderNo, nowMs);
    if (!made)
        return Outcome::StorageFailed;
    *result = *made;
    return Outcome::Done;
}

AcquirerStore::Outcome AcquirerStore::pay(const QString& merchantOrderNo, const QString& paidBy, qint64 nowMs,
                                          Order* result)
{
    const auto before = find(merchantOrderNo, nowMs);
    if (!before)
        return Outcome::Unknown;
    *result = *before;
    if (before->status == u"CLOSED")
        return Outcome::Closed;
    if (before->status != u"NOTPAY")
        return Outcome::AlreadyPaid;
    auto q =
        exec(m_db,
             QStringLiteral("UPDATE orders SET status = 'SUCCESS', transaction_id = ?, paid_at = ?, paid_by "
                            "= ?, notify_due_at = ? WHERE merchant_order_no = ? AND status = 'NOTPAY'"),
             {newTransactionId(nowMs), nowMs, paidBy, nowMs, merchantOrderNo});
    if (!q)
        return Outcome::StorageFailed;
    const bool took = q->numRowsAffected() == 1;
    if (const auto after = find(merchantOrderNo, nowMs))
        *result = *after;
    return took ? Outcome::Done : Outcome::AlreadyPaid;
}

AcquirerStore::Outcome AcquirerStore::refund(const QString& merchantOrderNo, const QString& refundNo,
                                             qint64 amountFen, qint64 nowMs, Order* result)
{
    const auto order = find(merchantOrderNo, nowMs);
    if (!order)
        return Outcome::Unknown;
    *result = *order;
    auto known =
        exec(m_db, QStringLiteral("SELECT merchant_order_no, amount_fen FROM refunds WHERE refund_no = ?"),
             {refundNo});
    if (!known)
        return Outcome::StorageFailed;
    if (known->next())
        return known->value(0).toString() == merchantOrderNo && known->value(1).toLongLong() == amountFen
                   ? Outcome::Done
                   : Outcome::Conflict;
    if (order->status != u"SUCCESS" || amountFen != order->amountFen - order->refundedFen || amountFen <= 0)
        return Outcome::Conflict;
    if (!m_db.transaction())
        return Outcome::StorageFailed;
    const bool ok =
        exec(m_db,
             QStringLiteral("INSERT INTO refunds (refund_no, merchant_order_no, amount_fen, created_at) "
                            "VALUES (?, ?, ?, ?)"),
             {refundNo, merchantOrderNo, amountFen, nowMs}) &&
        exec(m_db,
             QStringLiteral("UPDATE orders SET status = 'REFUND', refunded_fen = refunded_fen + ? WHERE "
                            "merchant_order_no = ?"),
             {amountFen, merchantOrderNo});
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return Outcome::StorageFailed;
    }
    if (const auto after = find(merchantOrderNo, nowMs))
        *result = *after;
    return Outcome::Done;
}

QList<AcquirerStore::Notification> AcquirerStore::dueNotifications(qint64 nowMs, int limit)
{
    QList<Notification> due;
    auto q =
        exec(m_db,
             QStringLiteral("SELECT merchant_order_no, notify_attempts FROM orders WHERE notify_due_at <= ? "
                            "AND notified_at IS NULL ORDER BY notify_due_at LIMIT ?"),
             {nowMs, limit});
    if (!q)
        return due;
    QList<QPair<QString, int>> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toInt()});
    for (const auto& [number, attempts] : rows)
        if (const auto order = find(number, nowMs)) {
            QJsonObject body{{QStringLiteral("event"), QStringLiteral("payment.success")},
                             {QStringLiteral("merchantOrderNo"), order->merchantOrderNo},
                             {QStringLiteral("transactionId"), order->transactionId},
                             {QStringLiteral("amountFen"), order->amountFen},
                             {QStringLiteral("paidAt"), order->paidAt},
                             {QStringLiteral("paidBy"), order->paidBy}};
            due.append({order->merchantOrderNo, order->notifyUrl, body, attempts});
        }
    return due;
}

void AcquirerStore::notificationAcknowledged(const QString& merchantOrderNo, qint64 nowMs)
{
    exec(m_db, QStringLiteral("UPDATE orders SET notified_at = ? WHERE merchant_order_no = ?"),
         {nowMs, merchantOrderNo});
}

void AcquirerStore::notificationFailed(const QString& merchantOrderNo, qint64 nextTryAt)
{
    exec(m_db,
         QStringLiteral("UPDATE orders SET notify_attempts = notify_attempts + 1, notify_due_at = ? WHERE "
                        "merchant_order_no = ?"),
         {nextTryAt, merchantOrderNo});
}

} // namespace ssc::paydemo
