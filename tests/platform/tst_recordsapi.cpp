// Rights records over real HTTP (docs/api.md, "Rights records"): provinces open for national query, the
// employee and resident variants, monthly marks, a transfer, arrears, retirees, the explained refusals
// (region not open, year not offered, no record, data timed out) and verification codes.
#include "platformfixture.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

class TestRecordsApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Headers logIn(const QString& person)
    {
        return {{"X-SSC-Citizen-Session", platform.citizenSession(person).toLatin1()}};
    }

    PlatformFixture::Response recordOf(const PlatformFixture::Headers& session, const QString& province,
                                       const QString& year)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("province"), province);
        query.addQueryItem(QStringLiteral("year"), year);
        return platform.asTerminal(QStringLiteral("kiosk"), "GET",
                                   QStringLiteral("/api/v1/me/records?") + query.toString(QUrl::FullyEncoded),
                                   {}, session);
    }

    static QJsonObject section(const QJsonObject& record, const char* list, const char* key,
                               const QString& value)
    {
        for (const QJsonValue& v : record[QLatin1String(list)].toArray())
            if (v.toObject()[QLatin1String(key)].toString() == value)
                return v.toObject();
        return {};
    }

    static QString marks(const QJsonObject& contribution)
    {
        QString out;
        for (const QJsonValue& m : contribution[QStringLiteral("months")].toArray()) {
            const QString mark = m.toObject()[QStringLiteral("mark")].toString();
            out += mark == u"paid" ? u'P' : mark == u"arrears" ? u'A' : mark == u"transferred" ? u'T' : u'-';
        }
        return out;
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void provincesSayWhatIsOpen()
    {
        const auto r =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/records/provinces"));
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.json[QStringLiteral("provinces")].toArray();
        QCOMPARE(list.size(), 6);
        const QJsonObject guangdong = section(r.json, "provinces", "code", QStringLiteral("440000"));
        QCOMPARE(guangdong[QStringLiteral("name")].toString(), QStringLiteral("广东省"));
        QCOMPARE(guangdong[QStringLiteral("firstYear")].toInt(), 2020);
        QCOMPARE(guangdong[QStringLiteral("closedInsurances")].toArray().size(), 2);
        QVERIFY(
            section(r.json, "provinces", "code", QStringLiteral("330000"))[QStringLiteral("openInsurances")]
                .toArray()
                .isEmpty());
        // Visitors may see where records are open (no citizen session needed).
        QCOMPARE(r.json[QStringLiteral("provinces")].toArray().size(), 6);
    }

    void employeeWithArrears()
    {
        const auto r =
            recordOf(logIn(QStringLiteral("zhang-wei")), QStringLiteral("110000"), QStringLiteral("2024"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("variant")].toString(), QStringLiteral("employee"));
        QCOMPARE(r.json[QStringLiteral("retired")].toBool(), false);
        QCOMPARE(r.json[QStringLiteral("employer")].toString(), QStringLiteral("北京华信科技有限公司"));
        QCOMPARE(r.json[QStringLiteral("contributions")].toArray().size(), 5);
        const QJsonObject pension = section(r.json, "contributions", "insurance", QStringLiteral("pension"));
        QCOMPARE(marks(pension), QStringLiteral("PPAAPPPPPPPP"));
        const QJsonObject march = pension[QStringLiteral("months")].toArray()[2].toObject();
        QCOMPARE(march[QStringLiteral("personalCents")].toInteger(),
                 march[QStringLiteral("baseCents")].toInteger() * 8 / 100);
        QCOMPARE(r.json[QStringLiteral("accounts")].toArray().size(), 2);
        QVERIFY(r.json[QStringLiteral("benefits")].toArray().isEmpty());
        QCOMPARE(r.json[QStringLiteral("verificationCode")].toString().size(), 19);
        QCOMPARE(r.json[QStringLiteral("cutoff")].toString(), QStringLiteral("2024-12-31"));
    }

    void transferredInMonthsAndClosedInsurances()
    {
        const auto session = logIn(QStringLiteral("li-na"));
        const auto guangdong = recordOf(session, QStringLiteral("440000"), QStringLiteral("2022"));
        QCOMPARE(guangdong.status, 200);
        QCOMPARE(marks(section(guangdong.json, "contributions", "insurance", QStringLiteral("pension"))),
                 QStringLiteral("TTTTTTPPPPPP"));
        // 广东 has not opened injury and maternity insurance: those are left out and named.
        QCOMPARE(guangdong.json[QStringLiteral("contributions")].toArray().size(), 3);
        QCOMPARE(guangdong.json[QStringLiteral("closedInsurances")].toArray().size(), 2);
        const auto shanghai = recordOf(session, QStringLiteral("310000"), QStringLiteral("2022"));
        QCOMPARE(marks(section(shanghai.json, "contributions", "insurance", QStringLiteral("pension"))),
                 QStringLiteral("PPPPPP------"));
        const auto afterLeaving = recordOf(session, QStringLiteral("310000"), QStringLiteral("2024"));
        QCOMPARE(afterLeaving.status, 404);
        QCOMPARE(afterLeaving.errorCode(), QStringLiteral("no_record"));
    }

    void retireeHasBenefitsAndNoContributions()
    {
        const auto r =
            recordOf(logIn(QStringLiteral("liu-retiree")), QStringLiteral("420000"), QStringLiteral("2025"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("retired")].toBool(), true);
        QVERIFY(r.json[QStringLiteral("contributions")].toArray().isEmpty());
        const QJsonObject pension = section(r.json, "benefits", "insurance", QStringLiteral("pension"));
        QCOMPARE(pension[QStringLiteral("kind")].toString(), QStringLiteral("基本养老金"));
        QCOMPARE(pension[QStringLiteral("months")].toInt(), 12);
        QVERIFY(pension[QStringLiteral("amountCents")].toInteger() > 12 * 365000);
    }

    void residentVariantPaysOnceAYear()
    {
        const auto r =
            recordOf(logIn(QStringLiteral("adult-child")), QStringLiteral("310000"), QStringLiteral("2023"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("variant")].toString(), QStringLiteral("resident"));
        QCOMPARE(marks(section(r.json, "contributions", "insurance", QStringLiteral("pension"))),
                 QStringLiteral("--P---------"));
        QCOMPARE(r.json[QStringLiteral("accounts")].toArray().size(), 1); // residents: pension account only
    }

    void refusalsAreExplained_data()
    {
        QTest::addColumn<QString>("province");
        QTest::addColumn<QString>("year");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("not open") << "330000"
                                  << "2023" << 409 << "region_not_open";
        QTest::newRow("timed out") << "510000"
                                   << "2023" << 504 << "data_timeout";
        QTest::newRow("year too early") << "110000"
                                        << "2018" << 400 << "year_not_offered";
        QTest::newRow("year in the future") << "110000"
                                            << "2031" << 400 << "year_not_offered";
        QTest::newRow("year not a number") << "110000"
                                           << "二〇二四" << 400 << "year_not_offered";
        QTest::newRow("unknown province") << "999999"
                                          << "2024" << 400 << "unknown_province";
        QTest::newRow("hostile province") << "110000' OR '1'='1"
                                          << "2024" << 400 << "unknown_province";
        QTest::newRow("never insured there") << "420000"
                                             << "2024" << 404 << "no_record";
    }

    void refusalsAreExplained()
    {
        QFETCH(QString, province);
        QFETCH(QString, year);
        QFETCH(int, status);
        QFETCH(QString, code);
        const auto r = recordOf(logIn(QStringLiteral("zhang-wei")), province, year);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        const QJsonObject message =
            r.json[QStringLiteral("error")].toObject()[QStringLiteral("message")].toObject();
        QVERIFY(!message[QStringLiteral("zh_CN")].toString().isEmpty());
        QVERIFY(!message[QStringLiteral("en")].toString().isEmpty());
    }

    void visitorsAreRefused()
    {
        const auto r = recordOf({}, QStringLiteral("110000"), QStringLiteral("2024"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("citizen_session_missing"));
    }

    void verificationSaysGenuineWithTheRecordsSummaryMasked()
    {
        const auto r =
            recordOf(logIn(QStringLiteral("zhang-wei")), QStringLiteral("110000"), QStringLiteral("2024"));
        QCOMPARE(r.status, 200);
        const QString code = r.json[QStringLiteral("verificationCode")].toString();
        // The QR code leads to this platform's own verification route.
        const QUrl verifyUrl(r.json[QStringLiteral("verifyUrl")].toString());
        QCOMPARE(verifyUrl.scheme(), QStringLiteral("https"));
        QCOMPARE(verifyUrl.path(), QStringLiteral("/api/v1/records/verify/") + code);
        const QJsonObject issuedBy = r.json[QStringLiteral("issuedBy")].toObject();
        QCOMPARE(issuedBy[QStringLiteral("office")].toObject()[QStringLiteral("zh_CN")].toString(),
                 QStringLiteral("北京市社会保险基金管理中心"));
        // Where it was printed: the terminal's name in both languages (migration 35).
        QCOMPARE(issuedBy[QStringLiteral("place")][QStringLiteral("zh_CN")].toString(),
                 QStringLiteral("演示自助机"));
        QCOMPARE(issuedBy[QStringLiteral("place")][QStringLiteral("en")].toString(),
                 QStringLiteral("Demo kiosk"));

        const auto verified = platform.request("GET", verifyUrl.path());
        QCOMPARE(verified.status, 200);
        const QJsonObject& v = verified.json;
        QCOMPARE(v[QStringLiteral("genuine")].toBool(), true);
        QCOMPARE(v[QStringLiteral("verificationCode")].toString(), code);
        QCOMPARE(v[QStringLiteral("year")].toInt(), 2024);
        QCOMPARE(v[QStringLiteral("issuedAt")].toString(), r.json[QStringLiteral("issuedAt")].toString());
        QCOMPARE(v[QStringLiteral("issuedBy")].toObject(), issuedBy);
        QCOMPARE(v[QStringLiteral("province")]
                     .toObject()[QStringLiteral("names")]
                     .toObject()[QStringLiteral("en")]
                     .toString(),
                 QStringLiteral("Beijing"));
        QCOMPARE(v[QStringLiteral("holder")].toString(), QStringLiteral("张*"));
        const QString ssn = r.json[QStringLiteral("holder")].toObject()[QStringLiteral("ssn")].toString();
        QCOMPARE(ssn.size(), 18);
        QCOMPARE(v[QStringLiteral("holderSsn")].toString(), ssn.left(2) + QString(14, u'*') + ssn.right(2));
        QVERIFY(!verified.raw.contains(ssn.toLatin1()));
        QVERIFY(!verified.raw.contains("张伟"));
        // The summary counts the record's own monthly marks.
        const QJsonObject pension = section(r.json, "contributions", "insurance", QStringLiteral("pension"));
        const QString pensionMarks = marks(pension);
        const QJsonObject summary = section(v[QStringLiteral("summary")].toObject(), "contributions",
                                            "insurance", QStringLiteral("pension"));
        QCOMPARE(summary[QStringLiteral("paidMonths")].toInt(), int(pensionMarks.count(u'P')));
        QCOMPARE(summary[QStringLiteral("arrearsMonths")].toInt(), int(pensionMarks.count(u'A')));
        QVERIFY(summary[QStringLiteral("arrearsMonths")].toInt() > 0);
        const QJsonObject account = section(r.json, "accounts", "account", QStringLiteral("pension"));
        const qint64 closing = account[QStringLiteral("openingCents")].toInteger() +
                               account[QStringLiteral("creditedCents")].toInteger() +
                               account[QStringLiteral("interestCents")].toInteger() -
                               account[QStringLiteral("withdrawnCents")].toInteger();
        QCOMPARE(section(v[QStringLiteral("summary")].toObject(), "accounts", "account",
                         QStringLiteral("pension"))[QStringLiteral("closingCents")]
                     .toInteger(),
                 closing);
        // Every query issues its own code.
        const auto again =
            recordOf(logIn(QStringLiteral("zhang-wei")), QStringLiteral("110000"), QStringLiteral("2024"));
        QVERIFY(again.json[QStringLiteral("verificationCode")].toString() != code);
    }

    void anUnknownCodeIsNotGenuine()
    {
        const auto r = platform.request("GET", QStringLiteral("/api/v1/records/verify/0000-0000-0000-0000"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("unknown_verification_code"));
        QCOMPARE(r.json[QStringLiteral("error")].toObject()[QStringLiteral("genuine")].toBool(true), false);
    }

    void aBrowserGetsAPlainPageInItsLanguage()
    {
        const auto r =
            recordOf(logIn(QStringLiteral("zhang-wei")), QStringLiteral("110000"), QStringLiteral("2024"));
        const QString path = QUrl(r.json[QStringLiteral("verifyUrl")].toString()).path();
        const auto zh = platform.request(
            "GET", path, {},
            {{"Accept", "text/html,application/xhtml+xml"}, {"Accept-Language", "zh-CN,zh;q=0.9"}});
        QCOMPARE(zh.status, 200);
        const QString page = QString::fromUtf8(zh.raw);
        QVERIFY2(page.startsWith(u"<!DOCTYPE html>"), qPrintable(page.left(300)));
        QVERIFY2(page.contains(u"lang=\"zh_CN\""), qPrintable(page.left(300)));
        // The verdict, the office, where it was printed, the holder masked; nothing whole, no script.
        for (const QString& shown :
             {QStringLiteral("真实有效"), QStringLiteral("北京市社会保险基金管理中心"),
              QStringLiteral("演示自助机"), QStringLiteral("张*"), QStringLiteral("**************")})
            QVERIFY2(page.contains(shown), qPrintable(shown));
        for (const QString& hidden :
             {QStringLiteral("张伟"), QStringLiteral("<script"), QStringLiteral("Demo kiosk")})
            QVERIFY2(!page.contains(hidden), qPrintable(hidden));

        const auto en = platform.request("GET", path, {},
                                         {{"Accept", "text/html"}, {"Accept-Language", "en-GB,en;q=0.9"}});
        const QString english = QString::fromUtf8(en.raw);
        QVERIFY2(
            english.contains(u"Genuine: this record was issued by Beijing Social Insurance Fund Management "
                             u"Centre."),
            qPrintable(english));
        QVERIFY(english.contains(u"Employee pension insurance"));
        QVERIFY(english.contains(u"Beijing"));
        QVERIFY(!english.contains(u"北京市"));
        QVERIFY(english.contains(u"Demo kiosk"));
        QVERIFY(!english.contains(u"演示自助机"));
        // ?lang= wins over the browser's language: the page's link to the other language.
        const auto chosen = platform.request("GET", path + QStringLiteral("?lang=zh_CN"), {},
                                             {{"Accept", "text/html"}, {"Accept-Language", "en"}});
        QVERIFY(QString::fromUtf8(chosen.raw).contains(u"真实有效"));

        const auto unknown = platform.request("GET", QStringLiteral("/api/v1/records/verify/<b>FAKE"), {},
                                              {{"Accept", "text/html"}, {"Accept-Language", "en"}});
        QCOMPARE(unknown.status, 404);
        const QString refused = QString::fromUtf8(unknown.raw);
        QVERIFY2(refused.contains(u"Not confirmed"), qPrintable(refused));
        QVERIFY(!refused.contains(u"<b>FAKE")); // what was typed is shown as text, never as markup
    }

    void seedingTwiceAddsNothing()
    {
        QVERIFY(platform.restart());
        const auto r =
            recordOf(logIn(QStringLiteral("zhang-wei")), QStringLiteral("110000"), QStringLiteral("2024"));
        QCOMPARE(
            section(r.json, "contributions", "insurance", QStringLiteral("pension"))[QStringLiteral("months")]
                .toArray()
                .size(),
            12);
    }
};

QTEST_GUILESS_MAIN(TestRecordsApi)
#include "tst_recordsapi.moc"
