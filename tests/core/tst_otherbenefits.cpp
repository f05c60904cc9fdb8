// The unemployment benefits besides 失业保险金 (docs/unemployment-benefits.md) with the brief's cases: the
// subsidy for the insured who do not qualify or whose benefit ran out, never beside the benefit; the migrant
// worker's one-off allowance after a full year of continuous work paid by the employer alone; the temporary
// allowance for those insured under a year since 2019; the regions' windows; the subsidy's stop events.
#include "unemployment/otherbenefits.h"

#include <QTest>

using namespace ssc;

namespace {

UnemploymentPolicy policy()
{
    UnemploymentPolicy p;
    p.benefitMonthlyFen = 228600; // Beijing's demo standard
    p.minimumLivingFen = 145000;
    return p;
}

// An urban worker who paid like everyone: registered, `months` months paid, the last run unbroken.
InsuredHistory worker(int months)
{
    InsuredHistory h;
    h.registered = true;
    h.paidMonths = months;
    h.personalPaidMonths = months;
    h.continuousMonths = months;
    h.firstInsured = QDate(2024, 1, 1);
    return h;
}

// A farmer-worker whose employer alone paid.
InsuredHistory farmerWorker(int months, QDate firstInsured = QDate(2025, 3, 1))
{
    InsuredHistory h = worker(months);
    h.personalPaidMonths = 0;
    h.firstInsured = firstInsured;
    return h;
}

BenefitEntitlement insurance(bool entitled)
{
    BenefitEntitlement e;
    e.entitled = entitled;
    e.months = entitled ? 12 : 0;
    return e;
}

const QDate today(2026, 12, 4);

} // namespace

Q_DECLARE_METATYPE(ssc::InsuredHistory)

class TestOtherBenefits : public QObject {
    Q_OBJECT

private slots:
    void subsidy_data()
    {
        QTest::addColumn<InsuredHistory>("history");
        QTest::addColumn<bool>("benefitDue");
        QTest::addColumn<QString>("code"); // empty: entitled
        // "我参保缴费还不到1年": insured but not meeting the benefit's conditions.
        QTest::newRow("insured under a year") << worker(8) << false << "";
        QTest::newRow("voluntary leaver with years") << worker(60) << false << "";
        // "领了24个月的失业保险金，去年底已经领满了，但我目前还没有找到工作".
        InsuredHistory ranOut = worker(160);
        ranOut.benefitMonthsReceived = 24;
        ranOut.benefitMonthsDue = 24;
        QTest::newRow("benefit ran out") << ranOut << true << "";
        // Not beside 失业保险金.
        InsuredHistory drawing = worker(160);
        drawing.benefitMonthsReceived = 4;
        drawing.benefitMonthsDue = 18;
        QTest::newRow("benefit still paid") << drawing << true << "receiving_benefit";
        InsuredHistory claimed = worker(30);
        claimed.benefitClaimStanding = true;
        QTest::newRow("benefit claim standing") << claimed << true << "receiving_benefit";
        QTest::newRow("benefit due: claim that") << worker(30) << true << "benefit_due";
        InsuredHistory notRegistered = worker(8);
        notRegistered.registered = false;
        QTest::newRow("not registered") << notRegistered << false << "not_registered";
        QTest::newRow("never insured") << worker(0) << false << "not_insured";
        // "单位缴纳失业保险费、个人不缴费的农民工": the allowances, not the subsidy.
        QTest::newRow("employer alone paid") << farmerWorker(24) << false << "employer_only";
        // "您属于与城镇职工同等参保缴费的失业农民工，可以在参保地申领失业保险金或失业补助金".
        QTest::newRow("farmer-worker who paid like others") << worker(8) << false << "";
        InsuredHistory pensioner = worker(8);
        pensioner.drawingPension = true;
        QTest::newRow("draws a pension") << pensioner << false << "receiving_pension";
    }

    void subsidy()
    {
        QFETCH(InsuredHistory, history);
        QFETCH(bool, benefitDue);
        QFETCH(QString, code);
        const OtherBenefit b = assessSubsidy(history, insurance(benefitDue), policy(), today);
        QCOMPARE(b.kind, QStringLiteral("unemployment-subsidy"));
        QCOMPARE(b.code, code);
        QCOMPARE(b.entitled, code.isEmpty());
        QCOMPARE(b.reason.isEmpty(), code.isEmpty());
        if (b.entitled) { // 6 months at 80 % of the benefit standard, in whole fen
            QCOMPARE(b.months, 6);
            QCOMPARE(b.monthlyFen, 182880);
            QCOMPARE(b.totalFen, 6 * 182880);
        }
    }

    void subsidyWindow()
    {
        UnemploymentPolicy p = policy();
        p.subsidyWindow = {QDate(2020, 3, 1), QDate(2020, 12, 31)}; // the brief's national dates
        QCOMPARE(assessSubsidy(worker(8), insurance(false), p, QDate(2020, 2, 29)).code, u"window_closed");
        QVERIFY(assessSubsidy(worker(8), insurance(false), p, QDate(2020, 3, 1)).entitled);
        QVERIFY(assessSubsidy(worker(8), insurance(false), p, QDate(2020, 12, 31)).entitled);
        QCOMPARE(assessSubsidy(worker(8), insurance(false), p, QDate(2021, 1, 1)).code, u"window_closed");
        QVERIFY(PolicyWindow{}.contains(today)); // no dates: open
    }

