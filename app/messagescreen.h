#pragma once

#include "moduleapi/designsystem.h"

#include <QWidget>

#include <functional>

class QBoxLayout;
class QLabel;
class QPushButton;
class QSvgWidget;

namespace ssc {

// A full screen message in the product's look: identification in progress, or a refusal with what happened,
// why, and what to do next (never a grey dialog in front of a citizen).
class MessageScreen : public QWidget {
    Q_OBJECT
public:
    explicit MessageScreen(QWidget* parent = nullptr);

    void showProgress(const QString& title);
    // A refusal is an error by default (it did not work); a step still to be taken first (log in, identify
    // the applicant) is said in the info tone, so it does not look like a failure.
    void showRefusal(const QString& title, const QString& message, const QString& advice,
                     design::Tone tone = design::Tone::Error);
    // The same in the terminal's own words, asked for again when the language changes while it is shown.
    using Words = std::function<QString()>;
    void showRefusal(Words title, Words message, Words advice, design::Tone tone = design::Tone::Error);
    // A way on besides going back to the start (a refusal that can be undone here), as the primary button;
    // an empty label withdraws it. Shown until the next showProgress() or showRefusal().
    void offerAction(const QString& label);
    // The way back to the start is the step itself ("Try again": the start screen takes a code or a card
    // again) rather than a retreat; until the next showProgress() or showRefusal().
    void offerTryAgain(bool tryAgain);
    QPushButton* dismissButton() const { return m_ok; }
    design::Tone tone() const { return m_tone; } // the refusal's, Info while showing progress
    QPushButton* actionButton() const { return m_action; }
    QString title() const;
    QString message() const;
    QString advice() const;

signals:
    void dismissed();
    void actionChosen();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void arrangeButtons(); // side by side where both fit beside each other, else one above the other

    QSvgWidget* m_icon;
    QLabel* m_title;
    QLabel* m_message;
    QLabel* m_advice;
    QPushButton* m_ok;
    QPushButton* m_action;
    QBoxLayout* m_buttons = nullptr;
    bool m_tryAgain = false;
    Words m_titleWords, m_messageWords, m_adviceWords; // set: the refusal follows the language
    design::Tone m_tone = design::Tone::Info;
};

} // namespace ssc
