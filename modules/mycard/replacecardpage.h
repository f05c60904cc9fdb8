#pragma once

#include "cardservices/replacementrules.h"
#include "cardtaskframe.h"
#include "domain/card.h"
#include "moduleapi/servicemodule.h"

#include <QByteArray>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace ssc {

class ChoiceButtons;
class DocumentActions;
class NoticeBanner;
class ResultPage;

// Applying for a replacement card (补换卡) from "My social security card" (docs/card-services.md, "Replace
// the card"), at a kiosk or a counter: why (the reasons the card's status allows), the fee for that reason
// before anything is filed, the application filed by the platform, and the receipt with where the card is
// collected. One idempotency key for the page: "Try again" after no answer files once.
class ReplaceCardPage : public QWidget {
    Q_OBJECT
public:
    ReplaceCardPage(const ModuleContext& context, const Card& card, QWidget* parent = nullptr);

    bool showingResult() const;
    ChoiceButtons* reasons() const { return m_reasons; }
    NoticeBanner* fee() const { return m_fee; }
    NoticeBanner* problem() const { return m_problem; }
    const Card& card() const { return m_card; }
    QPushButton* confirmButton() const { return m_frame.confirm; }
    ResultPage* result() const { return m_frame.result; }
    DocumentActions* receipt() const { return m_frame.receipt; }
    QPushButton* reportLostButton() const { return m_reportLost; }

signals:
    void backRequested();
    void homeRequested();
    // A card in use that was lost is reported lost first (nobody can use it while the new one is made).
    void reportLostRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void confirm();
    void retranslate();
    QList<ReplacementReason> offered() const; // the reasons this card's status allows

    ModuleContext m_context;
    Card m_card;
    QByteArray m_key;
    bool m_sending = false;
    bool m_failed = false;
    bool m_settled = false;             // refused for how the card stands: another try cannot change that
    std::function<QString()> m_failure; // the platform's words, in the language of the moment
    QString m_receipt;
    int m_feeFen = 0; // as the platform filed it
    QLabel* m_cardLine;
    QLabel* m_why;
    QPushButton* m_reportLost; // only for a card in use: a lost one is reported lost before it is replaced
    QWidget* m_whyRow;         // the card and the question, and beside them the way to report a loss first
    ChoiceButtons* m_reasons;
    NoticeBanner* m_fee;
    NoticeBanner* m_problem;
    CardTaskFrame m_frame;
};

} // namespace ssc
