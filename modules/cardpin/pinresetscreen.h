#pragma once

#include "moduleapi/cardwork.h"
#include "moduleapi/citizenconfirmation.h"
#include "moduleapi/servicemodule.h"
#include "pinresetflow.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedLayout;

namespace ssc {

class CustomerPinPad;
class NoticeBanner;
class ResultPage;

// 密码解锁和重置 at a counter (PinResetFlow): the clerk's screen says each step and what to ask of the
// citizen; the citizen types the new PIN on the customer display (CustomerPinPad), never the clerk, and shows
// their own e-card code on the scanner (handed here by the shell as a CitizenConfirmation). The card in the
// reader is this screen's while it is open (CardWork): the shell does not ask for its PIN.
class PinResetScreen : public QWidget, public CitizenConfirmation, public CardWork {
    Q_OBJECT
public:
    explicit PinResetScreen(const ModuleContext& context, QWidget* parent = nullptr);
    ~PinResetScreen() override;

    PinResetFlow* flow() const { return m_flow.get(); } // null without a card reader or platform
    CustomerPinPad* customerDisplay() const { return m_customer.get(); }
    NoticeBanner* notice() const { return m_notice; }
    ResultPage* result() const { return m_result; }

    bool awaitingConfirmation() const override;
    void confirmWithCode(const QString& code) override;
    void confirmWithCard(const QJsonObject& cardProof) override;
    void confirmationFailed() override;
    bool worksOnCard() const override { return true; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void follow(PinResetFlow::State state);
    void showStep(PinResetFlow::State state);
    void showResult(PinResetFlow::State state);
    void askCustomer(PinResetFlow::State state);
    void retranslate();

    ModuleContext m_context;
    std::unique_ptr<PinResetFlow> m_flow;
    std::unique_ptr<CustomerPinPad> m_customer;
    bool m_cardWasInAtStart = false;
    QStackedLayout* m_pages;
    QWidget* m_stepPage;
    QPushButton* m_back;
    QLabel* m_title;
    QLabel* m_steps;
    NoticeBanner* m_notice;
    QPushButton* m_startAgain;
    ResultPage* m_result;
};

} // namespace ssc
