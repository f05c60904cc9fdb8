#pragma once

#include "moduleapi/stafflistpage.h"

#include <QJsonArray>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace ssc {

// 待退款, at a counter, for a clerk with no citizen logged in (docs/payments.md, "Refunds"): the hall's
// orders paid twice, newest first, each with the citizen named masked, the item and year, the amount and when
// and where it was paid, and a refund button. Money leaves only after a second, deliberate step: the notice
// asks "Refund ¥X to 张*明? This cannot be undone" with "Yes, refund" and "Do not refund"; the answer shows
// the refund number. The platform decides who may refund, and refunds each order once.
class RefundsScreen : public StaffListPage {
    Q_OBJECT
public:
    explicit RefundsScreen(const ModuleContext& context, QWidget* parent = nullptr);

    bool loaded() const { return m_loaded; }
    int orderCount() const { return int(m_orders.size()); }
    int rowCount() const { return int(m_rowLabels.size()); }
    QString rowText(int index) const;
    QPushButton* rowButton(int index) const { return m_rowButtons.value(index); }
    QString refundNumber() const { return m_refundNo; } // of the last refund made here

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void rebuildRows();
    void retranslate();
    void ask(int index);
    void refund(QJsonObject order); // a copy: asking is over once it starts
    QString describe(const QJsonObject& order) const;
    static QString amountOf(const QJsonObject& order);

    QJsonArray m_orders;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_problem;
    QJsonObject m_confirming; // the order whose refund is being asked about
    QJsonObject m_refunded;   // the last order refunded, for the notice
    QString m_refundNo;
    QList<QLabel*> m_rowLabels;
    QList<QPushButton*> m_rowButtons;
};

} // namespace ssc
