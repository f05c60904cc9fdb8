// 养老金测算 (rules.md §5): the basic pension's worked example, the account divisor with months, the
// month-by- month projection checked against figures worked by hand, and when no estimate can be made.
#include "pension/accountdivisor.h"
#include "pension/pensionestimate.h"

#include <QTest>

#include <cmath>

using namespace ssc;

class TestPensionEstimate : public QObject {
    Q_OBJECT

    // A man born 1965-05 (statutory age 60 years 2 months, retiring 2025-07), one month before retiring, with
    // 29 years 11 months paid at index 0.8 in Beijing (C 12049): at retirement N = 30, Z = 0.8.
    static PensionEstimateInput oneMonthBeforeRetiring()
    {
        PensionEstimateInput in;
        in.born = {1965, 5};
        in.now = {2025, 6};
        in.retirementAge = statutoryRetirement(RetirementGroup::Man, in.born).statutoryAge;
        in.yearsPaid = 29 + 11 / 12.0;
        in.averageIndex = 0.8;
        in.accountBalanceYuan = 100000;
        in.localAverageWageYuan = 12049;
        in.monthlyWageYuan = 12049 * 0.8;
        in.accountInterest = 0;
        return in;
    }

private slots:
    void basicPensionOfTheWorkedExample() { QCOMPARE(basicPension(12049, 0.8, 30), 3253.23); }

    void accountDivisor_data()
    {
        QTest::addColumn<int>("ageMonths");
        QTest::addColumn<double>("months");
        QTest::newRow("40") << 40 * 12 << 233.0;
        QTest::newRow("47 (208, not 207)") << 47 * 12 << 208.0;
        QTest::newRow("50") << 50 * 12 << 195.0;
        QTest::newRow("55") << 55 * 12 << 170.0;
        QTest::newRow("60") << 60 * 12 << 139.0;
        QTest::newRow("60y1m") << 60 * 12 + 1 << 139.0 - 7.0 / 12;
        QTest::newRow("60y6m") << 60 * 12 + 6 << 135.5;
        QTest::newRow("63") << 63 * 12 << 117.0;
        QTest::newRow("70") << 70 * 12 << 56.0;
    }
    void accountDivisor()
    {
        QFETCH(int, ageMonths);
        QFETCH(double, months);
        const auto divisor = accountDivisorMonths({ageMonths});
        QVERIFY(divisor.has_value());
        QCOMPARE(*divisor, months);
    }
    void accountDivisorOfSixtyAndAMonthIsTheRulesFigure()
    {
        QCOMPARE(std::round(*accountDivisorMonths({60 * 12 + 1}) * 10) / 10, 138.4); // rules.md §5
    }
    void noDivisorOutsideTheTable()
    {
        QVERIFY(!accountDivisorMonths({40 * 12 - 1}));
        QVERIFY(!accountDivisorMonths({70 * 12 + 1}));
    }

    void theLastMonthIsProjectedAndAddedUp()
    {
        const BeijingTransitionalFormula beijing;
        const EstimateOutcome outcome = estimatePension(oneMonthBeforeRetiring(), beijing);
        QVERIFY(outcome.estimate);
        const PensionEstimate& e = *outcome.estimate;
        QCOMPARE(e.retirementMonth, (YearMonth{2025, 7}));
        QCOMPARE(e.monthsToGo, 1);
        QCOMPARE(e.yearsAtRetirement, 30.0);
        QCOMPARE(e.indexAtRetirement, 0.8);
        QCOMPARE(e.basic, 3253.23);                 // the worked example
        QCOMPARE(e.accountAtRetirement, 100771.14); // + 8% of 9639.20
        QCOMPARE(e.divisorMonths, 139.0 - 7.0 * 2 / 12);
        QCOMPARE(e.account, 731.11);   // 100771.136 / 137.833
        QCOMPARE(e.transitional, 0.0); // no deemed years, none paid before 1998
        QCOMPARE(e.total(), 3253.23 + 731.11);
        QCOMPARE(e.totalAtTodaysWages, e.total()); // no growth: today's money is the retirement year's
        QCOMPARE(e.monthlyContribution, 771.14);   // 8% of the base
        QVERIFY(e.meetsMinimumYears());
    }

    void theBaseIsHeldBetweenSixtyAndThreeHundredPercent()
    {
        const BeijingTransitionalFormula beijing;
        PensionEstimateInput in = oneMonthBeforeRetiring();
        in.localAverageWageYuan = 10000;
        in.monthlyWageYuan = 1000; // below 60%: the base is 6000
        QCOMPARE(estimatePension(in, beijing).estimate->monthlyContribution, 480.0);
        in.insuredAs = InsuredAs::Flexible; // pays 20%, 8% of it to the account
        QCOMPARE(estimatePension(in, beijing).estimate->monthlyContribution, 1200.0);
        QCOMPARE(estimatePension(in, beijing).estimate->accountAtRetirement, 100480.0);
        in.monthlyWageYuan = 50000; // above 300%: the base is 30000
        QCOMPARE(estimatePension(in, beijing).estimate->monthlyContribution, 6000.0);
    }

