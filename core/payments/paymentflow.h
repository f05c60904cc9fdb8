#pragma once

#include "platform/platformresult.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

namespace ssc {

class PlatformClient;

// Paying a resident contribution at the terminal (docs/payments.md), without widgets: what may be paid, the
// order and its QR, waiting for the acquirer's word (the platform asks it on every poll), the payment code
// staff scan, and the end. The terminal never decides that anything was paid: each state after Awaiting is
// what the platform answered.
class PaymentFlow : public QObject {
    Q_OBJECT
public:
    enum class State {
        Loading,   // asking what may be paid
        Choosing,  // items shown
        Creating,  // the order is being made
        Awaiting,  // the QR is shown; polling
        Paid,      // the platform recorded it
        PaidTwice, // paid, but the year was already paid: a clerk refunds it
        Expired,   // the time ran out unpaid: nothing charged
        Failed,    // the platform refused or did not answer (lastFailure says what)
        Refunded,  // a clerk refunded an order paid in error: order() is it, with its refund number
    };
    struct Item {
        QString key;
        QJsonObject name; // bilingual
        int year = 0;
        QList<qint64> gradesFen;
        bool paid = false;
        QJsonObject paidOrder;
        QJsonObject refusal; // bilingual; empty when the person may pay
    };

    explicit PaymentFlow(PlatformClient& platform, QObject* parent = nullptr);

    void load();
    // Orders `amountFen` of `item`: a new order each time it is called from Choosing; the same again (the
    // same Idempotency-Key) when called after a failure to make it, so a lost answer never makes two.
    void pay(const QString& item, qint64 amountFen);
    void retry();                                 // after Failed: the same order again
    void payWithCode(const QString& paymentCode); // 被扫: the code staff scanned from the citizen's phone
    void checkNow();
    void startOver(); // back to the items (an order left unpaid expires on its own)
    // A counter: the orders that paid a year twice, for the clerk to refund (loaded with the items), and
    // those paid once that the platform says may still be refunded, paid in error.
    void setCounter(bool counter) { m_counter = counter; }
    const QList<QJsonObject>& paidTwice() const { return m_paidTwice; }
    const QList<QJsonObject>& paidInError() const { return m_paidInError; }
    // The whole order, back to where it was paid from, for one of payments::RefundRules::reasons(): paid
    // twice, the items again; in error, the Refunded result.
    void refund(const QString& orderNo, const QString& reason = QStringLiteral("paid-twice"));

    State state() const { return m_state; }
    bool open() const { return m_open; } // false: the platform takes no payments now
    const QList<Item>& items() const { return m_items; }
    const QJsonObject& order() const { return m_order; }
    const PlatformResult& lastFailure() const { return m_failure; }
    // The payment code's refusal while the QR still waits (declined, not a code); empty when none.
    const PlatformResult& codeProblem() const { return m_codeProblem; }
    qint64 secondsLeft(qint64 nowMs) const;
    // Digits only, 16 to 24 of them: how the payment codes of e-card and bank apps look; never an e-card
    // code.
    static bool looksLikePaymentCode(const QString& text);

    static constexpr int pollMs = 2000;

signals:
    void changed();

private:
    void setState(State state);
    void applyOrder(const QJsonObject& order);
    void sendOrder();

    PlatformClient& m_platform;
    State m_state = State::Loading;
    bool m_open = false;
    QList<Item> m_items;
    QJsonObject m_order;
    QString m_item;
    qint64 m_amountFen = 0;
    QByteArray m_key;
    PlatformResult m_failure;
    PlatformResult m_codeProblem;
    QTimer m_poll;
    bool m_polling = false; // a poll is out: never two at once
    bool m_counter = false;
    QList<QJsonObject> m_paidTwice;
    QList<QJsonObject> m_paidInError;
    void loadRefundable();
};

} // namespace ssc
