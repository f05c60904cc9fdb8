#pragma once

#include "cardissueflow.h"
#include "cardtaskframe.h"
#include "moduleapi/cardwork.h"
#include "moduleapi/servicemodule.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

namespace ssc {

class CustomerPinPad;
class NoticeBanner;

// 即时制卡 at a counter (CardIssueFlow; docs/card-services.md, "Replace the card"): the clerk's screen finds
// the citizen's replacement under way, shows its reason and fee, and says each step and what to ask of the
// citizen, who chooses the new card's PIN on the customer display (CustomerPinPad), never the clerk. The card
// in the reader is this screen's while it is open (CardWork), and the citizen's session stays while their old
// card is out of the reader.
class CardIssueScreen : public QWidget, public CardWork {
    Q_OBJECT
public:
    explicit CardIssueScreen(const ModuleContext& context, QWidget* parent = nullptr);
    ~CardIssueScreen() override;

    CardIssueFlow* flow() const { return m_flow.get(); } // null until the clerk starts
    CustomerPinPad* customerDisplay() const { return m_customer.get(); }
    NoticeBanner* notice() const { return m_notice; }
    QPushButton* startButton() const { return m_frame.confirm; }
    ResultPage* result() const { return m_frame.result; }
    QString receipt() const { return m_replacement ? m_replacement->receipt : QString(); }
    bool lookingUp() const { return m_looking; } // the citizen's replacement is being looked up

    bool worksOnCard() const override { return true; }

protected:
    void changeEvent(QEvent* event) override;

private:
    bool busy() const; // the platform or the card at work: the clerk waits
    void findReplacement();
    void replacementFound(const PlatformResult& result, const std::optional<CardReplacementState>& state);
    void start();
    void follow(CardIssueFlow::State state);
    void showSteps();
    void showBeforeStart();
    void showResult();
    void askCustomer();
    QString whyItFailed() const;
    void retranslate();

    ModuleContext m_context;
    bool m_looking = false;
    PlatformResult m_lookup; // why no replacement was found, when the platform said
    std::optional<CardReplacementState> m_replacement;
    std::unique_ptr<CardIssueFlow> m_flow;
    std::unique_ptr<CustomerPinPad> m_customer;
    NoticeBanner* m_notice;
    QLabel* m_steps;
    CardTaskFrame m_frame;
};

} // namespace ssc
