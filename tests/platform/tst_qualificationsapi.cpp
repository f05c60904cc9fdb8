// GET /api/v1/me/qualifications: the logged-in person's certificates, over real HTTP (docs/api.md).
#include "platformfixture.h"

#include <QJsonArray>
#include <QTest>

class TestQualificationsApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    // A citizen session header for the demo person, logged in on the demo kiosk.
    PlatformFixture::Headers logIn(const QString& person)
    {
        return {{"X-SSC-Citizen-Session", platform.citizenSession(person).toLatin1()}};
    }

    PlatformFixture::Response certificatesOf(const PlatformFixture::Headers& session)
    {
        return platform.asTerminal(QStringLiteral("kiosk"), "GET",
                                   QStringLiteral("/api/v1/me/qualifications"), {}, session);
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void found()
    {
        const auto r = certificatesOf(logIn(QStringLiteral("zhang-wei")));
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.json[QStringLiteral("certificates")].toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject professional = list[0].toObject();
        QCOMPARE(professional[QStringLiteral("category")].toString(), QStringLiteral("professional"));
        // Name, level and issuer in both languages (migrations 21 and 35).
        const QJsonObject name = professional[QStringLiteral("name")].toObject();
        QCOMPARE(name[QStringLiteral("zh_CN")].toString(), QStringLiteral("会计专业技术资格"));
        QCOMPARE(name[QStringLiteral("en")].toString(),
                 QStringLiteral("Accounting Professional Qualification"));
        const QJsonObject level = professional[QStringLiteral("level")].toObject();
        QCOMPARE(level[QStringLiteral("zh_CN")].toString(), QStringLiteral("中级"));
        QCOMPARE(level[QStringLiteral("en")].toString(), QStringLiteral("Intermediate"));
        QCOMPARE(professional[QStringLiteral("issuedOn")].toString(), QStringLiteral("2016-10-20"));
        const QJsonObject issuer = professional[QStringLiteral("issuer")].toObject();
        QCOMPARE(issuer[QStringLiteral("zh_CN")].toString(), QStringLiteral("财政部 人力资源社会保障部"));
        QVERIFY2(issuer[QStringLiteral("en")].toString().startsWith(u"Ministry of Finance"),
                 qPrintable(issuer[QStringLiteral("en")].toString()));
        QCOMPARE(list[1].toObject()[QStringLiteral("category")].toString(), QStringLiteral("skill"));
        QCOMPARE(list[1].toObject()[QStringLiteral("name")][QStringLiteral("zh_CN")].toString(),
                 QStringLiteral("电工"));
        QCOMPARE(list[1].toObject()[QStringLiteral("name")][QStringLiteral("en")].toString(),
                 QStringLiteral("Electrician"));
    }

    void onlyTheLoggedInPersonsOwn()
    {
        const QJsonArray list =
            certificatesOf(logIn(QStringLiteral("li-na"))).json[QStringLiteral("certificates")].toArray();
        QCOMPARE(list.size(), 1);
        QVERIFY(list[0].toObject()[QStringLiteral("name")][QStringLiteral("zh_CN")].toString().contains(
            u"软件设计师"));
    }

    void noneOnRecordIsAnEmptyListNotAnError()
    {
        const auto r = certificatesOf(logIn(QStringLiteral("chen-unemployed")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json[QStringLiteral("certificates")].isArray());
        QVERIFY(r.json[QStringLiteral("certificates")].toArray().isEmpty());
    }

    void visitorsAndForgedSessionsAreRefused()
    {
        const auto visitor = certificatesOf({});
        QCOMPARE(visitor.status, 401);
        QCOMPARE(visitor.errorCode(), QStringLiteral("citizen_session_missing"));
        QCOMPARE(certificatesOf({{"X-SSC-Citizen-Session", QByteArray(43, 'A')}}).status, 401);
        // Another terminal cannot use this kiosk's session.
        const auto session = logIn(QStringLiteral("zhang-wei"));
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("counter"), "GET",
                                 QStringLiteral("/api/v1/me/qualifications"), {}, session)
                     .status,
                 401);
        QCOMPARE(platform.request("GET", QStringLiteral("/api/v1/me/qualifications")).status, 401);
    }

    void seedingTwiceAddsNothing()
    {
        QVERIFY(platform.restart());
        QCOMPARE(certificatesOf(logIn(QStringLiteral("zhang-wei")))
                     .json[QStringLiteral("certificates")]
                     .toArray()
                     .size(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestQualificationsApi)
#include "tst_qualificationsapi.moc"
