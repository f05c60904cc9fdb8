#include "datepicker.h"

#include "choicebuttons.h"
#include "i18n/translator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ssc {
namespace {

QLocale screenLocale()
{
    return QLocale(currentLanguage().isEmpty() ? chineseLanguage : currentLanguage());
}

QDate clamped(QDate date, QDate earliest, QDate latest)
{
    if (earliest.isValid() && date < earliest)
        return earliest;
    if (latest.isValid() && date > latest)
        return latest;
    return date;
}

// The same day in another year or month, or the month's last day when it has fewer (31 March → 30 April).
QDate withYearMonth(QDate date, int year, int month)
{
    const int day = std::min(date.day(), QDate(year, month, 1).daysInMonth());
    return QDate(year, month, day);
}

} // namespace

DatePicker::DatePicker(QDate date, QWidget* parent)
    : QWidget(parent), m_date(date.isValid() ? date : QDate::currentDate()),
      m_year(part(QStringLiteral("year"))), m_month(part(QStringLiteral("month"))),
      m_day(part(QStringLiteral("day"))), m_years(new ChoiceButtons(5)), m_months(new ChoiceButtons(4)),
      m_days(new ChoiceButtons(7)), m_refused(new QLabel)
{
    // The whole picker is one Tab stop, where a clerk types the digits; its parts are for fingers.
    setFocusPolicy(Qt::StrongFocus);
    m_years->setObjectName(QStringLiteral("dateYears"));
    m_months->setObjectName(QStringLiteral("dateMonths"));
    m_days->setObjectName(QStringLiteral("dateDays"));
    auto* parts = new QHBoxLayout;
    parts->setSpacing(12);
    parts->addWidget(m_year, 3);
    parts->addWidget(m_month, 3);
    parts->addWidget(m_day, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(parts);
    m_refused->setObjectName(QStringLiteral("fieldProblem"));
    m_refused->setWordWrap(true);
    m_refused->hide();
    layout->addWidget(m_refused);
    for (ChoiceButtons* tiles : {m_years, m_months, m_days}) {
        tiles->hide();
        layout->addWidget(tiles);
    }
    connect(m_years, &ChoiceButtons::chosen, this, [this](const QString& year) {
        choose(withYearMonth(m_date, year.toInt(), m_date.month()));
        open(QStringLiteral("month"));
    });
    connect(m_months, &ChoiceButtons::chosen, this, [this](const QString& month) {
        choose(withYearMonth(m_date, m_date.year(), month.toInt()));
        open(QStringLiteral("day"));
    });
    connect(m_days, &ChoiceButtons::chosen, this, [this](const QString& day) {
        choose(QDate(m_date.year(), m_date.month(), day.toInt()));
        open({});
    });
    retranslate();
}

QPushButton* DatePicker::part(const QString& name)
{
    auto* button = new QPushButton;
    button->setObjectName(QStringLiteral("datePart"));
    button->setProperty("part", name);
    button->setCheckable(true);
    button->setFocusPolicy(Qt::NoFocus); // the picker keeps the focus, for the digits a clerk types
    connect(button, &QPushButton::clicked, this, [this, name] { open(m_open == name ? QString() : name); });
    return button;
}

void DatePicker::setDate(QDate date)
{
    if (!date.isValid())
        return;
    m_date = clamped(date, m_earliest, m_latest);
    fillTiles();
    retranslate();
}

void DatePicker::setRange(QDate earliest, QDate latest)
{
    m_earliest = earliest;
    m_latest = latest;
    setDate(m_date);
}

void DatePicker::choose(QDate date)
{
    setDate(date);
    emit dateChosen(m_date);
}

void DatePicker::open(const QString& partName)
{
    m_open = partName;
    fillTiles();
    m_years->setVisible(m_open == u"year");
    m_months->setVisible(m_open == u"month");
    m_days->setVisible(m_open == u"day");
    m_year->setChecked(m_open == u"year");
    m_month->setChecked(m_open == u"month");
    m_day->setChecked(m_open == u"day");
}

void DatePicker::fillTiles()
{
    // Only what can be chosen is offered: the range's years, its months in the chosen year, its days.
    const QLocale locale = screenLocale();
    const int firstYear = m_earliest.isValid() ? m_earliest.year() : m_date.year() - 4;
    const int lastYear = m_latest.isValid() ? m_latest.year() : m_date.year();
    QList<std::pair<QString, QString>> years, months, days;
    for (int y = lastYear; y >= firstYear; --y) // the most likely first: this year, then last year
        years.append({QString::number(y), locale.toString(QDate(y, 1, 1), tr("yyyy", "a year on a tile"))});
    for (int m = 1; m <= 12; ++m) {
        const QDate first(m_date.year(), m, 1);
        if (m_latest.isValid() && first > m_latest)
            break;
        if (m_earliest.isValid() && first.addMonths(1) <= m_earliest)
            continue;
        months.append({QString::number(m), locale.toString(first, tr("MMMM", "a month on a tile"))});
    }
    for (int d = 1; d <= m_date.daysInMonth(); ++d) {
        const QDate day(m_date.year(), m_date.month(), d);
        if (day == clamped(day, m_earliest, m_latest))
            days.append({QString::number(d), QString::number(d)});
    }
    m_years->setChoices(years);
    m_months->setChoices(months);
    m_days->setChoices(days);
    m_years->setChosen(QString::number(m_date.year()));
    m_months->setChosen(QString::number(m_date.month()));
    m_days->setChosen(QString::number(m_date.day()));
}

void DatePicker::retranslate()
{
    const QLocale locale = screenLocale();
    if (m_typed.isEmpty()) {
        m_year->setText(locale.toString(m_date, tr("yyyy", "the year part of a chosen date")));
        m_month->setText(locale.toString(m_date, tr("MMMM", "the month part of a chosen date")));
        m_day->setText(locale.toString(m_date, tr("d", "the day part of a chosen date")));
    } else { // what a clerk has typed so far, in its places
        const QString typed = m_typed.leftJustified(8, u'_');
        m_year->setText(typed.left(4));
        m_month->setText(typed.mid(4, 2));
        m_day->setText(typed.mid(6, 2));
    }
    const QString whole = locale.toString(m_date, tr("d MMMM yyyy", "a chosen date, read aloud"));
    setAccessibleName(whole);
    m_year->setAccessibleName(tr("Year: %1. Tap to choose another year.").arg(whole));
    m_month->setAccessibleName(tr("Month: %1. Tap to choose another month.").arg(whole));
    m_day->setAccessibleName(tr("Day: %1. Tap to choose another day.").arg(whole));
}

void DatePicker::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    if (text.size() == 1 && text[0].isDigit() && m_typed.size() < 8) {
        m_typed += text;
        m_refused->hide();
        if (m_typed.size() == 8) {
            const QDate typed = QDate::fromString(m_typed, QStringLiteral("yyyyMMdd"));
            if (typed.isValid() && typed == clamped(typed, m_earliest, m_latest)) {
                choose(typed);
            } else { // the date chosen before stays; the clerk is told why and types again
                m_refused->setText(
                    tr("%1 is not a date that can be chosen here. Please type the year, month and day, for "
                       "example %2.")
                        .arg(m_typed, m_date.toString(QStringLiteral("yyyyMMdd"))));
                m_refused->show();
            }
            m_typed.clear();
        }
        retranslate();
        return;
    }
    if (event->key() == Qt::Key_Backspace && !m_typed.isEmpty()) {
        m_typed.chop(1);
        retranslate();
        return;
    }
    if (event->key() == Qt::Key_Escape && !m_open.isEmpty())
        return open({});
    QWidget::keyPressEvent(event);
}

void DatePicker::focusOutEvent(QFocusEvent* event)
{
    m_typed.clear(); // half a date typed is forgotten, the date chosen stays
    retranslate();
    QWidget::focusOutEvent(event);
}

void DatePicker::wheelEvent(QWheelEvent* event)
{
    event->ignore(); // the page scrolls; the date stays as it was chosen
}

void DatePicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillTiles();
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace ssc
