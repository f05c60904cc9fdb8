// ssc-loadgen run briefly against a real platform (HTTPS, the demo's self-signed certificate pinned): its
// report adds up, and what it says the visits did is what the platform's database holds — every login a
// session row of its method, every logout an ended session, every record printed a verification code stored,
// every form filed one application under its own idempotency key, every certification an attempt stored.
// Its bounds hold, and it refuses a platform that is not on this computer.
#include "platformfixture.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class LoadGeneratorTest : public QObject {
    Q_OBJECT

    PlatformFixture platform;

    struct Run {
        int exitCode = -1;
        QString output;
        QJsonObject report;
    };

    Run loadgen(const QStringList& arguments)
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("report.json"));
        QProcess process;
        // Under ASan: the tool's own leak suppressions (tests/loadgen-lsan.supp: the TLS state of the calls
        // still in flight at the request bound), never the platform's.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LSAN_OPTIONS"),
                           QStringLiteral("suppressions=%1:print_suppressions=0")
                               .arg(QStringLiteral(SSC_LOADGEN_LSAN_SUPPRESSIONS)));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SSC_LOADGEN_PATH),
                      arguments + QStringList{QStringLiteral("--json"), json});
        Run run;
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitCode();
        run.output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        QFile file(json);
        if (file.open(QIODevice::ReadOnly))
            run.report = QJsonDocument::fromJson(file.readAll()).object();
        return run;
    }

    QStringList target() const
    {
        return {QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:%1").arg(platform.port()),
                QStringLiteral("--pin"), QString::fromLatin1(platform.pin())};
    }

    qint64 rows(const QString& sql)
    {
        QSqlQuery q(platform.database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    static qint64 answered(const QJsonObject& report, const QString& kind, const QString& status)
    {
        return report[QStringLiteral("kinds")][kind][QStringLiteral("statuses")][status].toInteger();
    }

private slots:
    void initTestCase()
    {
        // One demo terminal plays every simulated kiosk, and a few demo people visit again and again: the
        // rates per terminal and per person are lifted (the limiters still run on every request).
        platform.setExtraArguments({QStringLiteral("--terminal-rate"), QStringLiteral("100000,100000"),
                                    QStringLiteral("--account-rate"), QStringLiteral("100000,100000")});
        QVERIFY2(platform.startTls(), qPrintable(platform.error()));
    }

    void reportMatchesTheDatabase()
    {
        const Run run = loadgen(target() + QStringList{QStringLiteral("--terminals"), QStringLiteral("6"),
                                                       QStringLiteral("--seconds"), QStringLiteral("8"),
                                                       QStringLiteral("--certify"), QStringLiteral("10")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        qInfo().noquote() << run.output;
        const QJsonObject report = run.report;
        const QJsonObject kinds = report[QStringLiteral("kinds")].toObject();

        // The report adds up: its totals are the sums of its kinds, and a healthy platform needed no retry.
        qint64 calls = 0;
        qint64 requests = 0;
        for (const QJsonValue& kind : kinds) {
            calls += kind[QStringLiteral("calls")].toInteger();
            requests += kind[QStringLiteral("requests")].toInteger();
            qint64 byStatus = 0;
            for (const QJsonValue& n : kind[QStringLiteral("statuses")].toObject())
                byStatus += n.toInteger();
            QCOMPARE(byStatus, kind[QStringLiteral("calls")].toInteger());
        }
        QCOMPARE(report[QStringLiteral("calls")].toInteger(), calls);
        QCOMPARE(report[QStringLiteral("requests")].toInteger(), requests);
        QCOMPARE(requests, calls);
        QVERIFY2(calls > 100, qPrintable(run.output));

        // Every kind of request a hall makes was made.
        for (const char* kind : {"phone.mint (demo)", "ecard.resolve", "card.challenge", "card.resolve",
                                 "lookup", "record.print", "form.file", "certify.consent",
                                 "certify.challenge", "certify.upload", "logout"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);

        // Only refusals a hall sees: a record for a province where the person has none (404 no_record);
        // nothing the platform failed at.
        const QJsonObject errors = report[QStringLiteral("errorsByStatus")].toObject();
        for (auto it = errors.begin(); it != errors.end(); ++it)
            QCOMPARE(it.key(), QStringLiteral("404"));
        const QJsonObject done = report[QStringLiteral("outcomes")].toObject();
        QCOMPARE(errors[QStringLiteral("404")].toInteger(),
                 done[QStringLiteral("records.refused")].toInteger());

        // What the visits did is what the platform holds.
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM ecard_codes")),
                 answered(report, QStringLiteral("phone.mint (demo)"), QStringLiteral("201")));
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM card_challenges")),
                 answered(report, QStringLiteral("card.challenge"), QStringLiteral("201")));
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM citizen_sessions WHERE method = 'ecard'")),
                 done[QStringLiteral("logins.ecard")].toInteger());
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM citizen_sessions WHERE method = 'card'")),
                 done[QStringLiteral("logins.card")].toInteger());
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM citizen_sessions WHERE ended_at IS NOT NULL")),
                 done[QStringLiteral("logouts")].toInteger());
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM issued_records")),
                 done[QStringLiteral("records.printed")].toInteger());
        QVERIFY(done[QStringLiteral("records.printed")].toInteger() > 0);
        // Forms filed once each: one application and one submission per key, no key twice.
        const qint64 forms = done[QStringLiteral("forms.filed")].toInteger();
        QVERIFY(forms > 0);
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM applications WHERE kind = 'labour-dispute'")),
                 forms);
        QCOMPARE(rows(QStringLiteral(
                     "SELECT COUNT(*) FROM submissions WHERE idempotency_key LIKE 'loadgen-form-1-%'")),
                 forms);
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(DISTINCT idempotency_key) FROM submissions WHERE "
                                     "idempotency_key LIKE 'loadgen-form-1-%'")),
                 forms);
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM certification_attempts")),
                 done[QStringLiteral("certifications")].toInteger());
        QVERIFY(done[QStringLiteral("certifications")].toInteger() > 0);
    }

    void stopsAtTheRequestBound()
    {
        const Run run = loadgen(target() + QStringList{QStringLiteral("--terminals"), QStringLiteral("4"),
                                                       QStringLiteral("--seconds"), QStringLiteral("600"),
                                                       QStringLiteral("--max-requests"), QStringLiteral("40"),
                                                       QStringLiteral("--certify"), QStringLiteral("0"),
                                                       QStringLiteral("--seed"), QStringLiteral("2")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QCOMPARE(run.report[QStringLiteral("calls")].toInteger(), 40);
        QVERIFY(run.report[QStringLiteral("seconds")].toDouble() < 600);
    }

    void refusesAnotherComputer()
    {
        for (const QString& url :
             {QStringLiteral("https://192.0.2.10:8443"), QStringLiteral("https://example.org"),
              QStringLiteral("http://127.0.0.1:%1").arg(platform.port())}) {
            const Run run = loadgen(
                {QStringLiteral("--url"), url, QStringLiteral("--pin"), QString::fromLatin1(platform.pin())});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.report.isEmpty(), qPrintable(url));
        }
        const Run run = loadgen({QStringLiteral("--url"), QStringLiteral("https://10.1.2.3:8443"),
                                 QStringLiteral("--pin"), QString::fromLatin1(platform.pin())});
        QVERIFY2(run.output.contains(QStringLiteral("loopback only")), qPrintable(run.output));
    }

    void refusesAnotherCertificate()
    {
        // The pin is the demo certificate's: another certificate on the same port answers nothing.
        const Run run =
            loadgen(target().mid(0, 3) +
                    QStringList{QString(64, u'0'), QStringLiteral("--seconds"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(LoadGeneratorTest)
#include "tst_loadgen.moc"
