#pragma once

#include <QJsonObject>
#include <QWidget>

#include <functional>

namespace ssc {

class PaymentFlow;

// At a counter with the citizen logged in (docs/payments.md, "Refunds"): their payments made once that the
// platform says may still be refunded, one banner each. Money leaves only on the third deliberate tap:
// "Refund (paid in error)", the reason from the fixed list (payments::RefundRules), then "Yes, refund" on
// the question that names the amount, the masked payer and the reason. The platform decides; this asks.
class InErrorRefunds : public QWidget {
    Q_OBJECT
public:
    using ItemName = std::function<QString(const QJsonObject& order)>;
    InErrorRefunds(PaymentFlow& flow, ItemName itemName, QWidget* parent = nullptr);

    // The banners again from the flow's list (after it changed, or the language); `payer` masked.
    void refresh(const QString& payer);
    // The words of one of payments::RefundRules::reasons() in the current language.
    static QString reasonText(const QString& reason);

signals:
    // The banner of the order being refunded (its reasons, or the question): the page brings it into view.
    void asking(QWidget* banner);

private:
    void addBanner(const QJsonObject& order, bool choosing);

    PaymentFlow& m_flow;
    ItemName m_itemName;
    QString m_payer;
    QString m_asking; // the order whose reasons are offered
    QString m_reason; // the reason chosen for it: the question before the money leaves
};

} // namespace ssc
