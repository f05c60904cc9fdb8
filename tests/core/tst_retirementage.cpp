// Statutory retirement age under the 2025 reform (rules.md §6), with the examples of the NPC decision.
#include "pension/retirementage.h"

#include <QTest>

using namespace ssc;

Q_DECLARE_METATYPE(ssc::RetirementGroup)

class TestRetirementAge : public QObject {
    Q_OBJECT
private slots:
    void statutoryAge_data()
    {
        QTest::addColumn<RetirementGroup>("group");
        QTest::addColumn<QString>("born");
        QTest::addColumn<int>("delayMonths");
        QTest::addColumn<QString>("retires");
        QTest::addColumn<double>("minimumYears");

        QTest::newRow("man born 1964-12: no delay")
            << RetirementGroup::Man << "1964-12" << 0 << "2024-12" << 15.0;
        QTest::newRow("man 1965-01: 60y1m") << RetirementGroup::Man << "1965-01" << 1 << "2025-02" << 15.0;
        QTest::newRow("man 1965-04: still 60y1m")
            << RetirementGroup::Man << "1965-04" << 1 << "2025-05" << 15.0;
        QTest::newRow("man 1965-05: 60y2m") << RetirementGroup::Man << "1965-05" << 2 << "2025-07" << 15.0;
        QTest::newRow("man 1970-01: 60y16m") << RetirementGroup::Man << "1970-01" << 16 << "2031-05" << 16.0;
        QTest::newRow("man 1976-08: 63, capped")
            << RetirementGroup::Man << "1976-08" << 35 << "2039-07" << 20.0;
        QTest::newRow("man 1976-09: cap 36") << RetirementGroup::Man << "1976-09" << 36 << "2039-09" << 20.0;
        QTest::newRow("man 1990-01: cap 36") << RetirementGroup::Man << "1990-01" << 36 << "2053-01" << 20.0;
        QTest::newRow("woman cadre 1969-12: no delay")
            << RetirementGroup::WomanCadre << "1969-12" << 0 << "2024-12" << 15.0;
        QTest::newRow("woman cadre 1971-04: 55y4m")
            << RetirementGroup::WomanCadre << "1971-04" << 4 << "2026-08" << 15.0;
        QTest::newRow("woman cadre 1981-12: cap 58")
            << RetirementGroup::WomanCadre << "1981-12" << 36 << "2039-12" << 20.0;
        QTest::newRow("woman worker 1975-01: 50y1m")
            << RetirementGroup::WomanWorker << "1975-01" << 1 << "2025-02" << 15.0;
        QTest::newRow("woman worker 1975-03: 50y2m (step 2)")
            << RetirementGroup::WomanWorker << "1975-03" << 2 << "2025-05" << 15.0;
        QTest::newRow("woman worker 1980-01: 50y31m")
            << RetirementGroup::WomanWorker << "1980-01" << 31 << "2032-08" << 16.5;
        QTest::newRow("woman worker 1984-12: cap 55")
            << RetirementGroup::WomanWorker << "1984-12" << 60 << "2039-12" << 20.0;
    }

    void statutoryAge()
    {
        QFETCH(RetirementGroup, group);
        QFETCH(QString, born);
        QFETCH(int, delayMonths);
        QFETCH(QString, retires);
        QFETCH(double, minimumYears);
        const auto birth = YearMonth::parse(born);
        QVERIFY(birth);
        const RetirementAge r = statutoryRetirement(group, *birth);
        QCOMPARE(r.delayMonths, delayMonths);
        QCOMPARE(r.statutoryAge.months, r.originalAge.months + delayMonths);
        QCOMPARE(r.retirementMonth.toString(), retires);
        QCOMPARE(r.minimumContributionYears, minimumYears);
    }

    void flexibleWindowNeverGoesBelowTheOriginalAge()
    {
        const RetirementAge early = statutoryRetirement(RetirementGroup::Man, {1965, 5});
        QCOMPARE(early.earliestFlexibleAge.months, 60 * 12);
        QCOMPARE(early.earliestFlexibleMonth.toString(), QStringLiteral("2025-05"));
        QCOMPARE(early.latestFlexibleAge.months, 60 * 12 + 2 + 36);

        const RetirementAge late = statutoryRetirement(RetirementGroup::Man, {1990, 1});
        QCOMPARE(late.earliestFlexibleAge.months, 60 * 12); // 63 - 3 years
        QCOMPARE(late.latestFlexibleAge.months, 66 * 12);
    }

    void minimumContributionYearsByRetirementYear()
    {
        QCOMPARE(minimumContributionYears(2020), 15.0);
        QCOMPARE(minimumContributionYears(2029), 15.0);
        QCOMPARE(minimumContributionYears(2030), 15.5);
        QCOMPARE(minimumContributionYears(2035), 18.0);
        QCOMPARE(minimumContributionYears(2039), 20.0);
        QCOMPARE(minimumContributionYears(2050), 20.0);
    }

    void yearMonthParsing()
    {
        QCOMPARE(YearMonth::parse(u"1971-04")->toString(), QStringLiteral("1971-04"));
        QVERIFY(!YearMonth::parse(u"1971-13"));
        QVERIFY(!YearMonth::parse(u"1971-00"));
        QVERIFY(!YearMonth::parse(u"1971-4"));
        QVERIFY(!YearMonth::parse(u"71-04"));
        QVERIFY(!YearMonth::parse(u"1899-12"));
        QVERIFY(!YearMonth::parse(u""));
        QVERIFY(!YearMonth::parse(u"1971/04"));
        QCOMPARE(YearMonth({1999, 12}).plusMonths(1).toString(), QStringLiteral("2000-01"));
    }
};

QTEST_GUILESS_MAIN(TestRetirementAge)
#include "tst_retirementage.moc"
