#include "formview.h"
#include "noticebanner.h"

#include "answersummary.h"
#include "choicebuttons.h"
#include "datepicker.h"
#include "designsystem.h"
#include "onscreenkeyboard.h"
#include "scrollpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ssc {

FormView::FormView(FormState& form, CustomEditor customEditor, QWidget* parent)
    : QWidget(parent), m_form(form), m_customEditor(std::move(customEditor)),
      m_problemSummary(new NoticeBanner), m_stepTitle(new QLabel), m_fields(new QVBoxLayout),
      m_back(new QPushButton), m_next(new QPushButton), m_submit(new QPushButton),
      m_summary(new AnswerSummary), m_commitment(m_summary->commitmentBox())
{
    m_stepTitle->setObjectName(QStringLiteral("stepHeading"));
    m_next->setProperty("primary", true);
    m_back->setObjectName(QStringLiteral("formBack"));
    m_next->setObjectName(QStringLiteral("formNext"));
    m_submit->setObjectName(QStringLiteral("formSubmit"));
    m_submit->setProperty("primary", true);
    auto* holder = new QWidget;
    auto* holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    // The step's title scrolls with its fields: on a short screen (elder, 1280 x 800, the keyboard up) the
    // room goes to what is being answered.
    m_stepTitle->setWordWrap(true);
    // After a Next with something to change, the summary of what (GOV.UK's error summary) over the step's
    // title.
    m_problemSummary->setAccessibleName(tr("Answers to change"));
    m_problemSummary->hide();
    // The summary's way to the question it names first: the field focused and scrolled into view. Made
    // once and kept, since the summary is drawn again while the person types.
    connect(m_problemSummary->addAction(QStringLiteral("goToProblem"), NoticeBanner::Emphasis::Secondary),
            &QPushButton::clicked, this, [this] { goToField(m_firstProblemKey); });
    m_problemSummary->placeActionsBeside(); // a row less: the summary stays whole above the fold
    holderLayout->addWidget(m_problemSummary);
    holderLayout->addWidget(m_stepTitle);
    holderLayout->addLayout(m_fields);
    // The review scrolls as one page: the answers first (the first of them above the fold on every screen),
    // then the commitment and its tick box, which a Submit tapped too soon scrolls into view.
    holderLayout->addWidget(m_summary);
    holderLayout->addStretch(1);
    m_fields->setSpacing(10);
    m_page = new ScrollPage(holder, ScrollPage::Buttons::Owner);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_page->pageUpButton()); // in the actions' row: paging costs the form no height
    buttons->addWidget(m_page->pageDownButton());
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    buttons->addWidget(m_submit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(m_page, 1);
    layout->addLayout(buttons);
    connect(m_next, &QPushButton::clicked, this, &FormView::next);
    connect(m_back, &QPushButton::clicked, this, &FormView::back);
    connect(m_submit, &QPushButton::clicked, this, &FormView::trySubmit);
    // Queued: the row's button is deleted when the review is drawn again.
    connect(m_summary, &AnswerSummary::changeRequested, this, &FormView::change, Qt::QueuedConnection);
    connect(m_summary, &AnswerSummary::commitmentToggled, this, &FormView::acceptCommitment);
    showStep();
}

