// The personal look-ups over real HTTP (docs/api.md, "Look-ups"): for each, found, not found, bad input and
// visitors refused; certificates of other people are indistinguishable from unknown numbers.
#include "platformfixture.h"

#include <QJsonArray>
#include <QTest>

class TestLookupsApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Headers logIn(const QString& person)
    {
        return {{"X-SSC-Citizen-Session", platform.citizenSession(person).toLatin1()}};
    }

    // A citizen session started on the demo counter (a clerk serving the person).
    PlatformFixture::Headers logInAtCounter(const QString& person)
    {
        const auto r =
            platform.asTerminal(QStringLiteral("counter"), "POST", QStringLiteral("/api/v1/ecard/resolve"),
                                {{QStringLiteral("code"), platform.mint(person)}});
        return {
            {"X-SSC-Citizen-Session",
             r.json[QStringLiteral("session")].toObject()[QStringLiteral("token")].toString().toLatin1()}};
    }

    PlatformFixture::Response get(const QString& path, const PlatformFixture::Headers& session,
                                  const QString& mode = QStringLiteral("kiosk"))
    {
        return platform.asTerminal(mode, "GET", path, {}, session);
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void employmentCertificateByNumber()
    {
        const auto r = get(QStringLiteral("/api/v1/me/employment-certificate?number=1101052015000123"),
                           logIn(QStringLiteral("chen-unemployed")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("status")].toString(), QStringLiteral("unemployed"));
        const QJsonObject issuer = r.json[QStringLiteral("issuer")].toObject(); // migration 21
        QCOMPARE(issuer[QStringLiteral("zh_CN")].toString(),
                 QStringLiteral("北京市朝阳区人力资源和社会保障局"));
        QVERIFY2(issuer[QStringLiteral("en")].toString().contains(u"Chaoyang District"),
                 qPrintable(issuer[QStringLiteral("en")].toString()));
        const QJsonArray history = r.json[QStringLiteral("history")].toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("employment"));
        QCOMPARE(history[1].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("unemployment"));
        QVERIFY(history[1].toObject()[QStringLiteral("endedOn")].isNull());
        const QJsonArray policies = r.json[QStringLiteral("policies")].toArray();
        QCOMPARE(policies.size(), 2);
        // Data in both languages where it has an English form; the employer's registered name has none.
        const QJsonObject benefit = policies[0].toObject()[QStringLiteral("policy")].toObject();
        QCOMPARE(benefit[QStringLiteral("zh_CN")].toString(), QStringLiteral("失业保险金"));
        QCOMPARE(benefit[QStringLiteral("en")].toString(), QStringLiteral("Unemployment benefit"));
        QCOMPARE(policies[0].toObject()[QStringLiteral("detail")].toObject()[QStringLiteral("en")].toString(),
                 QStringLiteral("1,980.00 yuan a month for 12 months"));
        QCOMPARE(history[0].toObject()[QStringLiteral("detail")].toString(),
                 QStringLiteral("北京优品电子商务有限公司"));
    }

    void someoneElsesNumberLooksUnknown()
    {
        const auto session = logIn(QStringLiteral("zhang-wei"));
        const auto others =
            get(QStringLiteral("/api/v1/me/employment-certificate?number=1101052015000123"), session);
        const auto unknown =
            get(QStringLiteral("/api/v1/me/employment-certificate?number=9999992015000123"), session);
        QCOMPARE(others.status, 404);
        QCOMPARE(others.json, unknown.json);
    }

    void badCertificateNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("empty on a kiosk") << "";
        QTest::newRow("too short") << "110105";
        QTest::newRow("letters") << "11010520150001AB";
        QTest::newRow("too long") << "11010520150001230";
        QTest::newRow("injection") << "1' OR '1'='1";
    }

    void badCertificateNumbers()
    {
        QFETCH(QString, number);
        const auto r = get(QStringLiteral("/api/v1/me/employment-certificate?number=") +
                               QString::fromLatin1(QUrl::toPercentEncoding(number)),
                           logIn(QStringLiteral("chen-unemployed")));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("bad_certificate_number"));
    }

    void theCounterLooksUpByPerson()
    {
        const auto r = get(QStringLiteral("/api/v1/me/employment-certificate"),
                           logInAtCounter(QStringLiteral("zhang-wei")), QStringLiteral("counter"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("number")].toString(), QStringLiteral("1101052008000456"));
        const auto none = get(QStringLiteral("/api/v1/me/employment-certificate"),
                              logInAtCounter(QStringLiteral("li-na")), QStringLiteral("counter"));
        QCOMPARE(none.status, 404);
        QCOMPARE(none.errorCode(), QStringLiteral("no_certificate"));
    }

    void examScores()
    {
        const auto exams = get(QStringLiteral("/api/v1/exams"), {});
        QCOMPARE(exams.status, 200);
        QCOMPARE(exams.json[QStringLiteral("exams")].toArray().size(), 4);
        for (const QJsonValue& exam : exams.json[QStringLiteral("exams")].toArray()) {
            const QJsonObject name = exam.toObject()[QStringLiteral("name")].toObject();
            QVERIFY(!name[QStringLiteral("zh_CN")].toString().isEmpty());
            QVERIFY2(name[QStringLiteral("en")].toString().contains(u"Examination"),
                     qPrintable(name[QStringLiteral("en")].toString()));
        }
        const auto r = get(QStringLiteral("/api/v1/me/exam-scores?exam=accounting&year=2016"),
                           logIn(QStringLiteral("zhang-wei")));
        QCOMPARE(r.status, 200);
        const QJsonArray scores = r.json[QStringLiteral("scores")].toArray();
        QCOMPARE(scores.size(), 3);
        const QJsonObject subject = scores[0].toObject()[QStringLiteral("subject")].toObject();
        QCOMPARE(subject[QStringLiteral("zh_CN")].toString(), QStringLiteral("中级会计实务"));
        QCOMPARE(subject[QStringLiteral("en")].toString(),
                 QStringLiteral("Intermediate Accounting Practice"));
        QCOMPARE(scores[0].toObject()[QStringLiteral("score")].toString(), QStringLiteral("78"));
        QCOMPARE(scores[0].toObject()[QStringLiteral("passed")].toBool(), true);
        const auto failed = get(QStringLiteral("/api/v1/me/exam-scores?exam=constructor&year=2023"),
                                logIn(QStringLiteral("zhang-wei")));
        QCOMPARE(
            failed.json[QStringLiteral("scores")].toArray()[1].toObject()[QStringLiteral("passed")].toBool(),
            false);
        const auto none = get(QStringLiteral("/api/v1/me/exam-scores?exam=economics&year=2020"),
                              logIn(QStringLiteral("zhang-wei")));
        QCOMPARE(none.status, 200);
        QVERIFY(none.json[QStringLiteral("scores")].toArray().isEmpty());
    }

    void examScoresBadInput_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("before 2014") << "exam=accounting&year=2013"
                                     << "year_out_of_range";
        QTest::newRow("future") << "exam=accounting&year=2099"
                                << "year_out_of_range";
        QTest::newRow("year not a number") << "exam=accounting&year=abc"
                                           << "year_out_of_range";
        QTest::newRow("unknown exam") << "exam=astrology&year=2016"
                                      << "unknown_exam";
        QTest::newRow("no exam") << "year=2016"
                                 << "unknown_exam";
    }

    void examScoresBadInput()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        const auto r =
            get(QStringLiteral("/api/v1/me/exam-scores?") + query, logIn(QStringLiteral("zhang-wei")));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
    }

    void diplomasFromTheCutOff()
    {
        const auto chen =
            get(QStringLiteral("/api/v1/me/diplomas"), logIn(QStringLiteral("chen-unemployed")));
        QCOMPARE(chen.status, 200);
        const QJsonArray list = chen.json[QStringLiteral("diplomas")].toArray();
        QCOMPARE(list.size(), 1); // the 2012 diploma is before 2015-06-30
        QCOMPARE(list[0].toObject()[QStringLiteral("schoolKind")].toString(),
                 QStringLiteral("technician-college"));
        QCOMPARE(list[0].toObject()[QStringLiteral("school")].toObject()[QStringLiteral("en")].toString(),
                 QStringLiteral("Beijing Industrial Technician College"));
        const auto boundary = get(QStringLiteral("/api/v1/me/diplomas"), logIn(QStringLiteral("zhang-wei")));
        QCOMPARE(boundary.json[QStringLiteral("diplomas")].toArray().size(),
                 1); // graduated exactly on the day
        const auto none = get(QStringLiteral("/api/v1/me/diplomas"), logIn(QStringLiteral("li-na")));
        QVERIFY(none.json[QStringLiteral("diplomas")].toArray().isEmpty());
        QCOMPARE(none.json[QStringLiteral("from")].toString(), QStringLiteral("2015-06-30"));
    }

    void visitorsAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("employment") << "/api/v1/me/employment-certificate?number=1101052015000123";
        QTest::newRow("exam scores") << "/api/v1/me/exam-scores?exam=accounting&year=2016";
        QTest::newRow("diplomas") << "/api/v1/me/diplomas";
    }

    void visitorsAreRefused()
    {
        QFETCH(QString, path);
        const auto r = get(path, {});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("citizen_session_missing"));
    }

    void seedingTwiceAddsNothing()
    {
        QVERIFY(platform.restart());
        QCOMPARE(get(QStringLiteral("/api/v1/exams"), {}).json[QStringLiteral("exams")].toArray().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestLookupsApi)
#include "tst_lookupsapi.moc"
