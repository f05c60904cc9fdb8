// ssc-ctl as operators and scripts use it: the real binary, its output, its exit status.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

static Run sscCtl(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(SSC_CTL_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(20000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

class TestSscCtl : public QObject {
    Q_OBJECT
private slots:
    void idCheckAllValid()
    {
        const Run run = sscCtl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("id"),
                                QStringLiteral("check"), QStringLiteral("11010519491231002X"),
                                QStringLiteral("110105491231002")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0],
                 QStringLiteral("11010519491231002X\tvalid\tresident ID number\tfemale\t1949-12-31"));
        QVERIFY(lines[1].contains(u"first-generation"));
        QVERIFY(lines[1].contains(u"as 18 characters: 11010519491231002X"));
    }

    void idCheckOneInvalidGivesExitOne()
    {
        const Run run = sscCtl({QStringLiteral("--lang=en"), QStringLiteral("id"), QStringLiteral("check"),
                                QStringLiteral("11010519491231002X"), QStringLiteral("110105198002300018")});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1],
                 QStringLiteral("110105198002300018\tinvalid\tno such date 19800230: check the birth "
                                "date digits"));
    }

    void idCheckInChinese()
    {
        const Run run = sscCtl({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("id"),
                                QStringLiteral("check"), QStringLiteral("110105194912310021")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"无效") && run.out.contains(u"最后一位应为 X"), qPrintable(run.out));
    }

    void idCheckNationalRuleNeedsTheFlag()
    {
        QCOMPARE(
            sscCtl({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("E12345678")}).exitCode, 1);
        QCOMPARE(sscCtl({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("--no-resident-id"),
                         QStringLiteral("E12345678")})
                     .exitCode,
                 0);
    }

    void idCheckJson()
    {
        const Run run = sscCtl({QStringLiteral("--json"), QStringLiteral("id"), QStringLiteral("check"),
                                QStringLiteral("810000198506150012"), QStringLiteral("12")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray results = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(results.size(), 2);
        const QJsonObject first = results[0].toObject();
        QCOMPARE(first[QStringLiteral("valid")].toBool(), true);
        QCOMPARE(first[QStringLiteral("kind")].toString(), QStringLiteral("hong-kong-resident"));
        QCOMPARE(first[QStringLiteral("sex")].toString(), QStringLiteral("male"));
        QCOMPARE(first[QStringLiteral("birthDate")].toString(), QStringLiteral("1985-06-15"));
        QCOMPARE(results[1].toObject()[QStringLiteral("valid")].toBool(), false);
        QVERIFY(!results[1].toObject()[QStringLiteral("reason")].toString().isEmpty());
    }

    void idCheckFromStandardInput()
    {
        const Run run = sscCtl({QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("-")},
                               "11010519491231002X\n\n440306199003071232\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed().split(u'\n').size(), 2);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("id check without numbers")
            << QStringList{QStringLiteral("id"), QStringLiteral("check")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("id"), QStringLiteral("check"),
                                                       QStringLiteral("--bogus"), QStringLiteral("1")};
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("id"),
                           QStringLiteral("check"), QStringLiteral("11010519491231002X")};
        QTest::newRow("retirement without sex")
            << QStringList{QStringLiteral("retirement"), QStringLiteral("--born"), QStringLiteral("1970-01")};
        QTest::newRow("retirement, woman without group")
            << QStringList{QStringLiteral("retirement"), QStringLiteral("--sex"), QStringLiteral("female"),
                           QStringLiteral("--born"), QStringLiteral("1971-04")};
        QTest::newRow("retirement, bad month")
            << QStringList{QStringLiteral("retirement"), QStringLiteral("--sex"), QStringLiteral("male"),
                           QStringLiteral("--born"), QStringLiteral("1971-13")};
        QTest::newRow("retirement, bad group")
            << QStringList{QStringLiteral("retirement"), QStringLiteral("--sex"),  QStringLiteral("female"),
                           QStringLiteral("--group"),    QStringLiteral("farmer"), QStringLiteral("--born"),
                           QStringLiteral("1971-04")};
        QTest::newRow("retirement, bad sex")
            << QStringList{QStringLiteral("retirement"), QStringLiteral("--sex"), QStringLiteral("x"),
                           QStringLiteral("--born"), QStringLiteral("1971-04")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = sscCtl(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.startsWith(u"ssc-ctl: "));
    }

    void qrDecode()
    {
        const QString dir = QStringLiteral(SSC_FIXTURES_DIR "/qr/");
        const Run ok = sscCtl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("qr"),
                               QStringLiteral("decode"), dir + QStringLiteral("13.png"),
                               dir + QStringLiteral("17.png")});
        QCOMPARE(ok.exitCode, 0);
        const QStringList lines = ok.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], dir + QStringLiteral("13.png\thttp://google.com/gwt/n?u=bluenile.com"));
        QVERIFY(lines[1].contains(u"Sean Owen\\r\\nsrowen@google.com")); // one line per image, breaks escaped
        const Run bad = sscCtl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("qr"),
                                QStringLiteral("decode"), dir + QStringLiteral("13.png"),
                                dir + QStringLiteral("README.md")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.out.contains(u"README.md\tnothing read: the file is not an image"));
        const Run json = sscCtl({QStringLiteral("--json"), QStringLiteral("qr"), QStringLiteral("decode"),
                                 dir + QStringLiteral("1.png")});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8())
                     .array()[0]
                     .toObject()[QStringLiteral("text")]
                     .toString(),
                 QStringLiteral("MEBKM:URL:http\\://en.wikipedia.org/wiki/Main_Page;;"));
        QCOMPARE(sscCtl({QStringLiteral("qr"), QStringLiteral("decode")}).exitCode, 2);
        QCOMPARE(
            sscCtl({QStringLiteral("qr"), QStringLiteral("show"), dir + QStringLiteral("1.png")}).exitCode,
            2);
    }

    void retirementText()
    {
        const Run run =
            sscCtl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("retirement"),
                    QStringLiteral("--sex"), QStringLiteral("female"), QStringLiteral("--group"),
                    QStringLiteral("cadre"), QStringLiteral("--born"), QStringLiteral("1971-04")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"statutory retirement age: 55 years 4 months"), qPrintable(run.out));
        QVERIFY(run.out.contains(u"retirement month: 2026-08"));
        QVERIFY(run.out.contains(u"minimum contribution for a monthly pension: 15 years"));
    }

    void retirementInChinese()
    {
        const Run run = sscCtl({QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                QStringLiteral("retirement"), QStringLiteral("--sex"), QStringLiteral("male"),
                                QStringLiteral("--born"), QStringLiteral("1965-05")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"60 岁 2 个月") && run.out.contains(u"2025-07"), qPrintable(run.out));
    }

    void retirementJson()
    {
        const Run run =
            sscCtl({QStringLiteral("--json"), QStringLiteral("retirement"), QStringLiteral("--sex"),
                    QStringLiteral("male"), QStringLiteral("--born"), QStringLiteral("1976-09")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject r = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(r[QStringLiteral("delayMonths")].toInt(), 36);
        QCOMPARE(r[QStringLiteral("retirementMonth")].toString(), QStringLiteral("2039-09"));
        QCOMPARE(r[QStringLiteral("minimumContributionYears")].toDouble(), 20.0);
        QCOMPARE(r[QStringLiteral("statutoryAge")].toObject()[QStringLiteral("years")].toInt(), 63);
    }
};

QTEST_GUILESS_MAIN(TestSscCtl)
#include "tst_sscctl.moc"