void FormView::showStep()
{
    while (QLayoutItem* item = m_fields->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_problems.clear();
    m_labels.clear();
    m_editors.clear();
    hideKeyboard();
    const bool review = m_form.atReview();
    if (!review)
        for (const FormField& field : m_form.definition().steps[m_form.step()].fields) {
            if (!field.shown(m_form.values()))
                continue;
            auto* label = new QLabel(field.label.translated());
            label->setObjectName(QStringLiteral("fieldLabel"));
            label->setWordWrap(true);
            auto* problem = new QLabel;
            problem->setObjectName(QStringLiteral("fieldProblem"));
            problem->setWordWrap(true);
            problem->hide();
            m_problems.insert(field.key, problem);
            QWidget* shownLabel =
                field.help.isEmpty() ? label : labelWithHelp(label, field.key, field.help.translated());
            m_labels.insert(field.key, shownLabel);
            m_fields->addWidget(shownLabel);
            QWidget* editor = editorFor(field);
            m_editors.append({field.key, editor});
            m_fields->addWidget(editor);
            if (m_form.isOnFile(field.key)) // shown with stars: say why, and that it may stay
                m_fields->addWidget(onFileHint(field.key));
            m_fields->addWidget(problem);
        }
    m_summary->setVisible(review);
    m_summary->clearProblem();
    m_commitment->setChecked(false);
    m_next->setVisible(!review);
    m_submit->setVisible(review && !m_citizenConfirms);
    // Fields are drawn after the buttons were made, so Tab would wrap past them to the top of the screen:
    // after the last field come Next (or Submit) and then Back.
    QWidget* last = nullptr;
    for (const auto& [key, editor] : m_editors) {
        if (editor->focusPolicy() != Qt::NoFocus) { // a field itself (its scroll bars and viewport aside)
            last = editor;
            continue;
        }
        for (QWidget* inside : editor->findChildren<QWidget*>()) // a picker's buttons, a panel's buttons
            if (inside->focusPolicy() != Qt::NoFocus)
                last = inside;
    }
    if (last) {
        setTabOrder(last, m_next);
        setTabOrder(m_next, m_submit);
        setTabOrder(m_submit, m_back);
    }
    showProblems(); // what was said before a redraw (a language change, a choice) is said again
    retranslate();
    emit stepShown();
}

QWidget* FormView::editorFor(const FormField& field)
{
    if (m_customEditor)
        if (QWidget* custom = m_customEditor(field))
            return custom;
    const QString key = field.key;
    const QString value = m_form.value(key);
    switch (field.kind) {
    case FieldKind::Choice:
    case FieldKind::YesNo: {
        QList<std::pair<QString, QString>> list;
        if (field.kind == FieldKind::YesNo)
            list = {{QStringLiteral("yes"), tr("Yes")}, {QStringLiteral("no"), tr("No")}};
        qsizetype longest = 0;
        const QList<FieldChoice> given = field.choicesGiven(m_form.values());
        for (const FieldChoice& c : given) {
            list.append({c.key, c.label.translated()});
            longest = std::max(longest, list.last().second.size());
        }
        // As many to a row as fit the screen: long labels (English bank names) two to a row.
        const int columns = field.kind == FieldKind::YesNo ? 2
                            : longest > 30                 ? 2
                            : longest > 14                 ? 3
                                                           : (given.size() > 6 ? 4 : 3);
        auto* choices = new ChoiceButtons(columns);
        choices->setObjectName(key);
        choices->setChoices(list);
        choices->setChosen(value);
        // Queued: the step may be redrawn, and the button tapped must not be deleted inside its own click.
        connect(
            choices, &ChoiceButtons::chosen, this, [this, key](const QString& chosen) { enter(key, chosen); },
            Qt::QueuedConnection);
        return choices;
    }
    case FieldKind::Date: {
        auto* date =
            new DatePicker(value.isEmpty() ? QDate::currentDate() : QDate::fromString(value, Qt::ISODate));
        // Every date the forms ask for has happened (became unemployed, the dispute arose): up to today, and
        // back to the start of the year five years ago; the form's own rule still judges the date.
        const QDate today = QDate::currentDate();
        date->setRange(QDate(today.year() - 5, 1, 1), today);
        date->setObjectName(key);
        if (value.isEmpty())
            m_form.set(key, date->date().toString(Qt::ISODate)); // the picker shows today: that is the answer
        connect(date, &DatePicker::dateChosen, this,
                [this, key](QDate d) { enter(key, d.toString(Qt::ISODate)); });
        return date;
    }
    default: {
        if (field.maxLength > 200) { // room for a few sentences: what happened, what is asked for
            auto* box = new QPlainTextEdit(value);
            box->setObjectName(key);
            box->setMinimumHeight(120);
            box->setTabChangesFocus(true);
            connect(box, &QPlainTextEdit::textChanged, this,
                    [this, key, box] { enter(key, box->toPlainText()); });
            return box;
        }
        auto* line = new QLineEdit(value);
        line->setObjectName(key);
        line->setMaxLength(field.maxLength);
        if (field.kind == FieldKind::Phone || field.kind == FieldKind::Digits)
            line->setInputMethodHints(Qt::ImhDigitsOnly);
        if (field.kind == FieldKind::Money)
            line->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
        if (field.kind == FieldKind::IdNumber)
            line->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhUppercaseOnly | Qt::ImhNoPredictiveText);
        connect(line, &QLineEdit::textEdited, this, [this, key, line](QString text) {
            // The number on file shows masked: typing starts a new number rather than editing the stars.
            if (m_form.isOnFile(key)) {
                const QString onFile = m_form.value(key);
                text = text.startsWith(onFile) ? text.mid(onFile.size()) : QString();
                line->setText(text);
            }
            enter(key, text);
            if (auto* hint = findChild<QLabel*>(key + QStringLiteral("OnFile")))
                hint->setVisible(m_form.isOnFile(key));
        });
        return line;
    }
    }
}

