#pragma once

#include "answersummary.h"
#include "forms/formstate.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ssc {

class ChoiceButtons;
class NoticeBanner;
class OnScreenKeyboard;
class ScrollPage;

// A FormState on screen, one step at a time: a choice is a row of large buttons (never typing where a list
// exists), a date a calendar picker, yes/no two buttons, text and numbers a field; what is wrong is said
// under the field in words. After the last step, the review ("check your answers"): a row per answer as it
// will be filed, each with "Change" (back to its step; Next then comes straight back to the review), the
// applicant's commitment to tick, and Submit, never greyed: tapped too soon, it says why beside the tick box.
// The form itself (rules, values, the idempotency key) is FormState's.
class FormView : public QWidget {
    Q_OBJECT
public:
    // customEditor draws the fields FormView cannot (evidence files); it answers null for the rest.
    using CustomEditor = std::function<QWidget*(const FormField&)>;
    explicit FormView(FormState& form, CustomEditor customEditor = {}, QWidget* parent = nullptr);
    ~FormView() override;

    void showStep();                                      // the form's current step, or the review
    void focusFirstField() { focusField({}); }            // for a keyboard at a counter
    void enter(const QString& key, const QString& value); // as a finger or the keyboard would
    bool next();
    void back();
    void acceptCommitment(bool accepted);
    // Submit tapped (or Return at the review): filed when ready, else what is missing said and focused.
    void trySubmit();
    // The review's "Change" on one answer: back to the step that asks it; Next returns to the review.
    void change(int step, const QString& key);
    QString problemText(const QString& key) const;
    const NoticeBanner* problemSummary() const { return m_problemSummary; }
    QString reviewText() const { return m_summary->text(); }
    const AnswerSummary* answerSummary() const { return m_summary; }
    QPushButton* submitButton() const { return m_submit; }
    // How the review shows a field FormView cannot word itself (evidence ids as file names); a null string:
    // FormView's own wording.
    using CustomDisplay = AnswerSummary::CustomDisplay;
    void setCustomDisplay(CustomDisplay display) { m_customDisplay = std::move(display); }
    // At a counter or on a visit the clerk fills the form and the citizen confirms the commitment with their
    // own code or card: the review says so instead of offering a tick box and Submit.
    void setCitizenConfirms(bool confirms);
    // What the review's last button says when the form is not filed ("See the estimate"); "Submit" else.
    void setSubmitLabel(const TranslatableText& label);
    // Kiosks: an on-screen keyboard while a text field has the focus (pinyin and letters for text, a number
    // pad for digits), docked over the bottom of the window, the field scrolled into view above it.
    void setOnScreenKeyboard(bool enabled);
    OnScreenKeyboard* onScreenKeyboard() const { return m_keyboard; }
    ScrollPage* scrollPage() const { return m_page; }

signals:
    void submitRequested();
    void cancelled(); // back from the first step
    void stepShown(); // a step (or the review) was drawn

protected:
    void changeEvent(QEvent* event) override;
    // Return or Enter anywhere on the form: the next step, or submitting at the review.
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched,
                     QEvent* event) override; // the window resized: the keyboard docks again
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* editorFor(const FormField& field);
    // Under a value on file, shown masked (the phone): what the stars are and that it may stay as it is.
    QLabel* onFileHint(const QString& key);
    QWidget* labelWithHelp(QLabel* label, const QString& key, const QString& help);
    void showProblems();
    void revealProblemSummary(); // after a Next refused: the summary scrolled into view
    static QString problemNames(const QStringList& questions); // "A, B and 3 more"
    void retranslate();
    QString stepHeading(const FormDefinition& d) const;
    // Keyboard focus on the first field of a step, or on the field after the one just chosen.
    void focusField(const QString& afterKey);
    void showKeyboard(QWidget* field);
    void hideKeyboard();
    void dockKeyboard();
    void revealField(QWidget* field);   // the field, its label and its problem in view
    void goToField(const QString& key); // focused (its first choice, for choices) and revealed
    void revealFollowingList(const QString& key);

    FormState& m_form;
    CustomEditor m_customEditor;
    CustomDisplay m_customDisplay;
    OnScreenKeyboard* m_keyboard = nullptr; // a child of the window while shown, docked at its bottom
    QPointer<QWidget> m_keyboardField;
    ScrollPage* m_page = nullptr;
    bool m_citizenConfirms = false;
    bool m_returnToReview = false; // a step opened by "Change": Next goes back to the review
    TranslatableText m_submitLabel;
    NoticeBanner* m_problemSummary; // what to change on this step, after a Next refused
    QLabel* m_stepTitle;
    QVBoxLayout* m_fields;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_submit;
    AnswerSummary* m_summary;
    QCheckBox* m_commitment; // the summary's tick box
    QMap<QString, QLabel*> m_problems;
    QMap<QString, QWidget*> m_labels; // a field's label (with its "?" when it has one)
    QSet<QString> m_saidProblems;     // problems the person has been told about on this step
    QString m_firstProblemKey; // the first of them in the step's order: where the summary's button goes
    QSet<QString> m_openHelp;  // fields whose explanation is open
    QList<std::pair<QString, QWidget*>> m_editors; // the step's fields in order
};

} // namespace ssc
