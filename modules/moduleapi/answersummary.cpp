#include "answersummary.h"

#include "noticebanner.h"
#include "privacy/masking.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {
namespace {

// The commitment's tick box takes a tap anywhere on its row, not only on the box and its words.
class RowCheckBox : public QCheckBox {
protected:
    bool hitButton(const QPoint& pos) const override { return rect().contains(pos); }
};

QLabel* wrapped(const char* objectName)
{
    auto* label = new QLabel;
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    return label;
}

} // namespace

AnswerSummary::AnswerSummary(QWidget* parent)
    : QWidget(parent), m_rows(new QVBoxLayout), m_commitmentHeading(wrapped("fieldLabel")),
      m_commitmentText(wrapped("promptDetail")), m_problem(new NoticeBanner), m_commitment(new RowCheckBox),
      m_confirmHint(wrapped("fieldLabel"))
{
    setObjectName(QStringLiteral("answerSummary"));
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(0);
    m_problem->hide();
    m_commitment->setObjectName(QStringLiteral("commitment"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(m_rows);
    layout->addWidget(m_commitmentHeading);
    layout->addWidget(m_commitmentText);
    layout->addWidget(m_problem); // above the box: read first, then ticked
    layout->addWidget(m_commitment);
    layout->addWidget(m_confirmHint);
    connect(m_commitment, &QCheckBox::toggled, this, [this](bool ticked) {
        if (ticked)
            clearProblem();
        emit commitmentToggled(ticked);
    });
}

void AnswerSummary::setAnswers(const QList<Answer>& answers)
{
    m_answers = answers;
    m_given.clear();
    for (const Answer& a : answers)
        m_given.append(a.answer);
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < answers.size(); ++i) {
        const Answer& a = answers[i];
        // Question over answer on the left, Change at the right, a rule under the row (the style sheet's), so
        // the eye runs down the answers and the thumb down the buttons.
        auto* row = new QWidget;
        row->setObjectName(QStringLiteral("answerRow"));
        row->setAttribute(Qt::WA_StyledBackground);
        auto* grid = new QGridLayout(row);
        grid->setContentsMargins(0, 8, 0, 8);
        grid->setHorizontalSpacing(16);
        grid->setVerticalSpacing(0);
        QLabel* question = wrapped("answerQuestion");
        question->setText(a.question);
        QLabel* answer = wrapped("answerValue");
        answer->setTextFormat(Qt::PlainText); // typed text shown as typed, never as markup
        answer->setText(a.answer);
        auto* change = new QPushButton(tr("Change"));
        change->setObjectName(QStringLiteral("change:") + a.key);
        change->setProperty("answerChange", true);
        change->setAccessibleName(tr("Change: %1").arg(a.question));
        grid->addWidget(question, 0, 0);
        grid->addWidget(answer, 1, 0);
        grid->addWidget(change, 0, 2, 2, 1, Qt::AlignVCenter);
        if (!a.whole.isEmpty()) {
            auto* reveal = new QPushButton;
            reveal->setObjectName(QStringLiteral("reveal:") + a.key);
            reveal->setProperty("answerChange", true);
            grid->addWidget(reveal, 0, 1, 2, 1, Qt::AlignVCenter);
            showWhole(i, answer, reveal, false);
            connect(reveal, &QPushButton::clicked, this, [this, i, answer, reveal] {
                showWhole(i, answer, reveal, m_answers[i].answer != m_answers[i].whole);
            });
        }
        grid->setColumnStretch(0, 1);
        m_rows->addWidget(row);
        connect(change, &QPushButton::clicked, this,
                [this, step = a.step, key = a.key] { emit changeRequested(step, key); });
    }
}

void AnswerSummary::showWhole(int row, QLabel* answer, QPushButton* reveal, bool whole)
{
    m_answers[row].answer = whole ? m_answers[row].whole : m_given[row];
    answer->setText(m_answers[row].answer);
    reveal->setText(whole ? tr("Hide the number") : tr("Show the whole number"));
    reveal->setAccessibleName(
        (whole ? tr("Hide the number: %1") : tr("Show the whole number: %1")).arg(m_answers[row].question));
}

void AnswerSummary::setCommitment(const QString& commitment, bool citizenConfirms)
{
    // At a counter the clerk reads the commitment to the applicant, who makes it: never the clerk's own.
    // (On a kiosk the commitment's own first words say whose it is: "本人承诺".)
    m_commitmentHeading->setText(tr("The applicant's commitment (read it to them)"));
    m_commitmentText->setText(commitment);
    m_commitment->setText(tr("I confirm the commitment above"));
    m_confirmHint->setText(
        tr("Please read the answers and the commitment to the citizen. The citizen confirms "
           "them by showing their e-card code to the scanner; then the form is filed."));
    m_commitmentHeading->setVisible(!commitment.isEmpty() && citizenConfirms);
    m_commitmentText->setVisible(!commitment.isEmpty());
    m_commitment->setVisible(!commitment.isEmpty() && !citizenConfirms);
    m_confirmHint->setVisible(citizenConfirms);
}

void AnswerSummary::sayCommitmentMissing()
{
    m_problem->setNotice(design::Tone::Error, tr("Please tick the commitment first"),
                         tr("Read the commitment, tick the box under it, then tap Submit again."));
    m_problem->show();
    m_commitment->setFocus(Qt::OtherFocusReason);
}

QRect AnswerSummary::commitmentArea() const
{
    return m_problem->geometry().united(m_commitment->geometry());
}

void AnswerSummary::clearProblem()
{
    m_problem->hide();
}

QString AnswerSummary::commitmentProblem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->headline() : QString();
}