QLabel* FormView::onFileHint(const QString& key)
{
    // The clerk types at a counter: the number is the applicant's, not the reader's.
    auto* hint = new QLabel(
        m_citizenConfirms
            ? tr("The number on file for the applicant, shown with stars. Keep it, or type a new one.")
            : tr("The number we have for you, shown with stars. Keep it, or type a new one."));
    hint->setObjectName(key + QStringLiteral("OnFile"));
    hint->setProperty("fieldHint", true);
    hint->setWordWrap(true);
    return hint;
}

void FormView::enter(const QString& key, const QString& value)
{
    const TranslatableText problem = m_form.set(key, value);
    // Entered another way (a test, a picker): the field shows what the form holds.
    if (auto* line = findChild<QLineEdit*>(key); line && line->text() != value)
        line->setText(value);
    if (auto* box = findChild<QPlainTextEdit*>(key); box && box->toPlainText() != value)
        box->setPlainText(value);
    if (auto* date = findChild<DatePicker*>(key); date && date->date().toString(Qt::ISODate) != value)
        date->setDate(QDate::fromString(value, Qt::ISODate));
    if (problem.isEmpty())
        m_saidProblems.remove(key);
    else
        m_saidProblems.insert(key);
    if (QLabel* label = m_problems.value(key)) {
        label->setText(problem.translated());
        label->setVisible(!problem.isEmpty());
    }
    // A choice that opens or closes another field (health → disability grade) redraws the step; the
    // keyboard then goes on to the next field, so a clerk chooses with one key and keeps typing.
    const FormField* field = m_form.definition().field(key);
    if (field && (field->kind == FieldKind::Choice || field->kind == FieldKind::YesNo)) {
        m_form.forgetUnoffered(key);
        showStep();
        focusField(key);
        revealFollowingList(key);
    }
}

void FormView::revealFollowingList(const QString& key)
{
    // The list that follows this answer (a province's cities, a city's districts) is what the person looks
    // for next: scrolled into view once the step is laid out, rather than left below the fold.
    for (qsizetype i = 0; i + 1 < m_editors.size(); ++i) {
        const FormField* following = m_form.definition().field(m_editors[i + 1].first);
        if (m_editors[i].first != key || !following || !following->choicesFrom)
            continue;
        const QPointer<QWidget> editor = m_editors[i + 1].second;
        QTimer::singleShot(0, this, [this, editor] {
            // Laid out first, the page's height too: the new list's place, not the one drawn before it.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            revealField(editor);
        });
    }
}

bool FormView::next()
{
    const auto sayProblems = [this] {
        const auto problems = m_form.problems(m_form.step());
        for (auto it = problems.begin(); it != problems.end(); ++it)
            m_saidProblems.insert(it.key());
        showProblems();
        revealProblemSummary();
    };
    if (!m_form.next()) {
        sayProblems();
        return false;
    }
    // After a Change: straight back to the review past the steps already answered, unless the change opened
    // a question on a later one (disabled → the grade): there the form stops, the question said.
    while (m_returnToReview && !m_form.atReview() && m_form.next()) {
    }
    m_returnToReview = m_returnToReview && !m_form.atReview();
    m_saidProblems.clear();
    showStep();
    if (m_returnToReview)
        sayProblems();
    focusField({});
    return true;
}