    void oneOffAllowance_data()
    {
        QTest::addColumn<InsuredHistory>("history");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("months");
        // "单位缴纳失业保险费、个人不缴费的农民工，如果您连续工作满1年，可以申领一次性生活补助".
        QTest::newRow("a full year") << farmerWorker(12) << "" << 1;
        QTest::newRow("two years and five months") << farmerWorker(29) << "" << 2;
        QTest::newRow("fifteen years: the region's cap") << farmerWorker(180) << "" << 12;
        QTest::newRow("eleven months") << farmerWorker(11) << "under_one_year" << 0;
        InsuredHistory broken = farmerWorker(20);
        broken.continuousMonths = 8; // a year in all, not continuous
        QTest::newRow("not continuous") << broken << "under_one_year" << 0;
        QTest::newRow("paid personally too") << worker(24) << "not_employer_only" << 0;
        InsuredHistory notRegistered = farmerWorker(24);
        notRegistered.registered = false;
        QTest::newRow("not registered") << notRegistered << "not_registered" << 0;
    }

    void oneOffAllowance()
    {
        QFETCH(InsuredHistory, history);
        QFETCH(QString, code);
        QFETCH(int, months);
        const OtherBenefit b = assessOneOffAllowance(history, policy());
        QCOMPARE(b.kind, QStringLiteral("migrant-one-off-allowance"));
        QCOMPARE(b.code, code);
        QCOMPARE(b.months, months);
        QCOMPARE(b.totalFen, 228600LL * months); // months of the benefit standard
    }

    void temporaryAllowance_data()
    {
        QTest::addColumn<InsuredHistory>("history");
        QTest::addColumn<QString>("code");
        // "对2019年1月1日之后参保不满1年的失业农民工，参照参保地城市低保标准，可以申领不超过3个月的临时生活补助".
        QTest::newRow("seven months since 2025") << farmerWorker(7) << "";
        QTest::newRow("insured on the first day") << farmerWorker(3, QDate(2019, 1, 1)) << "";
        QTest::newRow("insured before 2019")
            << farmerWorker(7, QDate(2018, 12, 1)) << "insured_before_window";
        QTest::newRow("a year: the one-off allowance instead") << farmerWorker(12) << "one_year_or_more";
        QTest::newRow("paid personally too") << worker(7) << "not_employer_only";
        InsuredHistory notRegistered = farmerWorker(7);
        notRegistered.registered = false;
        QTest::newRow("not registered") << notRegistered << "not_registered";
    }

    void temporaryAllowance()
    {
        QFETCH(InsuredHistory, history);
        QFETCH(QString, code);
        const OtherBenefit b = assessTemporaryAllowance(history, policy(), today);
        QCOMPARE(b.kind, QStringLiteral("temporary-living-allowance"));
        QCOMPARE(b.code, code);
        QCOMPARE(b.entitled, code.isEmpty());
        if (b.entitled) { // 3 months at the minimum living standard
            QCOMPARE(b.months, 3);
            QCOMPARE(b.monthlyFen, 145000);
            QCOMPARE(b.totalFen, 435000);
        }
    }

    void temporaryWindow()
    {
        UnemploymentPolicy p = policy();
        p.temporaryWindow = {QDate(2020, 5, 1), QDate(2020, 12, 31)};
        QCOMPARE(assessTemporaryAllowance(farmerWorker(7, QDate(2020, 1, 1)), p, QDate(2020, 4, 30)).code,
                 u"window_closed");
        QVERIFY(assessTemporaryAllowance(farmerWorker(7, QDate(2020, 1, 1)), p, QDate(2020, 5, 1)).entitled);
    }

    // Each person is led to exactly one of the four by the data alone.
    void theFourAreExclusive()
    {
        BenefitClaim claim;
        claim.registered = true;
        claim.reasonCode = 21;
        claim.contributionYears = 2;
        claim.personalContributions = false;
        QCOMPARE(assessBenefit(claim).code, u"employer_only");
        QVERIFY(!assessBenefit(claim).instead.isEmpty());
        const InsuredHistory h = farmerWorker(24);
        QVERIFY(assessOneOffAllowance(h, policy()).entitled);
        QVERIFY(!assessTemporaryAllowance(h, policy(), today).entitled);
        QVERIFY(!assessSubsidy(h, assessBenefit(claim), policy(), today).entitled);
    }

    void subsidyStops()
    {
        for (const char* event : {"period_ended", "employed_and_insured", "died", "military_service",
                                  "emigrated", "pension_started", "imprisoned"})
            QVERIFY2(subsidyStopsOn(QString::fromLatin1(event)), event);
        QVERIFY(!subsidyStopsOn(QStringLiteral("moved_house")));
        QCOMPARE(subsidyStopEvents().size(), 7);
    }
};

QTEST_APPLESS_MAIN(TestOtherBenefits)
#include "tst_otherbenefits.moc"
