#pragma once

#include <QCoreApplication>
#include <QList>

class QLabel;
class QPushButton;
class QStackedLayout;
class QWidget;

namespace ssc {

class DocumentActions;
class ResultPage;
struct ModuleContext;

// What the card pages of "My social security card" share (report lost, apply for a new card): Back and the
// page's title above; the form, scrolled, with Cancel and its one primary action fixed under it, bottom right
// as on every form; and the result page in the form's place once done, with its receipt to print.
class ScrollPage;

class CardTaskFrame {
    Q_DECLARE_TR_FUNCTIONS(CardTaskFrame)
public:
    // Builds into `page` (its layout), the form made of `content` in order.
    CardTaskFrame(QWidget* page, const ModuleContext& context, const QList<QWidget*>& content,
                  const char* confirmName, const char* cancelName);

    // The result's headline says where one is and its buttons lead on: the header would only push them below
    // the fold in large type, so Back and the title go.
    void showResult();
    // Back to the form (a task tried again from its result).
    void showForm();
    bool showingResult() const;
    // Scrolls the form so `part` (one of its content) is whole in view, once its layout has settled: what a
    // choice just brought up (a fee) is seen before the primary action under the form is tapped.
    void bringIntoView(QWidget* part);
    // The way back to the cards once a task is done: "my" cards only when the person reads the screen; a
    // clerk or a visiting officer goes back to the cards of the person served.
    QString backToCardsText() const;
    // The receipt to take away, once the result shows (in the language of the moment: call it again on a
    // change): the task's title, the card (masked as on screen), the receipt number and what happens next.
    void offerReceipt(const QString& cardLine, const QString& receiptNumber);

    QLabel* const title;
    QPushButton* const back;
    QPushButton* const confirm;
    QPushButton* const cancel;
    ResultPage* const result;
    DocumentActions* const receipt; // print (at a counter, save) the result, in the result's row of actions

private:
    QStackedLayout* m_pages;
    ScrollPage* m_form; // the form's page, scrolled by finger or its buttons
    QWidget* m_actions; // Cancel and the primary action, under the form only
    bool m_personReads; // a kiosk: the person served reads the screen
};

} // namespace ssc
