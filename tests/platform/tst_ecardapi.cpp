// POST /api/v1/ecard/resolve and the citizen session it opens, over real HTTP (docs/api.md).
#include "platformfixture.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

class TestECardApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Response resolve(const QString& code, const QString& mode = QStringLiteral("kiosk"))
    {
        return platform.asTerminal(mode, "POST", QStringLiteral("/api/v1/ecard/resolve"),
                                   {{QStringLiteral("code"), code}});
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void aValidCodeOpensACitizenSession()
    {
        const auto r = resolve(platform.mint(QStringLiteral("zhang-wei")));
        QCOMPARE(r.status, 200);
        const QJsonObject person = r.json[QStringLiteral("person")].toObject();
        QCOMPARE(person[QStringLiteral("name")].toString(),
                 QStringLiteral("张*")); // masked: the whole name only through a reveal
        QCOMPARE(person[QStringLiteral("sex")].toString(), QStringLiteral("male"));
        QCOMPARE(person[QStringLiteral("birthDate")].toString(), QStringLiteral("1985-03-12"));
        QCOMPARE(r.json[QStringLiteral("card")].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("normal"));
        // Where the e-card was claimed travels with each card (My card shows it).
        const QJsonArray claims =
            r.json[QStringLiteral("card")].toObject()[QStringLiteral("eCardClaims")].toArray();
        QCOMPARE(claims.size(), 1);
        QCOMPARE(claims[0].toObject()[QStringLiteral("channel")].toString(), QStringLiteral("掌上12333"));
        const QString token =
            r.json[QStringLiteral("session")].toObject()[QStringLiteral("token")].toString();
        QVERIFY(token.size() >= 40);

        // The session belongs to this terminal only.
        const PlatformFixture::Headers session{{"X-SSC-Citizen-Session", token.toLatin1()}};
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/sessions/current"),
                                 {}, session)
                     .status,
                 200);
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("counter"), "GET", QStringLiteral("/api/v1/sessions/current"),
                                 {}, session)
                     .status,
                 401);
        // Logout ends it.
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "DELETE",
                                 QStringLiteral("/api/v1/sessions/current"), {}, session)
                     .status,
                 204);
        const auto after = platform.asTerminal(QStringLiteral("kiosk"), "GET",
                                               QStringLiteral("/api/v1/sessions/current"), {}, session);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.errorCode(), QStringLiteral("citizen_session_missing"));
    }

    void aPersonWithCardsInTwoRegions()
    {
        const auto r = resolve(platform.mint(QStringLiteral("li-na"), 0, QStringLiteral("440300")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("cards")].toArray().size(), 2);
        // The region in both languages (migration 21), as the terminal shows it on English screens.
        const QJsonObject region =
            r.json[QStringLiteral("card")].toObject()[QStringLiteral("regionName")].toObject();
        QCOMPARE(region[QStringLiteral("zh_CN")].toString(), QStringLiteral("深圳市"));
        QCOMPARE(region[QStringLiteral("en")].toString(), QStringLiteral("Shenzhen"));
    }

    void aCodeIsSingleUse()
    {
        const QString code = platform.mint(QStringLiteral("zhang-wei"));
        QCOMPARE(resolve(code).status, 200);
        const auto again = resolve(code, QStringLiteral("counter"));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("code_already_used"));
        QVERIFY(again.json[QStringLiteral("error")]
                    .toObject()[QStringLiteral("advice")]
                    .toObject()[QStringLiteral("zh_CN")]
                    .toString()
                    .contains(QStringLiteral("刷新")));
    }

    void anExpiredCodeIsRefused()
    {
        const auto r =
            resolve(platform.mint(QStringLiteral("zhang-wei"), 70)); // 60 s + 5 s clock skew allowed
        QCOMPARE(r.status, 410);
        QCOMPARE(r.errorCode(), QStringLiteral("code_expired"));
        QCOMPARE(resolve(platform.mint(QStringLiteral("zhang-wei"), 50)).status, 200); // still within 60 s
    }

    void aForgedCodeIsRefused()
    {
        QString code = platform.mint(QStringLiteral("zhang-wei"));
        // Flip one character of the signature part.
        const qsizetype at = code.size() - 5;
        code[at] = code[at] == u'A' ? u'B' : u'A';
        const auto r = resolve(code);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("forged_code"));
    }

    void malformedCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("random text") << QStringLiteral("hello");
        QTest::newRow("a URL") << QStringLiteral("https://example.com/?id=1");
        QTest::newRow("prefix only") << QStringLiteral("SSC1.");
        QTest::newRow("bad base64") << QStringLiteral("SSC1.$$$.###");
        QTest::newRow("too long") << QString(500, u'A');
        QTest::newRow("Chinese") << QStringLiteral("电子社保卡");
    }

    void malformedCodes()
    {
        QFETCH(QString, code);
        const auto r = resolve(code);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("malformed_code"));
        const QJsonObject message =
            r.json[QStringLiteral("error")].toObject()[QStringLiteral("message")].toObject();
        QVERIFY(!message[QStringLiteral("zh_CN")].toString().isEmpty());
        QVERIFY(!message[QStringLiteral("en")].toString().isEmpty());
        QVERIFY(message[QStringLiteral("zh_CN")].toString() != message[QStringLiteral("en")].toString());
    }

    // One spelling (issue 16): the same valid code with a space or line break around it is malformed, and
    // refusing it does not use the code up.
    void aValidCodeWithSpaceAroundItIsMalformed()
    {
        const QString code = platform.mint(QStringLiteral("zhang-wei"));
        for (const QString& spelled : {code + u' ', code + u'\n', u' ' + code, code + u'\t'}) {
            const auto r = resolve(spelled);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("malformed_code"));
        }
        QCOMPARE(resolve(code).status, 200);
    }

    void missingCode()
    {
        const auto r =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/ecard/resolve"),
                                {{QStringLiteral("other"), 1}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("missing_field"));
    }

    void unusableCardsAreRefusedWithTheBriefsAdvice_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("adviceContains");
        QTest::newRow("lost") << "wang-qiang-lost"
                              << "card_lost"
                              << "申请补换卡";
        QTest::newRow("cancelled") << "zhao-min-cancelled"
                                   << "card_cancelled"
                                   << "重新申领电子社保卡";
        QTest::newRow("sealed") << "sun-li-sealed"
                                << "card_sealed"
                                << "领取社保卡";
    }

    void unusableCardsAreRefusedWithTheBriefsAdvice()
    {
        QFETCH(QString, person);
        QFETCH(QString, code);
        QFETCH(QString, adviceContains);
        const auto r = resolve(platform.mint(person));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), code);
        const QJsonObject error = r.json[QStringLiteral("error")].toObject();
        QVERIFY2(error[QStringLiteral("advice")].toObject()[QStringLiteral("zh_CN")].toString().contains(
                     adviceContains),
                 r.raw.constData());
        QVERIFY(!error[QStringLiteral("advice")].toObject()[QStringLiteral("en")].toString().isEmpty());
    }

    void aSignedCodeForNoKnownCardIsNoSuchPerson()
    {
        const QString code = platform.mint(QStringLiteral("zhang-wei"));
        QSqlQuery remove(platform.database());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM ecard_codes WHERE used_at IS NULL")));
        const auto r = resolve(code);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("no_such_person"));
    }

    void hongKongResidentAndForeigner()
    {
        const auto hk = resolve(platform.mint(QStringLiteral("hk-resident")));
        QCOMPARE(hk.json[QStringLiteral("person")].toObject()[QStringLiteral("idKind")].toString(),
                 QStringLiteral("hong-kong-resident"));
        const auto foreigner = resolve(platform.mint(QStringLiteral("foreigner")));
        QCOMPARE(foreigner.json[QStringLiteral("person")].toObject()[QStringLiteral("idKind")].toString(),
                 QStringLiteral("foreign-permanent-resident"));
    }

    void publicKeysForOfflinePrecheck()
    {
        const auto r =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/ecard/keys"));
        QCOMPARE(r.status, 200);
        const QJsonObject key = r.json[QStringLiteral("keys")].toArray().first().toObject();
        QCOMPARE(key[QStringLiteral("algorithm")].toString(), QStringLiteral("Ed25519"));
        QCOMPARE(QByteArray::fromBase64(key[QStringLiteral("publicKey")].toString().toLatin1()).size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestECardApi)
#include "tst_ecardapi.moc"
