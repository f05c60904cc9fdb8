// The other unemployment benefits and the employment services over real HTTP (docs/unemployment-benefits.md):
// GET /me/unemployment-benefit says which of the four each demo person may claim, from the contribution data
// (who paid, for how long) and the registration; each claim is filed once through POST /me/applications as
// its own kind, refused when not due, reviewed by the demo back office and listed with its progress; an
// employment service is asked for once per offer and contacted by the office.
#include "platformfixture.h"
#include "registrationbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestOtherBenefitsApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Headers logIn(const QString& person, const QByteArray& key = {})
    {
        return platform.citizenHeaders(person, key);
    }

    PlatformFixture::Response fileAs(const PlatformFixture::Headers& headers, const QJsonObject& body)
    {
        return platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/applications"),
                                   body, headers);
    }

    QJsonObject benefitOf(const QString& person)
    {
        const auto r =
            platform.asTerminal(QStringLiteral("kiosk"), "GET",
                                QStringLiteral("/api/v1/me/unemployment-benefit"), {}, logIn(person));
        return r.json;
    }

    // The answer for one of the other kinds.
    static QJsonObject claimOf(const QJsonObject& benefit, const QString& kind)
    {
        for (const QJsonValue& c : benefit[QStringLiteral("claims")].toArray())
            if (c.toObject()[QStringLiteral("kind")].toString() == kind)
                return c.toObject();
        return {};
    }

    void registerAs(const QString& person, const QString& reason)
    {
        QCOMPARE(fileAs(logIn(person, "reg-" + person.toLatin1()), registrationBodyWithReason(reason)).status,
                 201);
    }

    static QJsonObject claim(const QString& kind, bool seeking)
    {
        QJsonObject values{{QStringLiteral("account"), QStringLiteral("card")},
                           {QStringLiteral("phone"), QStringLiteral("13812345678")}};
        if (seeking)
            values.insert(QStringLiteral("seekingWork"), QStringLiteral("yes"));
        return {{QStringLiteral("kind"), kind},
                {QStringLiteral("committed"), true},
                {QStringLiteral("values"), values}};
    }

    PlatformFixture::Response decide(const QString& receipt, const QString& decision)
    {
        return platform.request(
            "POST", QStringLiteral("/api/v1/demo/applications/%1/review").arg(receipt),
            QJsonDocument(QJsonObject{{QStringLiteral("decision"), decision}}).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}});
    }

    int countOf(const PlatformFixture::Headers& headers, const QString& kind)
    {
        int n = 0;
        for (const QJsonValue& a : platform
                                       .asTerminal(QStringLiteral("kiosk"), "GET",
                                                   QStringLiteral("/api/v1/me/applications"), {}, headers)
                                       .json[QStringLiteral("applications")]
                                       .toArray())
            n += a.toObject()[QStringLiteral("kind")].toString() == kind;
        return n;
    }

    // Files the claim once (and a retry under the same key answers the same receipt), refuses a second
    // under a new key, and has the back office approve it: the citizen then sees it approved.
    void fileOnceAndApprove(const QString& person, const QString& kind, bool seeking)
    {
        const auto session = logIn(person, kind.toLatin1() + "-1");
        const auto filed = fileAs(session, claim(kind, seeking));
        QCOMPARE(filed.status, 201);
        QCOMPARE(filed.json[QStringLiteral("kind")].toString(), kind);
        const QString receipt = filed.json[QStringLiteral("receipt")].toString();
        const auto retried = fileAs(session, claim(kind, seeking));
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.json[QStringLiteral("receipt")].toString(), receipt);
        const auto second = fileAs(logIn(person, kind.toLatin1() + "-2"), claim(kind, seeking));
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), QStringLiteral("already_claimed"));
        QCOMPARE(countOf(session, kind), 1);
        QCOMPARE(decide(receipt, QStringLiteral("approve")).status, 200);
        QCOMPARE(decide(receipt, QStringLiteral("approve")).status, 409); // decided once
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void notRegisteredNothingIsDue()
    {
        const QJsonObject ma = benefitOf(QStringLiteral("ma-migrant"));
        QCOMPARE(ma[QStringLiteral("code")].toString(), QStringLiteral("not_registered"));
        QCOMPARE(ma[QStringLiteral("claims")].toArray().size(), 3);
        for (const QJsonValue& c : ma[QStringLiteral("claims")].toArray())
            QCOMPARE(c.toObject()[QStringLiteral("code")].toString(), QStringLiteral("not_registered"));
        const auto refused = fileAs(logIn(QStringLiteral("ma-migrant"), "early-0001"),
                                    claim(QStringLiteral("migrant-one-off-allowance"), false));
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("not_registered"));
    }

    // 马建军: 34 months in Shenzhen, paid by the employer alone: the one-off allowance, 2 months of
    // Guangdong's demo benefit standard (2,152 yuan); not 失业保险金, not the subsidy, not the temporary one.
    void aFarmerWorkerWithYearsClaimsTheOneOffAllowance()
    {
        registerAs(QStringLiteral("ma-migrant"), QStringLiteral("21"));
        const QJsonObject ma = benefitOf(QStringLiteral("ma-migrant"));
        QCOMPARE(ma[QStringLiteral("entitled")].toBool(), false);
        QCOMPARE(ma[QStringLiteral("code")].toString(), QStringLiteral("employer_only"));
        QCOMPARE(ma[QStringLiteral("contributionMonths")].toInt(), 34);
        const QJsonObject oneOff = claimOf(ma, QStringLiteral("migrant-one-off-allowance"));
        QCOMPARE(oneOff[QStringLiteral("entitled")].toBool(), true);
        QCOMPARE(oneOff[QStringLiteral("months")].toInt(), 2);
        QCOMPARE(oneOff[QStringLiteral("monthlyFen")].toInteger(), 215200);
        QCOMPARE(oneOff[QStringLiteral("totalFen")].toInteger(), 430400);
        QCOMPARE(claimOf(ma, QStringLiteral("unemployment-subsidy"))[QStringLiteral("code")].toString(),
                 QStringLiteral("employer_only"));
        QCOMPARE(claimOf(ma, QStringLiteral("temporary-living-allowance"))[QStringLiteral("code")].toString(),
                 QStringLiteral("one_year_or_more"));
        // The benefit and the wrong allowance are refused on filing too.
        const auto benefit = fileAs(logIn(QStringLiteral("ma-migrant"), "ma-ben-0001"),
                                    claim(QStringLiteral("unemployment-benefit"), true));
        QCOMPARE(benefit.errorCode(), QStringLiteral("employer_only"));
        const auto temporary = fileAs(logIn(QStringLiteral("ma-migrant"), "ma-tmp-0001"),
                                      claim(QStringLiteral("temporary-living-allowance"), false));
        QCOMPARE(temporary.errorCode(), QStringLiteral("one_year_or_more"));
        fileOnceAndApprove(QStringLiteral("ma-migrant"), QStringLiteral("migrant-one-off-allowance"), false);
    }

    // 高秀英: 7 months since 2025-04, employer alone: the temporary allowance, 3 months at Guangdong's demo
    // minimum living standard (1,200 yuan).
    void aNewlyInsuredFarmerWorkerClaimsTheTemporaryAllowance()
    {
        registerAs(QStringLiteral("gao-newcomer"), QStringLiteral("22"));
        const QJsonObject gao = benefitOf(QStringLiteral("gao-newcomer"));
        QCOMPARE(gao[QStringLiteral("contributionMonths")].toInt(), 7);
        const QJsonObject temporary = claimOf(gao, QStringLiteral("temporary-living-allowance"));
        QCOMPARE(temporary[QStringLiteral("entitled")].toBool(), true);
        QCOMPARE(temporary[QStringLiteral("months")].toInt(), 3);
        QCOMPARE(temporary[QStringLiteral("totalFen")].toInteger(), 360000);
        QCOMPARE(claimOf(gao, QStringLiteral("migrant-one-off-allowance"))[QStringLiteral("code")].toString(),
                 QStringLiteral("under_one_year"));
        fileOnceAndApprove(QStringLiteral("gao-newcomer"), QStringLiteral("temporary-living-allowance"),
                           false);
    }

    // 李娜 resigned after years of contributions: not 失业保险金, the subsidy instead, 6 months at 80 % of
    // Guangdong's demo standard (her latest insurance); the subsidy asks that she looks for work.
    void aVoluntaryLeaverClaimsTheSubsidy()
    {
        registerAs(QStringLiteral("li-na"), QStringLiteral("24"));
        const QJsonObject lina = benefitOf(QStringLiteral("li-na"));
        QCOMPARE(lina[QStringLiteral("code")].toString(), QStringLiteral("voluntary"));
        const QJsonObject subsidy = claimOf(lina, QStringLiteral("unemployment-subsidy"));
        QCOMPARE(subsidy[QStringLiteral("entitled")].toBool(), true);
        QCOMPARE(subsidy[QStringLiteral("months")].toInt(), 6);
        QCOMPARE(subsidy[QStringLiteral("monthlyFen")].toInteger(), 215200 * 80 / 100);
        QCOMPARE(
            claimOf(lina, QStringLiteral("migrant-one-off-allowance"))[QStringLiteral("code")].toString(),
            QStringLiteral("not_employer_only"));
        const auto notSeeking = fileAs(logIn(QStringLiteral("li-na"), "lina-sub-0000"),
                                       claim(QStringLiteral("unemployment-subsidy"), false));
        QCOMPARE(notSeeking.status, 400); // the form's own rule: seeking work is asked
        fileOnceAndApprove(QStringLiteral("li-na"), QStringLiteral("unemployment-subsidy"), true);
    }

    // 陈杰 is dismissed with 78 months: 失业保险金 is due, so the subsidy is not.
    void theSubsidyIsNotPaidWhereTheBenefitIsDue()
    {
        registerAs(QStringLiteral("chen-unemployed"), QStringLiteral("21"));
        const QJsonObject chen = benefitOf(QStringLiteral("chen-unemployed"));
        QCOMPARE(chen[QStringLiteral("entitled")].toBool(), true);
        const QString code =
            claimOf(chen, QStringLiteral("unemployment-subsidy"))[QStringLiteral("code")].toString();
        // 4 months of 失业保险金 already paid out of 18 in the demo's records: being paid.
        QCOMPARE(code, QStringLiteral("receiving_benefit"));
        const auto filed = fileAs(logIn(QStringLiteral("chen-unemployed"), "chen-sub-0001"),
                                  claim(QStringLiteral("unemployment-subsidy"), true));
        QCOMPARE(filed.status, 409);
        QCOMPARE(filed.errorCode(), QStringLiteral("receiving_benefit"));
    }

    void employmentServicesAreAskedForOncePerOffer()
    {
        const auto ask = [this](const QString& person, const QByteArray& key, const QString& offer) {
            return fileAs(logIn(person, key),
                          {{QStringLiteral("kind"), QStringLiteral("employment-service")},
                           {QStringLiteral("committed"), true},
                           {QStringLiteral("values"), QJsonObject{{QStringLiteral("offer"), offer}}}});
        };
        // For people registered as unemployed.
        const auto unregistered = ask(QStringLiteral("hk-resident"), "svc-hk-0001", QStringLiteral("policy"));
        QCOMPARE(unregistered.status, 409);
        QCOMPARE(unregistered.errorCode(), QStringLiteral("not_registered"));
        QCOMPARE(ask(QStringLiteral("gao-newcomer"), "svc-x-0001", QStringLiteral("lottery")).status, 400);
        const auto jobs = ask(QStringLiteral("gao-newcomer"), "svc-0001", QStringLiteral("jobs-training"));
        QCOMPARE(jobs.status, 201);
        QCOMPARE(jobs.json[QStringLiteral("subject")].toString(), QStringLiteral("jobs-training"));
        QCOMPARE(ask(QStringLiteral("gao-newcomer"), "svc-0001", QStringLiteral("jobs-training")).status,
                 200);
        const auto again = ask(QStringLiteral("gao-newcomer"), "svc-0002", QStringLiteral("jobs-training"));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("already_requested"));
        QCOMPARE(ask(QStringLiteral("gao-newcomer"), "svc-0003", QStringLiteral("business")).status, 201);
        QCOMPARE(countOf(logIn(QStringLiteral("gao-newcomer")), QStringLiteral("employment-service")), 2);
        // The office contacts her: then the same offer may be asked for again.
        const QString receipt = jobs.json[QStringLiteral("receipt")].toString();
        QCOMPARE(decide(receipt, QStringLiteral("approve")).status, 409); // not a decision for a request
        const auto contacted = decide(receipt, QStringLiteral("contact"));
        QCOMPARE(contacted.status, 200);
        QCOMPARE(contacted.json[QStringLiteral("status")].toString(), QStringLiteral("contacted"));
        QCOMPARE(ask(QStringLiteral("gao-newcomer"), "svc-0004", QStringLiteral("jobs-training")).status,
                 201);
    }
};

QTEST_GUILESS_MAIN(TestOtherBenefitsApi)
#include "tst_otherbenefitsapi.moc"
