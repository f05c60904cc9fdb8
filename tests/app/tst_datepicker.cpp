// The touch date picker (issue 17): any date of the last two years in a few taps on year, month and day
// tiles, in the screen's language; a clerk types eight digits instead, and a wheel changes nothing.
#include "i18n/translator.h"
#include "moduleapi/choicebuttons.h"
#include "moduleapi/datepicker.h"
#include "theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace ssc;

class TestDatePicker : public QObject {
    Q_OBJECT
    std::unique_ptr<QWidget> window;
    DatePicker* picker = nullptr;
    int taps = 0;
    const QDate today = QDate::currentDate();

    QPushButton* part(const QString& name) const
    {
        for (QPushButton* b : picker->findChildren<QPushButton*>(QStringLiteral("datePart")))
            if (b->property("part").toString() == name)
                return b;
        return nullptr;
    }

    QPushButton* tile(const QString& tiles, int value) const
    {
        const auto* group = picker->findChild<ChoiceButtons*>(tiles);
        if (!group)
            return nullptr;
        for (QPushButton* b : group->findChildren<QPushButton*>())
            if (b->property("choiceKey").toString() == QString::number(value))
                return b;
        return nullptr;
    }

    // A finger on a button as the person sees it: it must be on screen and showing.
    void tap(QPushButton* button)
    {
        QVERIFY(button);
        QVERIFY2(button->isVisible(), qPrintable(button->text()));
        QTest::mouseClick(button, Qt::LeftButton);
        ++taps;
    }

    // The fewest taps a person needs: the part that differs first, then the tiles it leads to.
    void reach(QDate target)
    {
        if (target.year() != picker->date().year()) {
            tap(part(QStringLiteral("year")));
            tap(tile(QStringLiteral("dateYears"), target.year()));
        } else if (target.month() != picker->date().month()) {
            tap(part(QStringLiteral("month")));
        } else if (target.day() != picker->date().day()) {
            tap(part(QStringLiteral("day")));
        }
        if (picker->openPart() == u"month")
            tap(tile(QStringLiteral("dateMonths"), target.month()));
        if (picker->openPart() == u"day")
            tap(tile(QStringLiteral("dateDays"), target.day()));
    }

private slots:
    void initTestCase() { applyTheme(*qApp, Theme::Standard); }

    void init()
    {
        QVERIFY(useLanguage(chineseLanguage));
        window = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(window.get());
        picker = new DatePicker(today);
        picker->setRange(QDate(today.year() - 5, 1, 1), today);
        layout->addWidget(picker);
        layout->addStretch(1);
        window->resize(1280, 800);
        window->show();
        QApplication::setActiveWindow(window.get());
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        taps = 0;
    }

    void anyDateOfTheLastTwoYearsInFourTaps_data()
    {
        QTest::addColumn<QDate>("target");
        QTest::newRow("two years back") << today.addYears(-2);
        QTest::newRow("two years and a day back, another month")
            << today.addYears(-2).addMonths(-1).addDays(-1);
        QTest::newRow("last year, first of January") << QDate(today.year() - 1, 1, 1);
        QTest::newRow("this year, another month") << today.addMonths(-7);
        QTest::newRow("this month, another day") << today.addDays(today.day() > 1 ? -1 : 1);
        QTest::newRow("last day of February two years back") << QDate(today.year() - 2, 3, 1).addDays(-1);
    }

    void anyDateOfTheLastTwoYearsInFourTaps()
    {
        QFETCH(QDate, target);
        if (target > today) // the 1st of a month: "another day" is the next day, which has not come yet
            target = today;
        QSignalSpy chosen(picker, &DatePicker::dateChosen);
        reach(target);
        QCOMPARE(picker->date(), target);
        QVERIFY2(taps <= 4, qPrintable(QString::number(taps)));
        if (target != today) {
            QVERIFY(!chosen.isEmpty());
            QCOMPARE(chosen.last().first().toDate(), target);
        }
        QCOMPARE(picker->openPart(), QString()); // the tiles closed with the day chosen
        qInfo("%s: %d taps", qPrintable(target.toString(Qt::ISODate)), taps);
    }