void FormView::change(int step, const QString& key)
{
    if (!m_form.atReview() || step < 0 || step >= m_form.stepCount())
        return;
    while (m_form.step() > step)
        m_form.back();
    m_returnToReview = true;
    m_saidProblems.clear();
    showStep();
    goToField(key);
}

void FormView::goToField(const QString& key)
{
    for (const auto& [k, editor] : std::as_const(m_editors))
        if (k == key) {
            if (auto* choices = qobject_cast<ChoiceButtons*>(editor))
                choices->focusChoice();
            else if (editor->focusPolicy() != Qt::NoFocus)
                editor->setFocus(Qt::OtherFocusReason);
            QTimer::singleShot(0, this, [this, field = QPointer<QWidget>(editor)] { revealField(field); });
        }
}

void FormView::back()
{
    if (m_form.step() == 0) {
        emit cancelled();
        return;
    }
    m_form.back();
    m_saidProblems.clear();
    showStep();
}

void FormView::setCitizenConfirms(bool confirms)
{
    m_citizenConfirms = confirms;
    showStep();
}

FormView::~FormView()
{
    delete m_keyboard; // docked on the window, which outlives the form
}

void FormView::focusField(const QString& afterKey)
{
    if (m_form.atReview()) {
        (m_commitment->isVisibleTo(this) ? static_cast<QWidget*>(m_commitment) : m_submit)->setFocus();
        return;
    }
    qsizetype next = 0;
    if (!afterKey.isEmpty()) {
        while (next < m_editors.size() && m_editors[next].first != afterKey)
            ++next;
        ++next;
    }
    if (next >= m_editors.size())
        return m_next->setFocus();
    QWidget* editor = m_editors[next].second;
    if (auto* choices = qobject_cast<ChoiceButtons*>(editor))
        return choices->focusChoice();
    editor->setFocus(Qt::TabFocusReason);
}

void FormView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter)
        return QWidget::keyPressEvent(event);
    if (!m_form.atReview())
        next();
    else if (m_submit->isVisibleTo(this))
        trySubmit();
}

void FormView::acceptCommitment(bool accepted)
{
    if (m_commitment->isChecked() != accepted)
        m_commitment->setChecked(accepted); // the box shows what the form holds, however it was confirmed
    m_form.acceptCommitment(accepted);
}

void FormView::trySubmit()
{
    if (!m_form.atReview() || m_citizenConfirms)
        return;
    if (m_form.readyToSubmit()) {
        emit submitRequested();
        return;
    }
    // Submit is never greyed out without a reason: tapped before the tick, it says so beside the box and
    // takes the focus there; nothing is filed.
    m_summary->sayCommitmentMissing();
    QTimer::singleShot(0, this, [this] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the banner given its room first
        const QPoint at = m_summary->mapTo(m_page->area()->widget(), QPoint(0, 0));
        m_page->reveal(m_summary->commitmentArea().translated(at));
    });
}

void FormView::showProblems()
{
    m_problemSummary->hide();
    if (m_form.atReview())
        return;
    const auto problems = m_form.problems(m_form.step());
    for (auto it = m_problems.begin(); it != m_problems.end(); ++it) {
        const bool said = problems.contains(it.key()) && m_saidProblems.contains(it.key());
        it.value()->setText(problems.value(it.key()).translated());
        it.value()->setVisible(said);
    }
    // The questions told about, in the step's order, named once more at the top: a long step (or the keyboard
    // up) may hide a problem under the fold, and the summary says there is one and which.
    QStringList questions;
    m_firstProblemKey.clear();
    for (const auto& [key, editor] : std::as_const(m_editors))
        if (problems.contains(key) && m_saidProblems.contains(key))
            if (const FormField* field = m_form.definition().field(key)) {
                questions << field->label.translated();
                if (m_firstProblemKey.isEmpty())
                    m_firstProblemKey = key;
            }
    if (questions.isEmpty())
        return;
    const qsizetype count = questions.size();
    if (auto* go = m_problemSummary->findChild<QPushButton*>(QStringLiteral("goToProblem")))
        go->setText(count == 1 ? tr("Go to the question") : tr("Go to the first of them"));
    m_problemSummary->setNotice(design::Tone::Error,
                                count == 1 ? tr("One answer needs changing")
                                           : tr("%1 answers need changing").arg(count),
                                problemNames(questions));
    m_problemSummary->show();
}

