// GET /api/v1/outlets: outlets and channels by region and kind, for citizens and visitors alike.
#include "platformfixture.h"

#include <QJsonArray>
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
            QVERIFY(o.toObject()[QStringLiteral("address")].toString().contains(u"北京市"));
        }
    }

    void transferAgenciesAreListed() // the brief: "各地社保转移经办机构"
    {
        const QJsonArray agencies = get(QStringLiteral("?region=420100&kind=transfer-agency"))
                                        .json[QStringLiteral("outlets")]
                                        .toArray();
        QCOMPARE(agencies.size(), 1);
        QVERIFY(agencies[0][QStringLiteral("name")].toString().contains(u"关系转移"));
        QVERIFY(agencies[0][QStringLiteral("address")].toString().startsWith(u"武汉市"));
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
        QCOMPARE(get(QStringLiteral("?region=310000")).json[QStringLiteral("outlets")].toArray().size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestOutletsApi)
#include "tst_outletsapi.moc"