namespace {

// How a person's number in an answer is masked: phones and ID numbers by their kind, others (a bank card) as
// their field says; nullopt: not a person's number.
std::optional<MaskKind> maskedAs(const FormField& field)
{
    if (field.kind == FieldKind::Phone)
        return MaskKind::Phone;
    if (field.kind == FieldKind::IdNumber)
        return MaskKind::IdNumber;
    return field.masked;
}

} // namespace

QList<AnswerSummary::Answer> AnswerSummary::answersOf(const FormState& form, const CustomDisplay& custom)
{
    const auto display = [&](const FormField& field) {
        const QString value = form.value(field.key);
        if (custom)
            if (const QString shown = custom(field, value); !shown.isNull())
                return shown;
        // A person's number: shown whole only in its field; masked where others may look on.
        if (const auto kind = maskedAs(field))
            return ssc::mask(value, *kind);
        if (field.kind == FieldKind::YesNo)
            return value == u"yes" ? tr("Yes") : tr("No");
        for (const FieldChoice& c : field.choicesGiven(form.values()))
            if (c.key == value)
                return c.label.translated();
        return value;
    };
    QList<Answer> answers;
    const QList<FormStep>& steps = form.definition().steps;
    for (int s = 0; s < steps.size(); ++s)
        for (const FormField& f : steps[s].fields)
            if (f.shown(form.values()) && !form.value(f.key).isEmpty()) {
                const QString shown = display(f), value = form.value(f.key);
                // Typed by the person, so theirs to see whole; a number on file came masked and stays so.
                const bool typed = maskedAs(f) && shown != value && !value.contains(u'*');
                answers.append({f.key, f.label.translated(), shown, s, typed ? value : QString()});
            }
    return answers;
}

QString AnswerSummary::text() const
{
    QStringList lines;
    for (const Answer& a : m_answers)
        lines << a.question + u' ' + a.answer;
    return lines.join(u'\n');
}

QString AnswerSummary::answer(const QString& key) const
{
    for (const Answer& a : m_answers)
        if (a.key == key)
            return a.answer;
    return {};
}

} // namespace ssc
