// Unemployment registration and benefit rules (rules.md §7) with the 2025 retirement ages, the unified social
// credit code of employers (GB 32100-2015) and the one-year arbitration limitation (rules.md §9).
#include "disputes/limitation.h"
#include "employers/unifiedsocialcreditcode.h"
#include "i18n/translator.h"
#include "unemployment/unemploymentrules.h"

#include <QTest>

using namespace ssc;

class TestUnemploymentRules : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(useLanguage(chineseLanguage)); }

    void registrationEligibility_data()
    {
        QTest::addColumn<QDate>("born");
        QTest::addColumn<int>("group");
        QTest::addColumn<bool>("pension");
        QTest::addColumn<bool>("registered");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("code"); // empty: eligible
        const QDate today(2026, 11, 29);
        QTest::newRow("adult") << QDate(1990, 5, 1) << 0 << false << false << today << "";
        QTest::newRow("16 today") << QDate(2010, 11, 29) << 0 << false << false << today << "";
        QTest::newRow("16 tomorrow") << QDate(2010, 11, 30) << 0 << false << false << today << "under_age";
        QTest::newRow("born in the future")
            << QDate(2030, 1, 1) << 0 << false << false << today << "bad_birth_date";
        QTest::newRow("no birth date") << QDate() << 0 << false << false << today << "bad_birth_date";
        // 2025 reform: a man born 1965-01 retires at 60 years 1 month, in 2025-02.
        QTest::newRow("man, month before retirement")
            << QDate(1965, 1, 15) << 0 << false << false << QDate(2025, 1, 31) << "";
        QTest::newRow("man, retirement month")
            << QDate(1965, 1, 15) << 0 << false << false << QDate(2025, 2, 1) << "retirement_age";
        QTest::newRow("man born 1964, at 60 before the reform")
            << QDate(1964, 12, 1) << 0 << false << false << QDate(2024, 12, 1) << "retirement_age";
        // A woman worker born 1975-01 retires at 50 years 1 month; a cadre born 1970-01 at 55 years 1 month.
        QTest::newRow("woman worker, before")
            << QDate(1975, 1, 10) << 2 << false << false << QDate(2025, 1, 31) << "";
        QTest::newRow("woman worker, at")
            << QDate(1975, 1, 10) << 2 << false << false << QDate(2025, 2, 1) << "retirement_age";
        QTest::newRow("woman cadre, at 52 still working age")
            << QDate(1974, 6, 1) << 1 << false << false << today << "";
        QTest::newRow("woman cadre, at")
            << QDate(1970, 1, 10) << 1 << false << false << QDate(2025, 2, 1) << "retirement_age";
        QTest::newRow("draws a pension")
            << QDate(1980, 1, 1) << 0 << true << false << today << "receiving_pension";
        QTest::newRow("registered already")
            << QDate(1980, 1, 1) << 0 << false << true << today << "already_registered";
    }

    void registrationEligibility()
    {
        QFETCH(QDate, born);
        QFETCH(int, group);
        QFETCH(bool, pension);
        QFETCH(bool, registered);
        QFETCH(QDate, today);
        QFETCH(QString, code);
        const Eligibility e = checkRegistration({born, RetirementGroup(group), pension, registered}, today);
        QCOMPARE(e.eligible, code.isEmpty());
        QCOMPARE(e.code, code);
        QCOMPARE(e.reason.isEmpty(), code.isEmpty());
        if (!code.isEmpty())
            QVERIFY(!e.reason.translated().isEmpty());
    }

    void theUnemploymentDate()
    {
        const QDate today(2026, 11, 29);
        QVERIFY(checkUnemploymentDate(today, today).eligible);
        QVERIFY(checkUnemploymentDate(today.addDays(-183), today).eligible);
        QCOMPARE(checkUnemploymentDate(today.addDays(-184), today).code, QStringLiteral("too_long_ago"));
        QCOMPARE(checkUnemploymentDate(today.addDays(1), today).code, QStringLiteral("bad_date"));
        QCOMPARE(checkUnemploymentDate(QDate(), today).code, QStringLiteral("bad_date"));
        QVERIFY(
            checkUnemploymentDate(today.addDays(-300), today, 365).eligible); // a region with a longer window
        QVERIFY(checkUnemploymentDate(today.addDays(-184), today).reason.translated().contains(u"183"));
    }

    void reasonCodes()
    {
        QCOMPARE(unemploymentReasons().size(), 11);
        QVERIFY(unemploymentReason(21)->involuntary);
        QVERIFY(unemploymentReason(22)->involuntary);
        QVERIFY(!unemploymentReason(24)->involuntary);
        QVERIFY(!unemploymentReason(10)->involuntary);
        QVERIFY(!unemploymentReason(23));
        QVERIFY(!unemploymentReason(0));
    }

    void benefitMonths_data()
    {
        QTest::addColumn<double>("years");
        QTest::addColumn<int>("months");
        QTest::newRow("11 months") << 0.92 << 0;
        QTest::newRow("1 year") << 1.0 << 12;
        QTest::newRow("4.9 years") << 4.9 << 12;
        QTest::newRow("5 years") << 5.0 << 18;
        QTest::newRow("9.99 years") << 9.99 << 18;
        QTest::newRow("10 years") << 10.0 << 24;
        QTest::newRow("30 years") << 30.0 << 24;
    }

    void benefitMonths()
    {
        QFETCH(double, years);
        QFETCH(int, months);
        QCOMPARE(benefitMonthsForYears(years), months);
    }

    void benefitEntitlement()
    {
        BenefitClaim claim{6.5, 21, true, 0, QDate(1990, 1, 1), RetirementGroup::Man, QDate(2026, 12, 1)};
        BenefitEntitlement e = assessBenefit(claim);
        QVERIFY(e.entitled);
        QCOMPARE(e.months, 18);
        claim.carriedOverMonths = 4; // months left from an earlier claim are added
        QCOMPARE(assessBenefit(claim).months, 22);
        claim.carriedOverMonths = 10; // but never beyond 24
        QCOMPARE(assessBenefit(claim).months, 24);

        BenefitClaim voluntary = claim;
        voluntary.reasonCode = 24;
        e = assessBenefit(voluntary);
        QVERIFY(!e.entitled);
        QCOMPARE(e.code, QStringLiteral("voluntary"));
        QVERIFY(!e.instead.isEmpty()); // routed to what they can claim instead

        BenefitClaim shortInsurance = claim;
        shortInsurance.contributionYears = 0.5;
        QCOMPARE(assessBenefit(shortInsurance).code, QStringLiteral("under_one_year"));
        BenefitClaim unregistered = claim;
        unregistered.registered = false;
        QCOMPARE(assessBenefit(unregistered).code, QStringLiteral("not_registered"));
    }

    void nearRetirementTheBenefitContinues()
    {
        // A man born 1966-09 retires at 60 years 5 months in 2027-02 (2025 reform: +1 month every 4 from
        // 1965-01). Twelve months from 2026-01 end in 2027-01: one month short of retirement, so it
        // continues.
        const RetirementAge r = statutoryRetirement(RetirementGroup::Man, {1966, 9});
        BenefitClaim claim{3, 22, true, 0, QDate(1966, 9, 15), RetirementGroup::Man, QDate(2026, 1, 1)};
        const BenefitEntitlement e = assessBenefit(claim);
        const int gap = r.retirementMonth.index() - YearMonth{2027, 1}.index();
        QVERIFY(gap > 0 && gap <= 12);
        QCOMPARE(e.nearRetirementMonths, gap);
        QCOMPARE(e.months, 12 + gap);
        // Far from retirement: nothing added.
        claim.birthDate = QDate(1980, 1, 1);
        QCOMPARE(assessBenefit(claim).nearRetirementMonths, 0);
    }

    void creditCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        // Check characters computed by an independent implementation for public codes (id-rule notes).
        QTest::newRow("check 1") << "91350100M0001TGQX1" << true;
        QTest::newRow("check R") << "91350211M0000XUF4R" << true;
        QTest::newRow("check J") << "91350203M0001FUE2J" << true;
        QTest::newRow("lower case and spaces") << "91350203 m0001 fue2j" << true;
        QTest::newRow("wrong check") << "91350100M0001TGQXM" << false;
        QTest::newRow("one character typed wrong") << "91350100M0002TGQX1" << false;
        QTest::newRow("two characters swapped") << "91350100M0001GTQX1" << false;
        QTest::newRow("17 characters") << "91350100M0001TGQX" << false;
        QTest::newRow("letter O") << "91350100MO001TGQX1" << false;
        QTest::newRow("letter I") << "9I350100M0001TGQX1" << false;
        QTest::newRow("region not digits") << "9135A100M0001TGQX1" << false;
        QTest::newRow("unknown kind for the market regulator") << "98350100M0001TGQX1" << false;
        QTest::newRow("empty") << "" << false;
    }

    void creditCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        const CreditCodeCheck check = checkUnifiedSocialCreditCode(code);
        QCOMPARE(check.valid, valid);
        QCOMPARE(check.reason.isEmpty(), valid);
        if (!valid)
            QVERIFY(!check.reason.translated().isEmpty());
    }

    void everySingleCharacterTypoIsCaught()
    {
        const QString good = QStringLiteral("91350211M0000XUF4R");
        const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
        int caught = 0;
        int typos = 0;
        for (int i = 2; i < 18; ++i)
            for (const QChar c : alphabet) {
                if (c == good[i] || (i < 8 && !c.isDigit()))
                    continue;
                QString typo = good;
                typo[i] = c;
                ++typos;
                caught += !checkUnifiedSocialCreditCode(typo).valid;
            }
        QCOMPARE(caught, typos);
    }

    void arbitrationLimitation()
    {
        const QDate today(2026, 11, 29);
        LimitationCheck c = checkArbitrationLimitation(QDate(2025, 11, 29), today);
        QVERIFY(c.withinLimit); // the last day
        QCOMPARE(c.daysLeft, 0);
        QCOMPARE(c.deadline, today);
        c = checkArbitrationLimitation(QDate(2025, 11, 28), today);
        QVERIFY(!c.withinLimit);
        QCOMPARE(c.daysLeft, -1);
        QVERIFY(checkArbitrationLimitation(QDate(2026, 6, 1), today).daysLeft > 180);
        // Pay owed during the employment: not limited while it lasts, a year from its end afterwards.
        QVERIFY(checkArbitrationLimitation(QDate(2020, 1, 1), today, true).withinLimit);
        QVERIFY(checkArbitrationLimitation(QDate(2020, 1, 1), today, true, QDate(2026, 3, 1)).withinLimit);
        QVERIFY(!checkArbitrationLimitation(QDate(2020, 1, 1), today, true, QDate(2025, 3, 1)).withinLimit);
        QVERIFY(!checkArbitrationLimitation(QDate(), today).withinLimit);
    }
};

QTEST_GUILESS_MAIN(TestUnemploymentRules)
#include "tst_unemploymentrules.moc"
