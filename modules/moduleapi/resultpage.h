#pragma once

#include "designsystem.h"

#include <QWidget>

class QHBoxLayout;
class QGridLayout;
class QLabel;
class QVBoxLayout;
class QPushButton;

namespace ssc {

class ScrollPage;

// How a service ends (GOV.UK's confirmation page, EXPERIENCE.md question 3): the tone's icon and a headline
// that says plainly whether it worked, what happens next and when, the receipt number grouped for reading
// aloud and large with its QR code beside it (the phone's camera keeps the number: nothing to copy by hand,
// and the code holds the number only, no person data), and the ways on — print the receipt (the screen's
// DocumentActions, placed in actionsRow()), the next likely service, Home. A failure looks like a failure:
// its own icon, colour and words, and what to do now. The words scroll where they are taller than the page
// (ScrollPage, inside this page: put a ResultPage in no scroll area); the ways on never leave the screen.
class ResultPage : public QWidget {
    Q_OBJECT
public:
    explicit ResultPage(QWidget* parent = nullptr);

    void showResult(design::Tone tone, const QString& headline, const QString& next,
                    const QString& receiptNumber = {});
    // What the receipt number is called and what it is for, where the default (a case to ask about later) is
    // not right; empty: the default.
    void setReceiptLabel(const QString& label);
    // Whether the receipt's QR code is offered: at a kiosk, where the person holds the phone; not on a
    // counter clerk's screen, which faces away from the citizen (the clerk prints the receipt instead).
    void setReceiptQrOffered(bool offered);
    // The next likely service, offered beside Home; an empty label hides it. Leading: it is the way on (a
    // refusal that leads into what comes first), drawn as the primary action in the primary's place (last)
    // and Home before it.
    void offerNextService(const QString& label, bool leading = false);

    design::Tone tone() const { return m_tone; }
    QString headline() const;
    QString nextText() const;
    QString receiptShown() const; // as shown: grouped
    // What the receipt's QR code says (the number, named in the language of the moment); empty without one.
    QString receiptQrText() const;
    const QLabel* receiptQr() const { return m_receiptQr; }
    QHBoxLayout* actionsRow() const { return m_actions; }
    QPushButton* homeButton() const { return m_home; }
    QPushButton* nextServiceButton() const { return m_nextService; }

signals:
    void homeRequested();
    void nextServiceRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void drawReceiptQr();
    void placeActions();
    bool receiptFitsBesideQr() const; // the number in one line with the QR code at its right
    void placeReceiptQr(bool beside); // the QR code beside the receipt's words, or under the number
    void placeWays();
    void placeNext(bool afterReceipt);           // what happens next: beside the icon, or under the receipt
    static bool offersATap(const QWidget* part); // a button shown in it (or it is one)

    design::Tone m_tone = design::Tone::Info;
    QLabel* m_icon;
    QLabel* m_headline;
    QLabel* m_next;
    QWidget* m_receiptBox;
    QGridLayout* m_receiptLayout;
    bool m_receiptQrBeside = false;
    QLabel* m_receiptLabel;
    QString m_customReceiptLabel;
    QLabel* m_receipt;
    QString m_receiptNumber; // as the platform wrote it, for the QR code
    QLabel* m_receiptQr;
    QLabel* m_receiptQrHint;
    bool m_receiptQrOffered = true;
    QHBoxLayout* m_actions;
    QWidget* m_body; // the icon, the words and the receipt: scrolled where they do not fit
    QVBoxLayout* m_bodyLayout;
    QVBoxLayout* m_words; // beside the icon: the headline, and what happens next where there is no receipt
    ScrollPage* m_scroll; // m_body, with the page buttons; the ways on stay under it, never scrolled away
    QVBoxLayout* m_layout;
    QHBoxLayout* m_ways;             // the actions (where they fit beside), then the next service and Home
    QHBoxLayout* m_actionsAbove;     // the actions where they do not: a row of their own above the ways
    QHBoxLayout* m_actionsWithWords; // a row with nothing to tap (a lone note): under the receipt, scrolled
    enum class ActionsPlace { Beside, Above, WithTheWords };
    ActionsPlace m_actionsPlace = ActionsPlace::Beside;
    QPushButton* m_nextService;
    QPushButton* m_home;
};

} // namespace ssc
