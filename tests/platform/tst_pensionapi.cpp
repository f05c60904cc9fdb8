// Who must certify their pension and when, over real HTTP: an enterprise retiree certified for this cycle, a
// resident pensioner on a 6-month cycle who is due, and someone who draws no pension told what to do instead.
// And the basis of a pension estimate: what the rights records already say, merged over provinces.
#include "platformfixture.h"

#include <QDate>
#include <QJsonArray>
#include <QTest>

class TestPensionApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Response certificationOf(const QString& person)
    {
        return platform.asTerminal(QStringLiteral("kiosk"), "GET",
                                   QStringLiteral("/api/v1/me/pension-certification"), {},
                                   platform.citizenHeaders(person));
    }

    PlatformFixture::Response estimateBasisOf(const QString& person)
    {
        return platform.asTerminal(QStringLiteral("kiosk"), "GET",
                                   QStringLiteral("/api/v1/me/pension/estimate-basis"), {},
                                   platform.citizenHeaders(person));
    }
    // The person's record of a province and year, as the records service prints it.
    QJsonObject recordOf(const QString& person, const QString& province, int year)
    {
        return platform
            .asTerminal(QStringLiteral("kiosk"), "GET",
                        QStringLiteral("/api/v1/me/records?province=%1&year=%2").arg(province).arg(year), {},
                        platform.citizenHeaders(person))
            .json;
    }
    static QJsonObject pensionPart(const QJsonObject& record, const char* list, const char* key)
    {
        for (const QJsonValue& v : record[QLatin1String(list)].toArray())
            if (v[QLatin1String(key)].toString() == u"pension")
                return v.toObject();
        return {};
    }
    static qint64 closing(const QJsonObject& account)
    {
        return account[QStringLiteral("openingCents")].toInteger() +
               account[QStringLiteral("creditedCents")].toInteger() +
               account[QStringLiteral("interestCents")].toInteger() -
               account[QStringLiteral("withdrawnCents")].toInteger();
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void anEnterpriseRetireeCertifiedThisCycle()
    {
        const auto r = certificationOf(QStringLiteral("liu-retiree"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("recipient")].toBool(), true);
        QCOMPARE(r.json[QStringLiteral("group")].toString(), QStringLiteral("enterprise"));
        QCOMPARE(r.json[QStringLiteral("cycleMonths")].toInt(), 12);
        QCOMPARE(r.json[QStringLiteral("certifiedUntil")].toString(), QStringLiteral("2027-03-10"));
        const bool inside = QDate::currentDate() < QDate(2027, 3, 10);
        QCOMPARE(r.json[QStringLiteral("status")].toString(),
                 inside ? QStringLiteral("certified") : QStringLiteral("due"));
    }

    void aResidentPensionerOnASixMonthCycleIsDue()
    {
        const auto r = certificationOf(QStringLiteral("elderly-parent"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("group")].toString(), QStringLiteral("resident"));
        QCOMPARE(r.json[QStringLiteral("cycleMonths")].toInt(), 6);
        QCOMPARE(r.json[QStringLiteral("certifiedUntil")].toString(), QStringLiteral("2026-10-20"));
        QCOMPARE(r.json[QStringLiteral("status")].toString(), QDate::currentDate() < QDate(2026, 10, 20)
                                                                  ? QStringLiteral("certified")
                                                                  : QStringLiteral("due"));
    }

    void someoneWithoutAPensionIsToldWhatToDoInstead()
    {
        const auto r = certificationOf(QStringLiteral("zhang-wei"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("recipient")].toBool(), false);
        const QJsonObject instead = r.json[QStringLiteral("instead")].toObject();
        QVERIFY(!instead[QStringLiteral("zh_CN")].toString().isEmpty());
        QVERIFY(instead[QStringLiteral("zh_CN")].toString() != instead[QStringLiteral("en")].toString());
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "GET",
                                 QStringLiteral("/api/v1/me/pension-certification"))
                     .status,
                 401); // visitors: nobody to look up
    }

    void anEstimateStartsFromTheRightsRecord()
    {
        const auto r = estimateBasisOf(QStringLiteral("zhang-wei"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("recipient")].toBool(), false);
        const QJsonObject record = recordOf(QStringLiteral("zhang-wei"), QStringLiteral("110000"), 2025);
        const QJsonObject account = pensionPart(record, "accounts", "account");
        QVERIFY(account[QStringLiteral("months")].toInt() > 12 * 10);
        QCOMPARE(r.json[QStringLiteral("monthsPaid")].toInt(), account[QStringLiteral("months")].toInt());
        QCOMPARE(r.json[QStringLiteral("accountBalanceCents")].toInteger(), closing(account));
        const QJsonArray months =
            pensionPart(record, "contributions", "insurance")[QStringLiteral("months")].toArray();
        QCOMPARE(r.json[QStringLiteral("monthlyBaseCents")].toInteger(),
                 months.last()[QStringLiteral("baseCents")].toInteger()); // December, paid
        QCOMPARE(r.json[QStringLiteral("scheme")].toString(), QStringLiteral("employee"));
        QCOMPARE(r.json[QStringLiteral("provinceCode")].toString(), QStringLiteral("110000"));
        QCOMPARE(r.json[QStringLiteral("provinceName")].toString(), QStringLiteral("北京市"));
        QCOMPARE(r.json[QStringLiteral("averageWageCents")].toInteger(), 1204900); // rules.md §5
        QCOMPARE(r.json[QStringLiteral("averageWageYear")].toInt(), 2024);
        QCOMPARE(r.json[QStringLiteral("places")].toArray().size(), 1);
    }

    void provincesNotYetTransferredAreAddedUp()
    {
        // 赵磊: Hubei (with years before the records) and Beijing, not transferred: both count.
        const auto r = estimateBasisOf(QStringLiteral("zhao-mover"));
        QCOMPARE(r.status, 200);
        const QJsonObject hubei = pensionPart(
            recordOf(QStringLiteral("zhao-mover"), QStringLiteral("420000"), 2023), "accounts", "account");
        const QJsonObject beijing = pensionPart(
            recordOf(QStringLiteral("zhao-mover"), QStringLiteral("110000"), 2025), "accounts", "account");
        QCOMPARE(r.json[QStringLiteral("accountBalanceCents")].toInteger(),
                 closing(hubei) + closing(beijing));
        QCOMPARE(r.json[QStringLiteral("monthsPaid")].toInt(),
                 hubei[QStringLiteral("months")].toInt() + beijing[QStringLiteral("months")].toInt());
        QCOMPARE(r.json[QStringLiteral("monthsPaid")].toInt(), 168 + 60 + 24);
        const QJsonArray places = r.json[QStringLiteral("places")].toArray();
        QCOMPARE(places.size(), 2);
        QCOMPARE(places[0][QStringLiteral("provinceName")].toString(), QStringLiteral("湖北省"));
        QCOMPARE(places[1][QStringLiteral("provinceName")].toString(), QStringLiteral("北京市"));
        // The wage of the province paid in last.
        QCOMPARE(r.json[QStringLiteral("provinceCode")].toString(), QStringLiteral("110000"));
        QCOMPARE(r.json[QStringLiteral("averageWageCents")].toInteger(), 1204900);
    }

    void aRelationTransferredAlreadyIsNotCountedTwice()
    {
        // 李娜's Shanghai relation moved to Guangdong (months transferred in there): Guangdong alone.
        const auto r = estimateBasisOf(QStringLiteral("li-na"));
        QCOMPARE(r.status, 200);
        const QJsonObject guangdong = pensionPart(
            recordOf(QStringLiteral("li-na"), QStringLiteral("440000"), 2025), "accounts", "account");
        const QJsonArray places = r.json[QStringLiteral("places")].toArray();
        QCOMPARE(places.size(), 1);
        QCOMPARE(places[0][QStringLiteral("provinceName")].toString(), QStringLiteral("广东省"));
        QCOMPARE(r.json[QStringLiteral("accountBalanceCents")].toInteger(), closing(guangdong));
        QCOMPARE(r.json[QStringLiteral("averageWageCents")].toInteger(), 922600);
    }

    void noEstimateBasisForPensionersOrVisitors()
    {
        const auto r = estimateBasisOf(QStringLiteral("liu-retiree"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("recipient")].toBool(), true);
        QVERIFY(!r.json.contains(QStringLiteral("accountBalanceCents")));
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "GET",
                                 QStringLiteral("/api/v1/me/pension/estimate-basis"))
                     .status,
                 401);
    }
};

QTEST_GUILESS_MAIN(TestPensionApi)
#include "tst_pensionapi.moc"
