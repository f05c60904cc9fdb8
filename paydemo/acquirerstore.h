#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ssc::paydemo {

// The demo acquirer's books (its own SQLite database, never the platform's): orders as merchants created
// them, their payments, refunds, and the notifications still owed to the merchant (docs/payments.md, "The
// payment service"). Every change is one statement guarded by the state it starts from, so a payment is taken
// once however often a cashier confirms or a payment code is scanned.
class AcquirerStore {
public:
    // Opens (creating) the database file; nullopt with *error set when it cannot.
    static std::unique_ptr<AcquirerStore> open(const QString& path, QString* error);
    ~AcquirerStore();

    struct Order {
        QString merchantOrderNo;
        qint64 amountFen = 0;
        QString subject;
        QString notifyUrl;
        qint64 expiresAt = 0;
        QString status; // NOTPAY | SUCCESS | CLOSED | REFUND
        QString qrCode;
        QString transactionId;
        qint64 paidAt = 0;
        QString paidBy; // cashier | payment-code
        qint64 refundedFen = 0;
        qint64 notifiedAt = 0;    // when the merchant acknowledged the notification (demo only: for tests)
        QJsonObject json() const; // as the interface answers it
    };
    enum class Outcome { Done, Unknown, Conflict, Closed, AlreadyPaid, StorageFailed };

    // Creates the order once: the same number again with the same amount answers the order as it is
    // (Done); with another amount Conflict.
    Outcome create(const Order& wanted, qint64 nowMs, Order* result);
    std::optional<Order> find(const QString& merchantOrderNo, qint64 nowMs);
    std::optional<Order> findByQrCode(const QString& qrCode, qint64 nowMs);
    // Takes the payment: Done once; AlreadyPaid after; Closed past the order's expiry.
    Outcome pay(const QString& merchantOrderNo, const QString& paidBy, qint64 nowMs, Order* result);
    // Refunds the whole order once per refund number (the same number again: Done, nothing moved twice).
    Outcome refund(const QString& merchantOrderNo, const QString& refundNo, qint64 amountFen, qint64 nowMs,
                   Order* result);

    struct Notification {
        QString merchantOrderNo;
        QString notifyUrl;
        QJsonObject body;
        int attempts = 0;
    };
    // Paid orders whose merchant has not yet acknowledged the notification and whose next try is due.
    QList<Notification> dueNotifications(qint64 nowMs, int limit = 20);
    void notificationAcknowledged(const QString& merchantOrderNo, qint64 nowMs);
    void notificationFailed(const QString& merchantOrderNo, qint64 nextTryAt);

private:
    explicit AcquirerStore(QSqlDatabase db) : m_db(std::move(db)) {}
    std::optional<Order> findWhere(const QString& column, const QString& value, qint64 nowMs);
    QSqlDatabase m_db;
};

} // namespace ssc::paydemo
