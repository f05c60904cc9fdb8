#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ssc {

class ChoiceButtons;

// A date chosen by touch in the screen's language: the date as three large parts (year, month, day); a tap
// on a part opens its tiles, and choosing a year goes on to the months, a month to the days, a day closes
// the tiles. Any date of the last few years is four taps away (the year part, a year, a month, a day), never
// a desktop calendar with small arrows. A clerk types the date as eight digits (yyyyMMdd) instead. The wheel
// changes nothing (it scrolls the page), so a date is only ever changed on purpose.
class DatePicker : public QWidget {
    Q_OBJECT
public:
    explicit DatePicker(QDate date, QWidget* parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(QDate date); // clamped into the range; dateChosen() is not emitted
    // The dates that can be chosen (both included): the years offered and the days of the last month.
    void setRange(QDate earliest, QDate latest);
    // Which tiles are open: "year", "month", "day", or empty.
    QString openPart() const { return m_open; }

signals:
    void dateChosen(QDate date); // by a tap on a day, a year or a month, or eight digits typed

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    QPushButton* part(const QString& name);
    void open(const QString& partName);
    void choose(QDate date);
    void fillTiles();
    void retranslate();

    QDate m_date;
    QDate m_earliest;
    QDate m_latest;
    QString m_open;
    QString m_typed; // digits typed at a counter, yyyyMMdd, until they make a date
    QPushButton* m_year;
    QPushButton* m_month;
    QPushButton* m_day;
    ChoiceButtons* m_years;
    ChoiceButtons* m_months;
    ChoiceButtons* m_days;
    QLabel* m_refused; // eight digits that are not a date that can be chosen, said in words
};

} // namespace ssc
