#include "examscoresscreen.h"

#include "platform/platformclient.h"

#include <QEvent>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {

ExamScoresScreen::ExamScoresScreen(const ModuleContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_frame(ResultScreenFrame::build(this, context)),
      m_examLabel(new QLabel), m_exams(new ChoiceButtons(1)), m_yearLabel(new QLabel),
      m_years(new ChoiceButtons(5))
{
    m_frame.readNoteAfterResults(); // a list to read: "no printer here" after it, not fixed below
    m_examLabel->setObjectName(QStringLiteral("fieldLabel"));
    m_yearLabel->setObjectName(QStringLiteral("fieldLabel"));
    auto* controls = new QVBoxLayout;
    controls->setSpacing(16);
    for (QWidget* w : std::initializer_list<QWidget*>{m_examLabel, m_exams, m_yearLabel, m_years})
        controls->addWidget(w);
    controls->addStretch(1);
    m_frame.placeBesideResults(controls);
    connect(m_exams, &ChoiceButtons::chosen, this, &ExamScoresScreen::chooseExam);
    connect(m_years, &ChoiceButtons::chosen, this, [this](const QString& y) { chooseYear(y.toInt()); });
    retranslate();
    loadExams();
}

void ExamScoresScreen::loadExams()
{
    if (!m_context.platform)
        return;
    m_waiting = true;
    m_context.platform->get(
        QStringLiteral("/api/v1/exams"),
        [this](const PlatformResult& result) {
            m_waiting = false;
            if (!result.ok()) {
                m_failure = [result] { return result.message(); };
                retranslate();
                return;
            }
            int firstYear = 2014;
            m_examList = result.body.value(QStringLiteral("exams")).toArray();
            for (const QJsonValue& v : m_examList)
                firstYear = std::max(firstYear, v.toObject().value(QStringLiteral("firstYear")).toInt());
            QList<std::pair<QString, QString>> years;
            for (int y = result.body.value(QStringLiteral("lastYear")).toInt(); y >= firstYear; --y)
                years.append({QString::number(y), QString::number(y)});
            m_years->setChoices(years);
            retranslate();
        },
        this);
}

void ExamScoresScreen::chooseExam(const QString& code)
{
    m_exam = code;
    m_exams->setChosen(code);
    load();
}

void ExamScoresScreen::chooseYear(int year)
{
    m_year = year;
    m_years->setChosen(QString::number(year));
    load();
}

void ExamScoresScreen::load()
{
    m_scores = {};
    m_loaded = false;
    m_failure = {};
    if (!m_context.platform || m_exam.isEmpty() || m_year == 0) {
        present();
        return;
    }
    m_waiting = true;
    present();
    m_context.platform->get(
        QStringLiteral("/api/v1/me/exam-scores?exam=%1&year=%2").arg(m_exam).arg(m_year),
        [this, exam = m_exam, year = m_year](const PlatformResult& result) {
            if (exam != m_exam || year != m_year)
                return; // the citizen has chosen again meanwhile
            m_waiting = false;
            m_loaded = result.ok();
            if (result.ok())
                m_scores = result.body.value(QStringLiteral("scores")).toArray();
            else
                m_failure = [result] { return result.message(); };
            present();
        },
        this);
}

void ExamScoresScreen::present()
{
    m_frame.clearResults();
    for (const QJsonValue& v : m_scores) {
        const QJsonObject s = v.toObject();
        const bool passed = s.value(QStringLiteral("passed")).toBool();
        // Passed or not is said in words, never by colour alone (elder-friendly rules, rules.md §11).
        m_frame.addResultCard(
            QStringLiteral("<b>%1</b><br>%2")
                .arg(dataInCurrentLanguage(s.value(QStringLiteral("subject"))).toHtmlEscaped(),
                     tr("Score %1 · pass mark %2 · %3")
                         .arg(s.value(QStringLiteral("score")).toString(),
                              s.value(QStringLiteral("passMark")).toString(),
                              passed ? tr("passed") : tr("not passed"))
                         .toHtmlEscaped()));
    }
    retranslate();
    m_frame.offerReceipt(tr("Examination scores %1").arg(m_year));
}

QString ExamScoresScreen::statusText() const
{
    return m_frame.status->text();
}

QString ExamScoresScreen::resultsText() const
{
    return allLabelText(this);
}

void ExamScoresScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        present();
    QWidget::changeEvent(event);
}

void ExamScoresScreen::retranslate()
{
    m_frame.back->setText(tr("Back"));
    m_frame.title->setText(tr("Professional examination scores"));
    m_examLabel->setText(tr("Examination"));
    m_yearLabel->setText(tr("Year of the examination"));
    // The examinations' names in the screen's language, the choice kept.
    QList<std::pair<QString, QString>> exams;
    for (const QJsonValue& v : m_examList)
        exams.append({v.toObject().value(QStringLiteral("code")).toString(),
                      dataInCurrentLanguage(v.toObject().value(QStringLiteral("name")))});
    if (!exams.isEmpty()) {
        m_exams->setChoices(exams);
        if (!m_exam.isEmpty())
            m_exams->setChosen(m_exam);
    }
    if (m_waiting)
        m_frame.status->setText(tr("Looking up…"));
    else if (m_failure)
        m_frame.status->setText(m_failure());
    else if (m_loaded && m_scores.isEmpty())
        m_frame.status->setText(
            tr("No scores of yours for this examination in %1. Please check the examination "
               "and the year.")
                .arg(m_year));
    else if (m_loaded)
        m_frame.status->setText(tr("Your scores in %1: %2 subjects.").arg(m_year).arg(m_scores.size()));
    else
        m_frame.status->setText(tr(
            "Choose the examination and the year (from 2014): the scores show as soon as both are chosen."));
}

} // namespace ssc