    void theAccountEarnsInterestEveryMonth()
    {
        // A year to go at 5% a year with a constant base b: B·1.05 + 0.08·b·(0.05 / q), q the monthly rate.
        const BeijingTransitionalFormula beijing;
        PensionEstimateInput in = oneMonthBeforeRetiring();
        in.now = in.now.plusMonths(-11);
        in.yearsPaid -= 11 / 12.0;
        in.accountInterest = 0.05;
        const double q = std::pow(1.05, 1.0 / 12) - 1;
        const double base = 12049 * 0.8;
        const double expected = 100000 * 1.05 + 0.08 * base * (0.05 / q);
        QCOMPARE(estimatePension(in, beijing).estimate->accountAtRetirement, roundToFen(expected));
    }

    void payingLongerGivesMore()
    {
        const BeijingTransitionalFormula beijing;
        PensionEstimateInput in;
        in.born = {1980, 3};
        in.now = {2026, 11};
        in.yearsPaid = 20;
        in.accountBalanceYuan = 120000;
        in.localAverageWageYuan = 11000;
        in.monthlyWageYuan = 11000;
        in.wageGrowth = in.averageWageGrowth = 0.03;
        const RetirementAge age = statutoryRetirement(RetirementGroup::Man, in.born);
        in.retirementAge = age.statutoryAge;
        const PensionEstimate statutory = *estimatePension(in, beijing).estimate;
        in.retirementAge = age.latestFlexibleAge;
        const PensionEstimate later = *estimatePension(in, beijing).estimate;
        QCOMPARE(later.monthsToGo - statutory.monthsToGo, 36);
        QVERIFY(later.basic > statutory.basic);
        QVERIFY(later.account > statutory.account); // a larger account over fewer months
        QVERIFY(later.total() > statutory.total());
        QVERIFY(std::abs(statutory.indexAtRetirement - 1.0) < 1e-9); // the wage keeps pace with the average
    }

    void aWageGrowingFasterRaisesTheIndex()
    {
        const BeijingTransitionalFormula beijing;
        PensionEstimateInput in = oneMonthBeforeRetiring();
        in.now = {2015, 7};
        in.yearsPaid = 20;
        in.averageIndex = 1.0;
        in.monthlyWageYuan = in.localAverageWageYuan;
        in.wageGrowth = 0.06;
        in.averageWageGrowth = 0.03;
        const PensionEstimate e = *estimatePension(in, beijing).estimate;
        QVERIFY(e.indexAtRetirement > 1.0);
        QVERIFY(e.indexAtRetirement < 2.0);
        QCOMPARE(e.averageWageAtRetirement, roundToFen(12049 * std::pow(1.03, 10.0)));
        QCOMPARE(e.totalAtTodaysWages, roundToFen(e.total() * 12049 / e.averageWageAtRetirement));
        QVERIFY(e.totalAtTodaysWages < e.total());
    }

    void tooFewYearsAreSaid()
    {
        const BeijingTransitionalFormula beijing;
        PensionEstimateInput in;
        in.born = {1971, 1};
        in.now = {2026, 11};
        in.retirementAge = statutoryRetirement(RetirementGroup::Man, in.born).statutoryAge; // 2032-09
        in.yearsPaid = 5;
        in.localAverageWageYuan = in.monthlyWageYuan = 9000;
        const PensionEstimate e = *estimatePension(in, beijing).estimate;
        QCOMPARE(e.minimumYears, 16.5);
        QVERIFY(e.yearsAtRetirement < 11);
        QVERIFY(!e.meetsMinimumYears());
    }

    void theTransitionalPensionOfBeijing()
    {
        const BeijingTransitionalFormula beijing;
        QCOMPARE(beijing.monthlyYuan({10000, 1.2, 5, 5.75}), 500.0 + 690.0); // C·N同·1% + C·Z·N实98·1%
        PensionEstimateInput in = oneMonthBeforeRetiring();
        in.deemedYears = 5;
        in.yearsPaid1992To98 = 5.75;
        const PensionEstimate e = *estimatePension(in, beijing).estimate;
        QCOMPARE(e.transitional, roundToFen(12049 * 5 * 0.01 + 12049 * 0.8 * 5.75 * 0.01));
        QCOMPARE(e.yearsAtRetirement, 35.0); // deemed years count for the basic pension
        QVERIFY(hasOwnTransitionalFormula(QStringLiteral("110000")));
        QVERIFY(!hasOwnTransitionalFormula(QStringLiteral("440000")));
    }

    void noEstimateWhenItCannotBeMade()
    {
        const BeijingTransitionalFormula beijing;
        PensionEstimateInput in = oneMonthBeforeRetiring();
        in.now = {2025, 7};
        QCOMPARE(estimatePension(in, beijing).problem, EstimateProblem::AlreadyRetirementAge);
        in = oneMonthBeforeRetiring();
        in.localAverageWageYuan = 0;
        QCOMPARE(estimatePension(in, beijing).problem, EstimateProblem::NoAverageWage);
        in = oneMonthBeforeRetiring();
        in.born = {1900, 1};
        in.now = {1901, 1};
        in.retirementAge = {75 * 12};
        QCOMPARE(estimatePension(in, beijing).problem, EstimateProblem::AgeOutsideTable);
    }
};

QTEST_APPLESS_MAIN(TestPensionEstimate)
#include "tst_pensionestimate.moc"
