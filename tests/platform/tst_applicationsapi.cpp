// Applications over real HTTP: an unemployment registration filed once however often it is retried, checked
// again on the platform (fields, commitment, eligibility), listed with its review status, and reviewed by the
// demo's simulated back office (approve, or return with a reason).
#include "platformfixture.h"
#include "registrationbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestApplicationsApi : public QObject {
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

    // The demo back office's decision on an application (what ssc-ctl review sends).
    PlatformFixture::Response decide(const QString& path, const QJsonObject& decision)
    {
        return platform.request("POST", path, QJsonDocument(decision).toJson(QJsonDocument::Compact),
                                {{"Content-Type", "application/json"}});
    }

    QJsonArray applicationsOf(const PlatformFixture::Headers& headers)
    {
        return platform
            .asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/applications"), {},
                        headers)
            .json[QStringLiteral("applications")]
            .toArray();
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void filedOnceHoweverOftenRetried()
    {
        const auto session = logIn(QStringLiteral("chen-unemployed"), "reg-chen-0001");
        const auto first = fileAs(session, registrationBody());
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json[QStringLiteral("status")].toString(), QStringLiteral("submitted"));
        const QString receipt = first.json[QStringLiteral("receipt")].toString();
        for (int retry = 0; retry < 3; ++retry) {
            const auto again = fileAs(session, registrationBody());
            QCOMPARE(again.status, 200);
            QCOMPARE(again.json[QStringLiteral("receipt")].toString(), receipt);
            QCOMPARE(again.json[QStringLiteral("replayed")].toBool(), true);
        }
        QCOMPARE(applicationsOf(session).size(), 1);
        // The same key with other content is refused, not filed.
        QCOMPARE(fileAs(session, registrationBody(QStringLiteral("13900001111"))).status, 409);
        // A second registration under a new key: registered already.
        const auto second =
            fileAs(logIn(QStringLiteral("chen-unemployed"), "reg-chen-0002"), registrationBody());
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), QStringLiteral("already_registered"));
        QCOMPARE(applicationsOf(session).size(), 1);
    }

    void theBackOfficeApprovesOrReturns()
    {
        const auto session = logIn(QStringLiteral("zhang-wei"), "reg-zhang-0001");
        const QString receipt =
            fileAs(session, registrationBody()).json[QStringLiteral("receipt")].toString();
        QVERIFY(!receipt.isEmpty());
        const QString path = QStringLiteral("/api/v1/demo/applications/%1/review").arg(receipt);
        QCOMPARE(decide(path, {{QStringLiteral("decision"), QStringLiteral("return")}}).status,
                 400); // returned without a reason: refused
        const auto returned =
            decide(path, {{QStringLiteral("decision"), QStringLiteral("return")},
                          {QStringLiteral("reason"), QStringLiteral("失业日期与单位申报不一致")}});
        QCOMPARE(returned.status, 200);
        const QJsonObject a = applicationsOf(session).first().toObject();
        QCOMPARE(a[QStringLiteral("status")].toString(), QStringLiteral("returned"));
        QCOMPARE(a[QStringLiteral("reason")].toString(), QStringLiteral("失业日期与单位申报不一致"));
        QVERIFY(a[QStringLiteral("reviewedAt")].toDouble() > 0);
        // Reviewed once: a second decision does not apply to it any more; an unknown receipt is not found.
        const auto again = decide(path, {{QStringLiteral("decision"), QStringLiteral("approve")}});
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("decision_not_applicable"));
        QCOMPARE(decide(QStringLiteral("/api/v1/demo/applications/R20260101-000000000000/review"),
                        {{QStringLiteral("decision"), QStringLiteral("approve")}})
                     .status,
                 404);
        // Returned: a new registration may be filed.
        QCOMPARE(fileAs(logIn(QStringLiteral("zhang-wei"), "reg-zhang-0002"), registrationBody()).status,
                 201);
    }

    void refusedBeforeAnythingIsFiled_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("a retiree draws a pension") << "liu-retiree"
                                                   << ""
                                                   << "" << 409 << "retirement_age";
        QTest::newRow("bad phone") << "li-na"
                                   << "phone"
                                   << "12345" << 400 << "invalid_field";
        QTest::newRow("unknown reason code") << "li-na"
                                             << "reason"
                                             << "23" << 400 << "invalid_field";
        QTest::newRow("future date") << "li-na"
                                     << "unemployedOn"
                                     << "2099-01-01" << 400 << "invalid_field";
        QTest::newRow("unknown field") << "li-na"
                                       << "favouriteColour"
                                       << "blue" << 400 << "invalid_field";
        QTest::newRow("no commitment") << "li-na"
                                       << "committed"
                                       << "" << 400 << "commitment_missing";
        QTest::newRow("unknown kind") << "li-na"
                                      << "kind"
                                      << "" << 400 << "unknown_kind";
    }

    void refusedBeforeAnythingIsFiled()
    {
        QFETCH(QString, person);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, status);
        QFETCH(QString, code);
        QJsonObject body = registrationBody();
        if (field == u"committed")
            body[QStringLiteral("committed")] = false;
        else if (field == u"kind")
            body[QStringLiteral("kind")] = QStringLiteral("free-money");
        else if (!field.isEmpty()) {
            QJsonObject values = body[QStringLiteral("values")].toObject();
            values[field] = value;
            body[QStringLiteral("values")] = values;
        }
        const auto session = logIn(person, QByteArray("refused-") + QTest::currentDataTag());
        const auto r = fileAs(session, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(applicationsOf(session).isEmpty());
    }

    // The place is picked on the terminal, and the platform believes only what it can check: a code that is
    // no current division, or one outside the province (or city) chosen, is refused with the reason and the
    // field, in both languages, and nothing is filed.
    void aPlaceOutsideItsProvinceIsRefused_data()
    {
        QTest::addColumn<QString>("province");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("english");
        QTest::newRow("Shanghai's district under Beijing") << "11"
                                                           << ""
                                                           << "310115"
                                                           << "unemploymentPlace"
                                                           << "not in the province or city";
        QTest::newRow("removed: Chongwen") << "11"
                                           << ""
                                           << "110103"
                                           << "unemploymentPlace"
                                           << "not a current";
        QTest::newRow("typed, as before the pickers") << "11"
                                                      << ""
                                                      << "北京市朝阳区"
                                                      << "unemploymentPlace"
                                                      << "not a current";
        QTest::newRow("Nanning under Guangdong") << "44"
                                                 << "450100"
                                                 << "450103"
                                                 << "unemploymentCity"
                                                 << "not in the province or city";
        QTest::newRow("Guangzhou's district under Shenzhen") << "44"
                                                             << "440300"
                                                             << "440106"
                                                             << "unemploymentPlace"
                                                             << "not in the province or city";
    }

    void aPlaceOutsideItsProvinceIsRefused()
    {
        QFETCH(QString, province);
        QFETCH(QString, city);
        QFETCH(QString, place);
        QFETCH(QString, field);
        QFETCH(QString, english);
        QJsonObject body = registrationBody();
        QJsonObject values = body[QStringLiteral("values")].toObject();
        values[QStringLiteral("unemploymentProvince")] = province;
        if (!city.isEmpty())
            values[QStringLiteral("unemploymentCity")] = city;
        values[QStringLiteral("unemploymentPlace")] = place;
        body[QStringLiteral("values")] = values;
        const auto session = logIn(QStringLiteral("li-na"),
                                   QByteArray("place-") + QByteArray::number(qHash(QTest::currentDataTag())));
        const auto r = fileAs(session, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_field"));
        const QJsonObject error = r.json[QStringLiteral("error")].toObject();
        QCOMPARE(error[QStringLiteral("field")].toString(), field);
        const QJsonObject message = error[QStringLiteral("message")].toObject();
        QVERIFY2(message[QStringLiteral("en")].toString().contains(english),
                 qPrintable(message[QStringLiteral("en")].toString()));
        QVERIFY(!message[QStringLiteral("zh_CN")].toString().isEmpty());
        QVERIFY(message[QStringLiteral("zh_CN")].toString() != message[QStringLiteral("en")].toString());
        QVERIFY(applicationsOf(session).isEmpty()); // a place inside is filed: registrationBody() (朝阳区)
    }

    void visitorsAndMissingKeysAreRefused()
    {
        QCOMPARE(fileAs({{"Idempotency-Key", "visitor-0001"}}, registrationBody()).status, 401);
        const auto noKey = fileAs(logIn(QStringLiteral("li-na")), registrationBody());
        QCOMPARE(noKey.status, 400);
        QCOMPARE(noKey.errorCode(), QStringLiteral("idempotency_key_missing"));
    }

    // After filedOnceHoweverOftenRetried: 陈杰 is registered (reason 21, dismissed).
    void theBenefitIsDecidedFromWhatThePlatformHolds()
    {
        const auto benefit = [this](const QString& person) {
            return platform.asTerminal(QStringLiteral("kiosk"), "GET",
                                       QStringLiteral("/api/v1/me/unemployment-benefit"), {}, logIn(person));
        };
        // 陈杰: 78 months of unemployment insurance (6.5 years) and dismissed: 18 months.
        const auto chen = benefit(QStringLiteral("chen-unemployed"));
        QCOMPARE(chen.status, 200);
        QCOMPARE(chen.json[QStringLiteral("contributionMonths")].toInt(), 78);
        QCOMPARE(chen.json[QStringLiteral("entitled")].toBool(), true);
        QCOMPARE(chen.json[QStringLiteral("months")].toInt(), 18);
        const QString account = chen.json[QStringLiteral("accounts")]
                                    .toArray()[0]
                                    .toObject()[QStringLiteral("account")]
                                    .toString();
        QVERIFY(account.contains(u'*')); // the card's account, masked
        // Not registered yet: register first.
        const auto unregistered = benefit(QStringLiteral("hk-resident"));
        QCOMPARE(unregistered.json[QStringLiteral("entitled")].toBool(), false);
        QCOMPARE(unregistered.json[QStringLiteral("code")].toString(), QStringLiteral("not_registered"));
        // Resigned: not involuntary, with what to claim instead.
        QJsonObject resigned = registrationBody();
        QJsonObject values = resigned[QStringLiteral("values")].toObject();
        values[QStringLiteral("reason")] = QStringLiteral("24");
        resigned[QStringLiteral("values")] = values;
        QCOMPARE(fileAs(logIn(QStringLiteral("li-na"), "reg-lina-0001"), resigned).status, 201);
        const auto lina = benefit(QStringLiteral("li-na"));
        QCOMPARE(lina.json[QStringLiteral("code")].toString(), QStringLiteral("voluntary"));
        QVERIFY(
            !lina.json[QStringLiteral("instead")].toObject()[QStringLiteral("zh_CN")].toString().isEmpty());
        // A resident without unemployment insurance, dismissed: under one year.
        QCOMPARE(fileAs(logIn(QStringLiteral("adult-child"), "reg-zhou-0001"), registrationBody()).status,
                 201);
        QCOMPARE(benefit(QStringLiteral("adult-child")).json[QStringLiteral("code")].toString(),
                 QStringLiteral("under_one_year"));
        QCOMPARE(
            platform
                .asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/unemployment-benefit"))
                .status,
            401);
    }

    void aBenefitClaimIsFiledOnceToTheAccountChosen()
    {
        const auto claim = [](const QJsonObject& account) {
            QJsonObject values{{QStringLiteral("phone"), QStringLiteral("13812345678")},
                               {QStringLiteral("seekingWork"), QStringLiteral("yes")}};
            for (auto it = account.begin(); it != account.end(); ++it)
                values.insert(it.key(), it.value());
            return QJsonObject{{QStringLiteral("kind"), QStringLiteral("unemployment-benefit")},
                               {QStringLiteral("committed"), true},
                               {QStringLiteral("values"), values}};
        };
        const QJsonObject otherAccount{
            {QStringLiteral("account"), QStringLiteral("other")},
            {QStringLiteral("bank"), QStringLiteral("ccb")},
            {QStringLiteral("accountNumber"), QStringLiteral("6217000010001234569")}};
        // Not registered as unemployed: refused, nothing filed.
        const auto unregistered =
            fileAs(logIn(QStringLiteral("hk-resident"), "ben-hk-0001"), claim(otherAccount));
        QCOMPARE(unregistered.status, 409);
        QCOMPARE(unregistered.errorCode(), QStringLiteral("not_registered"));
        // 陈杰 is registered (the first test) and dismissed: a mistyped card number is caught, then filed
        // once.
        QJsonObject typo = otherAccount;
        typo[QStringLiteral("accountNumber")] = QStringLiteral("6217000010001234567");
        const auto mistyped = fileAs(logIn(QStringLiteral("chen-unemployed"), "ben-chen-0001"), claim(typo));
        QCOMPARE(mistyped.status, 400);
        QCOMPARE(mistyped.json[QStringLiteral("error")].toObject()[QStringLiteral("field")].toString(),
                 QStringLiteral("accountNumber"));
        const auto session = logIn(QStringLiteral("chen-unemployed"), "ben-chen-0002");
        const auto filed = fileAs(session, claim({{QStringLiteral("account"), QStringLiteral("card")}}));
        QCOMPARE(filed.status, 201);
        QCOMPARE(filed.json[QStringLiteral("kind")].toString(), QStringLiteral("unemployment-benefit"));
        QCOMPARE(fileAs(session, claim({{QStringLiteral("account"), QStringLiteral("card")}})).status, 200);
        // A second claim under a new key while the first stands: refused.
        const auto second =
            fileAs(logIn(QStringLiteral("chen-unemployed"), "ben-chen-0003"), claim(otherAccount));
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), QStringLiteral("already_claimed"));
        int claims = 0;
        for (const QJsonValue& a : applicationsOf(session))
            claims += a.toObject()[QStringLiteral("kind")].toString() == u"unemployment-benefit";
        QCOMPARE(claims, 1);
    }
};

QTEST_GUILESS_MAIN(TestApplicationsApi)
#include "tst_applicationsapi.moc"