    void aLaterDayThanTheMonthHasIsItsLastDay()
    {
        picker->setDate(QDate(today.year() - 1, 3, 31));
        tap(part(QStringLiteral("month")));
        tap(tile(QStringLiteral("dateMonths"), 4));
        QCOMPARE(picker->date(), QDate(today.year() - 1, 4, 30));
        QVERIFY(tile(QStringLiteral("dateDays"), 30));
        QVERIFY(!tile(QStringLiteral("dateDays"), 31)); // April has no 31st to offer
    }

    void onlyDatesInTheRangeAreOffered()
    {
        tap(part(QStringLiteral("year")));
        QVERIFY(tile(QStringLiteral("dateYears"), today.year() - 5));
        QVERIFY(!tile(QStringLiteral("dateYears"), today.year() - 6));
        QVERIFY(!tile(QStringLiteral("dateYears"), today.year() + 1));
        tap(tile(QStringLiteral("dateYears"), today.year()));
        if (today.month() < 12)
            QVERIFY(!tile(QStringLiteral("dateMonths"), today.month() + 1)); // the future is not offered
        tap(tile(QStringLiteral("dateMonths"), today.month()));
        if (today.day() < today.daysInMonth())
            QVERIFY(!tile(QStringLiteral("dateDays"), today.day() + 1));
    }

    void inTheScreensLanguage()
    {
        const QDate july(today.year() - 1, 7, 14);
        picker->setDate(july);
        QCOMPARE(part(QStringLiteral("year"))->text(), QStringLiteral("%1年").arg(july.year()));
        QCOMPARE(part(QStringLiteral("month"))->text(), QStringLiteral("7月"));
        QCOMPARE(part(QStringLiteral("day"))->text(), QStringLiteral("14日"));
        tap(part(QStringLiteral("month")));
        QCOMPARE(tile(QStringLiteral("dateMonths"), 12)->text(), QStringLiteral("12月"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_COMPARE(part(QStringLiteral("year"))->text(), QString::number(july.year())); // on LanguageChange
        QCOMPARE(part(QStringLiteral("month"))->text(), QStringLiteral("July"));
        QCOMPARE(part(QStringLiteral("day"))->text(), QStringLiteral("14"));
        QCOMPARE(tile(QStringLiteral("dateMonths"), 12)->text(), QStringLiteral("December"));
        QCOMPARE(picker->accessibleName(), QStringLiteral("14 July %1").arg(july.year()));
    }

    void aClerkTypesEightDigits()
    {
        picker->setFocus();
        QSignalSpy chosen(picker, &DatePicker::dateChosen);
        const QDate target = today.addMonths(-14);
        QTest::keyClicks(picker, target.toString(QStringLiteral("yyyyMMdd")));
        QCOMPARE(picker->date(), target);
        QCOMPARE(chosen.size(), 1);
        // Not a date: refused in words, the date as it was.
        QTest::keyClicks(picker, QStringLiteral("%1").arg(today.year() - 1) + QStringLiteral("1340"));
        QCOMPARE(picker->date(), target);
        const auto* refused = picker->findChild<QLabel*>(QStringLiteral("fieldProblem"));
        QVERIFY(refused && refused->isVisible());
        QVERIFY2(refused->text().contains(u"不是"), qPrintable(refused->text()));
        // In the future: refused too.
        QTest::keyClicks(picker, today.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        QCOMPARE(picker->date(), target);
        QCOMPARE(chosen.size(), 1);
        // A digit typed and taken back: nothing changes.
        QTest::keyClick(picker, Qt::Key_2);
        QTest::keyClick(picker, Qt::Key_Backspace);
        QCOMPARE(picker->date(), target);
    }

    void aWheelChangesNothing()
    {
        const QDate before = picker->date();
        tap(part(QStringLiteral("year")));
        for (QWidget* over :
             {static_cast<QWidget*>(picker), static_cast<QWidget*>(part(QStringLiteral("day")))}) {
            const QPointF at = QPointF(over->rect().center());
            QWheelEvent wheel(at, over->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(over, &wheel);
        }
        QCOMPARE(picker->date(), before);
    }
};

QTEST_MAIN(TestDatePicker)
#include "tst_datepicker.moc"
