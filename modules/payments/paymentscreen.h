#pragma once

#include "moduleapi/servicemodule.h"
#include "paymentcodetaker.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedLayout;
class QTimer;

namespace ssc {

class ChoiceButtons;
class DocumentActions;
class InErrorRefunds;
class NoticeBanner;
class PaymentFlow;
class PaymentQrPage;
class ResultPage;
class ScrollPage;

// 缴费: a resident pays this year's residents' pension (a grade they choose) or medical insurance
// contribution (docs/payments.md). One thing per page: choose what and how much; scan the QR with the e-card
// app (or show its payment code to the scanner) while the terminal waits for the platform's word; the
// receipt, or what went wrong and that nothing was charged.
class PaymentScreen : public QWidget, public PaymentCodeTaker {
    Q_OBJECT
public:
    explicit PaymentScreen(const ModuleContext& context, QWidget* parent = nullptr);
    ~PaymentScreen() override;

    PaymentFlow& flow() const { return *m_flow; }
    ChoiceButtons* itemChoice() const { return m_items; }
    ChoiceButtons* amountChoice() const { return m_amounts; }
    QPushButton* payButton() const { return m_pay; }
    PaymentQrPage* qrPage() const { return m_qrPage; }
    ResultPage* resultPage() const { return m_result; }
    NoticeBanner* notice() const { return m_notice; }

    bool takesPaymentCode(const QString& text) const override;
    void takePaymentCode(const QString& text) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void follow();
    void showChoices();
    void showRefunds();
    void showResult();
    void showClosed();
    bool closedForGood() const; // nothing can be paid here and no refund is owed: the page says where instead
    void chooseItem(const QString& key);
    void revealAmounts();
    void pay();
    void retranslate();
    QString itemLabel(const QString& key) const;      // the item, its year, and its one amount if it has one
    QString itemName(const QJsonObject& order) const; // the item and the year the order pays
    qint64 chosenAmount() const;

    ModuleContext m_context;
    PaymentFlow* m_flow;
    QLabel* m_title;
    QPushButton* m_back;
    QLabel* m_intro;
    QLabel* m_itemsLabel;
    ChoiceButtons* m_items;
    QLabel* m_amountsLabel;
    ChoiceButtons* m_amounts;
    NoticeBanner* m_notice;
    QWidget* m_refunds;        // a counter: one banner for each order that paid a year twice
    InErrorRefunds* m_inError; // a counter: the orders paid once that may be refunded, paid in error
    QString m_confirmingRefund;
    ScrollPage* m_chooseScroll = nullptr; // the choices above the pinned pay button // the order the clerk
                                          // tapped "Refund" on, asked once more before it goes
    QPushButton* m_pay;
    PaymentQrPage* m_qrPage;
    ResultPage* m_result;
    DocumentActions* m_receipt;
    QStackedLayout* m_pages;
    QTimer* m_clock;            // the QR page's time left, each second
    bool m_closedShown = false; // the result page says payments are closed, not how a payment ended
};

} // namespace ssc
