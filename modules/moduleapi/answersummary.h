#pragma once

#include "forms/formstate.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ssc {

class NoticeBanner;

// The review of a form as GOV.UK's "check your answers": one row per answer, the question in muted type, the
// answer large beneath it, and a "Change" button on the row that goes back to the step asking it; under the
// rows the applicant's commitment and its tick box (a tap anywhere on its row ticks it). It lives in the
// page's one scroll (never a scroll box of its own), so the first answers show above the fold on every
// screen. At a counter the clerk reads it with the applicant, who confirms with their own code or card: no
// tick box, and the words say so.
class AnswerSummary : public QWidget {
    Q_OBJECT
public:
    struct Answer {
        QString key;      // the field's key: the row's Change button is named "change:<key>"
        QString question; // in the current language
        QString answer;   // as it will be filed, in the current language (masked where others may look on)
        int step = 0;     // where the question is asked
        // The answer in full, shown while the person asks for it (a phone number they typed: a typo in it is
        // only seen whole); empty when the answer is never shown otherwise (a number on file came masked).
        QString whole;
    };
    explicit AnswerSummary(QWidget* parent = nullptr);

    // How a screen words a field the summary cannot (evidence ids as file names); a null string: the
    // summary's own wording.
    using CustomDisplay = std::function<QString(const FormField&, const QString& value)>;
    // The form's answers, step by step, as they will be filed, in the current language: a choice as its
    // option's label (never its key), yes/no as words, the phone masked where others may look on, with a
    // "Show the whole number" on its row when the person typed it.
    static QList<Answer> answersOf(const FormState& form, const CustomDisplay& custom = {});

    void setAnswers(const QList<Answer>& answers);
    // The commitment in the current language (empty: none); citizenConfirms: at a counter, no tick box.
    void setCommitment(const QString& commitment, bool citizenConfirms);
    QCheckBox* commitmentBox() const { return m_commitment; }
    // Submit tapped before the tick: said above the box, the box focused. clearProblem() once ticked or drawn
    // again.
    void sayCommitmentMissing();
    // The problem and the tick box, in this widget's coordinates: what to scroll into view.
    QRect commitmentArea() const;
    void clearProblem();
    QString commitmentProblem() const; // what is said, empty while nothing is
    // "question answer" lines, one per row, as a reader (or a test) sees them.
    QString text() const;
    // The answer shown for a field; empty when it has no row.
    QString answer(const QString& key) const;

signals:
    void changeRequested(int step, const QString& key);
    void commitmentToggled(bool ticked);

private:
    QVBoxLayout* m_rows;
    // A row's answer shown whole or as given, and the row's button saying which it will do next.
    void showWhole(int row, QLabel* answer, QPushButton* reveal, bool whole);

    QList<Answer> m_answers;
    QList<QString> m_given; // each row's answer as given, while m_answers holds what is shown
    QLabel* m_commitmentHeading;
    QLabel* m_commitmentText;
    NoticeBanner* m_problem;
    QCheckBox* m_commitment;
    QLabel* m_confirmHint;
};

} // namespace ssc
