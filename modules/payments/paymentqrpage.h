#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace ssc {

class NoticeBanner;
class PaymentFlow;

// The order waiting to be paid: its QR, large, for the e-card app to scan (主扫), the three steps beside it,
// the other way (show the app's payment code to the scanner, 被扫), what is being paid, and the time left.
// Told plainly while it waits that nothing needs doing on the terminal.
class PaymentQrPage : public QWidget {
    Q_OBJECT
public:
    explicit PaymentQrPage(const PaymentFlow& flow, QWidget* parent = nullptr);
    void refresh(); // from the flow: the order, the time left, a payment code's refusal
    QPushButton* cancelButton() const { return m_cancel; }
    QString timeLeftText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    const PaymentFlow& m_flow;
    QString m_qrShown;
    QLabel* m_qr;
    QLabel* m_what;
    QLabel* m_steps;
    QLabel* m_timeLeft;
    NoticeBanner* m_codeProblem;
    QPushButton* m_cancel;
};

} // namespace ssc
