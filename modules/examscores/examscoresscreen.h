#pragma once

#include "moduleapi/choicebuttons.h"
#include "moduleapi/resultscreen.h"

#include <QJsonArray>
#include <QWidget>

#include <functional>

namespace ssc {

// 专业技术人员考试成绩查询: choose the examination and the year (2014 onward, the brief) and see the score of
// each subject against its pass mark.
class ExamScoresScreen : public QWidget {
    Q_OBJECT
public:
    explicit ExamScoresScreen(const ModuleContext& context, QWidget* parent = nullptr);

    void chooseExam(const QString& code);
    void chooseYear(int year);
    bool examsLoaded() const { return !m_exams->keys().isEmpty(); }
    bool waiting() const { return m_waiting; }
    int scoreCount() const { return int(m_scores.size()); }
    QStringList yearChoices() const { return m_years->keys(); }
    QString statusText() const;
    QString resultsText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadExams();
    void load();
    void present();
    void retranslate();

    ModuleContext m_context;
    ResultScreenFrame m_frame;
    QLabel* m_examLabel;
    ChoiceButtons* m_exams;
    QJsonArray m_examList; // as the platform sent it: each name in both languages
    QLabel* m_yearLabel;
    ChoiceButtons* m_years;
    QString m_exam;
    int m_year = 0;
    bool m_waiting = false;
    bool m_loaded = false;
    QJsonArray m_scores;
    std::function<QString()> m_failure; // said again in the language of the moment
};

} // namespace ssc
