// 社保关系转移 over real HTTP: the check before the form (who may transfer, from where, where the pension
// will be drawn) for someone with an open relation elsewhere, someone whose relation has moved already,
// someone with one place and a pensioner; a transfer filed once, its places checked against the person's own,
// and its three steps (agreed by the new place, moved by the old, completed).
#include "platformfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestTransferApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Response checkOf(const QString& person)
    {
        return platform.asTerminal(QStringLiteral("kiosk"), "GET",
                                   QStringLiteral("/api/v1/me/pension/transfer-check"), {},
                                   platform.citizenHeaders(person));
    }
    PlatformFixture::Response file(const QString& person, const QByteArray& key, const QString& out,
                                   const QString& in)
    {
        const QJsonObject values{{QStringLiteral("transferOut"), out},
                                 {QStringLiteral("transferIn"), in},
                                 {QStringLiteral("employer"), QStringLiteral("北京中关村智造科技有限公司")},
                                 {QStringLiteral("phone"), QStringLiteral("13812345678")}};
        return platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/applications"),
                                   {{QStringLiteral("kind"), QStringLiteral("pension-transfer")},
                                    {QStringLiteral("committed"), true},
                                    {QStringLiteral("values"), values}},
                                   platform.citizenHeaders(person, key));
    }
    PlatformFixture::Response decide(const QString& receipt, const QString& decision)
    {
        return platform.request(
            "POST", QStringLiteral("/api/v1/demo/applications/%1/review").arg(receipt),
            QJsonDocument(QJsonObject{{QStringLiteral("decision"), decision}}).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}});
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void anOpenRelationElsewhereCanBeTransferred()
    {
        const auto r = checkOf(QStringLiteral("zhao-mover"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("possible")].toBool(), true);
        QCOMPARE(r.json[QStringLiteral("householdProvince")].toString(), QStringLiteral("42"));
        const QJsonObject to = r.json[QStringLiteral("to")].toObject();
        QCOMPARE(to[QStringLiteral("province")].toString(), QStringLiteral("11"));
        QCOMPARE(to[QStringLiteral("employer")].toString(), QStringLiteral("北京中关村智造科技有限公司"));
        QCOMPARE(to[QStringLiteral("firstPaid")].toString(), QStringLiteral("2024-01"));
        const QJsonArray from = r.json[QStringLiteral("from")].toArray();
        QCOMPARE(from.size(), 1);
        QCOMPARE(from[0][QStringLiteral("province")].toString(), QStringLiteral("42"));
        QCOMPARE(from[0][QStringLiteral("monthsPaid")].toInt(),
                 168 + 60); // before the records, and 2019-2023
        // Two years in Beijing, 19 in Hubei, which is also home: the pension will be drawn in Hubei.
        const QJsonObject where = r.json[QStringLiteral("benefitPlace")].toObject();
        QCOMPARE(where[QStringLiteral("province")].toString(), QStringLiteral("42"));
        QVERIFY(!where[QStringLiteral("why")].toObject()[QStringLiteral("zh_CN")].toString().isEmpty());
    }

    void whoCannotTransferIsToldWhy_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("code");
        QTest::newRow("moved already") << QStringLiteral("li-na") << QStringLiteral("nothing_to_transfer");
        QTest::newRow("one place") << QStringLiteral("zhang-wei") << QStringLiteral("one_place");
        QTest::newRow("pensioner") << QStringLiteral("liu-retiree") << QStringLiteral("drawing_pension");
    }
    void whoCannotTransferIsToldWhy()
    {
        QFETCH(QString, person);
        QFETCH(QString, code);
        const auto r = checkOf(person);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("possible")].toBool(), false);
        QCOMPARE(r.json[QStringLiteral("code")].toString(), code);
        const QJsonObject reason = r.json[QStringLiteral("reason")].toObject();
        QVERIFY(!reason[QStringLiteral("zh_CN")].toString().isEmpty());
        QVERIFY(reason[QStringLiteral("zh_CN")].toString() != reason[QStringLiteral("en")].toString());
        // Filing anyway is refused the same way, and nothing is filed.
        const auto filed =
            file(person, "transfer-" + person.toLatin1(), QStringLiteral("31"), QStringLiteral("44"));
        QCOMPARE(filed.status, 409);
        QCOMPARE(filed.errorCode(), code);
    }

    void aTransferIsFiledOnceFromTheRightPlaces()
    {
        // Places that are not the person's: refused, naming the field.
        const auto wrongIn =
            file(QStringLiteral("zhao-mover"), "transfer-zhao-1", QStringLiteral("42"), QStringLiteral("31"));
        QCOMPARE(wrongIn.status, 409);
        QCOMPARE(wrongIn.errorCode(), QStringLiteral("not_insured_there"));
        const auto wrongOut =
            file(QStringLiteral("zhao-mover"), "transfer-zhao-2", QStringLiteral("44"), QStringLiteral("11"));
        QCOMPARE(wrongOut.status, 409);
        QCOMPARE(wrongOut.errorCode(), QStringLiteral("no_relation_there"));

        const auto filed =
            file(QStringLiteral("zhao-mover"), "transfer-zhao-3", QStringLiteral("42"), QStringLiteral("11"));
        QCOMPARE(filed.status, 201);
        const QString receipt = filed.json[QStringLiteral("receipt")].toString();
        const auto replayed =
            file(QStringLiteral("zhao-mover"), "transfer-zhao-3", QStringLiteral("42"), QStringLiteral("11"));
        QCOMPARE(replayed.status, 200);
        QCOMPARE(replayed.json[QStringLiteral("receipt")].toString(), receipt);
        const auto second =
            file(QStringLiteral("zhao-mover"), "transfer-zhao-4", QStringLiteral("42"), QStringLiteral("11"));
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), QStringLiteral("already_applied"));

        // The three steps, in order only.
        QCOMPARE(decide(receipt, QStringLiteral("complete")).status, 409);
        for (const char* step : {"agree", "transfer", "complete"})
            QCOMPARE(decide(receipt, QString::fromLatin1(step)).status, 200);
        const QJsonArray applications =
            platform
                .asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/applications"), {},
                            platform.citizenHeaders(QStringLiteral("zhao-mover")))
                .json[QStringLiteral("applications")]
                .toArray();
        QCOMPARE(applications.size(), 1);
        QCOMPARE(applications[0][QStringLiteral("status")].toString(), QStringLiteral("completed"));
    }
};

QTEST_GUILESS_MAIN(TestTransferApi)
#include "tst_transferapi.moc"
