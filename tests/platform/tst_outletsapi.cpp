// GET /api/v1/outlets: outlets and channels by region and kind, for citizens and visitors alike.
#include "platformfixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

class TestOutletsApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Response get(const QString& query)
    {
        return platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/outlets") + query);
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void regionsAndOutlets()
    {
        const auto all = get(QString());
        QCOMPARE(all.status, 200);
        const QJsonArray regions = all.json[QStringLiteral("regions")].toArray();
        QCOMPARE(regions.size(), 6);
        // Each region's name in both languages (migration 21).
        const QJsonObject beijingName = regions[0].toObject()[QStringLiteral("name")].toObject();
        QCOMPARE(regions[0].toObject()[QStringLiteral("code")].toString(), QStringLiteral("110000"));
        QCOMPARE(beijingName[QStringLiteral("zh_CN")].toString(), QStringLiteral("北京市"));
        QCOMPARE(beijingName[QStringLiteral("en")].toString(), QStringLiteral("Beijing"));
        QVERIFY(all.json[QStringLiteral("outlets")].toArray().isEmpty()); // no region chosen yet
        const auto beijing = get(QStringLiteral("?region=110000"));
        QCOMPARE(beijing.json[QStringLiteral("outlets")].toArray().size(), 6);
        const auto replacement = get(QStringLiteral("?region=110000&kind=instant-replacement"));
        const QJsonArray outlets = replacement.json[QStringLiteral("outlets")].toArray();
        QCOMPARE(outlets.size(), 2);
        for (const QJsonValue& o : outlets) {
            QCOMPARE(o.toObject()[QStringLiteral("kind")].toString(), QStringLiteral("instant-replacement"));
            QVERIFY(o.toObject()[QStringLiteral("address")][QStringLiteral("zh_CN")].toString().contains(
                u"北京市"));
        }
        // Name, address and hours in both languages (migration 35); pinyin for the streets and districts.
        const QJsonObject bank = outlets[0].toObject();
        QCOMPARE(bank[QStringLiteral("name")][QStringLiteral("zh_CN")].toString(),
                 QStringLiteral("朝阳区社保卡即时补换网点"));
        QCOMPARE(bank[QStringLiteral("name")][QStringLiteral("en")].toString(),
                 QStringLiteral("Chaoyang District Instant Card Replacement Point"));
        QCOMPARE(bank[QStringLiteral("address")][QStringLiteral("zh_CN")].toString(),
                 QStringLiteral("北京市朝阳区建设路 18 号合作银行营业厅"));
        QCOMPARE(bank[QStringLiteral("address")][QStringLiteral("en")].toString(),
                 QStringLiteral("Partner bank branch, 18 Jianshe Road, Chaoyang District, Beijing"));
        QCOMPARE(bank[QStringLiteral("hours")][QStringLiteral("zh_CN")].toString(),
                 QStringLiteral("每天 9:00-17:30"));
        QCOMPARE(bank[QStringLiteral("hours")][QStringLiteral("en")].toString(),
                 QStringLiteral("Every day 9:00-17:30"));
        QCOMPARE(bank[QStringLiteral("phone")].toString(), QStringLiteral("12333"));
    }

    void transferAgenciesAreListed() // the brief: "各地社保转移经办机构"
    {
        const QJsonArray agencies = get(QStringLiteral("?region=420100&kind=transfer-agency"))
                                        .json[QStringLiteral("outlets")]
                                        .toArray();
        QCOMPARE(agencies.size(), 1);
        QVERIFY(
            agencies[0][QStringLiteral("name")][QStringLiteral("zh_CN")].toString().contains(u"关系转移"));
        QVERIFY(
            agencies[0][QStringLiteral("address")][QStringLiteral("zh_CN")].toString().startsWith(u"武汉市"));
        QVERIFY(agencies[0][QStringLiteral("address")][QStringLiteral("en")].toString().endsWith(
            u"Wuchang District, Wuhan"));
    }

    void notFoundAndBadInput()
    {
        QVERIFY(get(QStringLiteral("?region=999999")).json[QStringLiteral("outlets")].toArray().isEmpty());
        const auto bad = get(QStringLiteral("?region=110000&kind=bank"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QStringLiteral("bad_kind"));
        QCOMPARE(platform.request("GET", QStringLiteral("/api/v1/outlets")).status, 401); // terminals only
    }

    void seedingTwiceAddsNothing()
    {
        QVERIFY(platform.restart());
        const QJsonArray shanghai =
            get(QStringLiteral("?region=310000")).json[QStringLiteral("outlets")].toArray();
        QCOMPARE(shanghai.size(), 6);
        for (const QJsonValue& o : shanghai) // the English set again on the restart, and still there
            QVERIFY(!o[QStringLiteral("name")][QStringLiteral("en")].toString().contains(
                QRegularExpression(QStringLiteral("\\p{Han}"))));
    }
};

QTEST_GUILESS_MAIN(TestOutletsApi)
#include "tst_outletsapi.moc"