// The questions to change as one line, its button beside the headline: a list of one a line pushed the button
// under the fold of a 1280 x 800 kiosk in the elder theme. Past three, the first two are named and the rest
// counted; each is marked at its question, with what to change.
QString FormView::problemNames(const QStringList& questions)
{
    switch (questions.size()) {
    case 1:
        return questions[0];
    case 2:
        return tr("%1 and %2", "two questions to change").arg(questions[0], questions[1]);
    case 3:
        return tr("%1, %2 and %3", "three questions to change").arg(questions[0], questions[1], questions[2]);
    default:
        return tr("%1, %2 and %n more", "questions to change: two named, the others counted",
                  int(questions.size() - 2))
            .arg(questions[0], questions[1]);
    }
}

void FormView::revealProblemSummary()
{
    if (m_problemSummary->isHidden())
        return;
    QTimer::singleShot(0, this, [this] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // the banner given its room first
        m_page->reveal(
            QRect(m_problemSummary->mapTo(m_page->area()->widget(), QPoint(0, 0)), m_problemSummary->size()));
    });
}

QString FormView::problemText(const QString& key) const
{
    const QLabel* label = m_problems.value(key);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

QWidget* FormView::labelWithHelp(QLabel* label, const QString& key, const QString& help)
{
    // "?" beside the label opens the explanation under it and closes it again; it never takes a field's
    // focus. An open explanation stays open when the step is drawn again (another language, a problem said).
    auto* row = new QWidget;
    auto* layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* button = new QToolButton;
    button->setObjectName(QStringLiteral("fieldHelpButton"));
    button->setText(QStringLiteral("?"));
    button->setAccessibleName(tr("What is this?"));
    button->setCheckable(true);
    button->setChecked(m_openHelp.contains(key));
    button->setFocusPolicy(Qt::NoFocus);
    auto* text = new QLabel(help);
    text->setObjectName(QStringLiteral("fieldHelp"));
    text->setWordWrap(true);
    text->setVisible(m_openHelp.contains(key));
    layout->addWidget(label, 0, 0);
    layout->addWidget(button, 0, 1, Qt::AlignRight);
    layout->addWidget(text, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    connect(button, &QToolButton::toggled, text, [this, text, key](bool open) {
        text->setVisible(open);
        if (open)
            m_openHelp.insert(key);
        else
            m_openHelp.remove(key);
    });
    return row;
}

void FormView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        showStep();
    QWidget::changeEvent(event);
}

void FormView::setSubmitLabel(const TranslatableText& label)
{
    m_submitLabel = label;
    retranslate();
}

// Where the person is, in the step's own heading: a count beside Next squeezed Next in a counter's narrow
// column, and a line of its own above the title moved the first field when the keyboard came up.
QString FormView::stepHeading(const FormDefinition& d) const
{
    const QString title = d.steps[m_form.step()].title.translated();
    if (d.steps.size() < 2)
        return title;
    return tr("Step %1 of %2: %3").arg(m_form.step() + 1).arg(d.steps.size()).arg(title);
}

void FormView::retranslate()
{
    const FormDefinition& d = m_form.definition();
    // At a counter the clerk reads the review with the applicant: it is never worded as the clerk's own.
    m_stepTitle->setText(!m_form.atReview()  ? stepHeading(d)
                         : m_citizenConfirms ? tr("Check these answers with the applicant")
                                             : tr("Please check your answers"));
    m_back->setText(m_form.step() == 0 ? tr("Cancel") : tr("Previous step"));
    m_next->setText(m_returnToReview ? tr("Back to the answers") : tr("Next step"));

    m_submit->setText(m_submitLabel.isEmpty() ? tr("Submit") : m_submitLabel.translated());
    m_summary->setCommitment(d.commitment.translated(), m_citizenConfirms);
    if (m_form.atReview())
        m_summary->setAnswers(AnswerSummary::answersOf(m_form, m_customDisplay));
}

} // namespace ssc
