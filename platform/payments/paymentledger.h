#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ssc::platform {

class Database;

// The platform's books of resident contributions paid at halls (docs/payments.md, "Exactly once"): each
// order as a terminal asked for it, and the contribution it paid. A payment is recorded in one transaction
// that both marks the order paid and adds the contribution, guarded by the order's state, so a notification
// that arrives twice, late, or after the terminal's own query records it once. A second order that pays a
// year already paid is kept as "paid twice", for a clerk to refund.
class PaymentLedger {
public:
    explicit PaymentLedger(Database& db) : m_db(db) {}

    struct Order {
        QString orderNo;
        qint64 personId = 0;
        QString item; // ResidentContributions::key
        int year = 0;
        qint64 amountFen = 0;
        QString regionCode; // whose table the amount was chosen from ("": the province's)
        QString terminalId;
        // creating (asked of the acquirer) | awaiting (QR issued) | paid | paid-twice | expired | refunded
        QString status;
        QString qrCode;
        qint64 createdAt = 0;
        qint64 expiresAt = 0;
        qint64 paidAt = 0;
        QString transactionId;
        QString paidBy; // cashier | payment-code
        QString verificationCode;
        qint64 refundedAt = 0;
        bool settled() const { return status != u"creating" && status != u"awaiting"; }
        bool paid() const { return status == u"paid" || status == u"paid-twice"; }
        // The one refund number the acquirer knows this order's refund by, however often it is asked.
        QString refundNo() const { return orderNo + QStringLiteral("-R"); }
        QJsonObject json() const; // as GET /me/payments/orders/{orderNo} answers it
    };

    // Storage failed: nullopt. Not there: an Order with an empty orderNo.
    std::optional<Order> find(const QString& orderNo);
    std::optional<Order> byIdempotencyKey(const QString& terminalId, const QString& key);
    // The order a receipt's verification code names, with the payer's name (as on file, unmasked).
    std::optional<std::pair<Order, QString>> byVerificationCode(const QString& code);
    std::optional<QList<Order>> ofPerson(qint64 personId);
    // The order paying this person's item for that year, if one is paid (storage failed: nullopt).
    std::optional<Order> paidFor(qint64 personId, const QString& item, int year);

    // An order made at a terminal of the hall this terminal stands in (the terminals registered without a
    // hall count as one, as in the fleet), with whom it is for and where it was made: what a clerk's list of
    // refunds shows.
    struct HallOrder {
        Order order;
        QString payerName; // as on file: the caller masks it
        QString terminalName;
    };
    // The hall's orders paid twice, newest first (a clerk's refunds to make).
    std::optional<QList<HallOrder>> paidTwiceInHall(const QString& terminalId);
    // That order, when it was made in the hall (storage failed: nullopt; not in the hall: an empty orderNo).
    std::optional<HallOrder> inHall(const QString& terminalId, const QString& orderNo);

    static QString newOrderNo(qint64 nowMs);
    bool insert(const Order& order, const QString& idempotencyKey);
    bool issued(const QString& orderNo, const QString& qrCode);

    enum class Recorded { Recorded, AlreadyRecorded, PaidTwice, AmountMismatch, Unknown, StorageFailed };
    Recorded recordPaid(const QString& orderNo, const QString& transactionId, qint64 amountFen, qint64 paidAt,
                        const QString& paidBy);
    bool expire(const QString& orderNo);
    // The acquirer has refunded the order: it is marked refunded, its contribution (if it paid one) removed,
    // and another order of the same year that was paid twice takes its place.
    bool refunded(const QString& orderNo, const QString& reason, qint64 staffId, qint64 nowMs);

private:
    std::optional<Order> findWhere(const QString& condition, const QVariantList& values);
    std::optional<QList<HallOrder>> hallOrders(const QString& condition, const QVariantList& values);
    Database& m_db;
};

} // namespace ssc::platform
