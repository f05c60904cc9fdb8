// Several instances behind haproxy (issue 21 item 1; docs/operations.md, "Several instances"): three
// ssc-platform processes on one PostgreSQL database, with the same keys and TLS identity, behind a haproxy
// this test configures (TCP, round robin, health checks on GET /api/v1/health/ready over TLS, loopback
// ports). ssc-loadgen's terminals visit through it while one instance is killed (SIGKILL): no form is filed
// twice, errors fall only in the moments around the kill (calls in flight on the dead instance that the
// terminal's client may not repeat), the balancer marks the dead instance down and the others answer the
// rest. Then an instance stopped with SIGTERM drains: not ready, no new connections, exit 0.
#include "platformfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class ScaleOutTest : public QObject {
    Q_OBJECT

    PlatformFixture first; // declared first: the others share its folder (keys, TLS identity)
    PlatformFixture second;
    PlatformFixture third;
    QTemporaryDir dir;
    QProcess haproxy;
    quint16 balancerPort = 0;

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    QString statsSocket() const { return dir.filePath(QStringLiteral("haproxy.sock")); }

    // The balancer's view of each instance ("UP", "DOWN"…), from its stats socket.
    QHash<QString, QString> instanceStates()
    {
        QLocalSocket socket;
        socket.connectToServer(statsSocket());
        if (!socket.waitForConnected(2000))
            return {};
        socket.write("show stat\n");
        QByteArray csv;
        while (socket.waitForReadyRead(2000))
            csv += socket.readAll();
        const QList<QByteArray> lines = csv.split('\n');
        const QList<QByteArray> header = lines.value(0).mid(2).split(',');
        const qsizetype status = header.indexOf("status");
        QHash<QString, QString> states;
        for (const QByteArray& line : lines) {
            const QList<QByteArray> fields = line.split(',');
            if (fields.value(0) == "instances" && fields.value(1).startsWith("i"))
                states.insert(QString::fromLatin1(fields[1]), QString::fromLatin1(fields.value(status)));
        }
        return states;
    }

    bool startBalancer()
    {
        balancerPort = freePort();
        QString config =
            QStringLiteral("global\n"
                           "    maxconn 4096\n"
                           "    stats socket %1 mode 600 level admin\n"
                           "defaults\n"
                           "    mode tcp\n"
                           "    timeout connect 2s\n"
                           "    timeout client 60s\n"
                           "    timeout server 60s\n"
                           "    retries 3\n"
                           "    option redispatch\n"
                           "frontend terminals\n"
                           "    bind 127.0.0.1:%2\n"
                           "    default_backend instances\n"
                           "backend instances\n"
                           "    balance roundrobin\n"
                           "    option httpchk GET /api/v1/health/ready\n"
                           "    http-check expect status 200\n"
                           "    default-server check check-ssl verify none inter 300 fall 2 rise 2\n")
                .arg(statsSocket())
                .arg(balancerPort);
        int n = 1;
        for (const PlatformFixture* instance : {&first, &second, &third})
            config += QStringLiteral("    server i%1 127.0.0.1:%2\n").arg(n++).arg(instance->port());
        QFile file(dir.filePath(QStringLiteral("haproxy.cfg")));
        if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0)
            return false;
        file.close();
        const QString binary =
            QStandardPaths::findExecutable(QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin")});
        if (binary.isEmpty())
            return false; // tools/packages.txt lists haproxy: a missing one fails the test
        haproxy.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        haproxy.start(binary, {QStringLiteral("-f"), file.fileName(), QStringLiteral("-db")});
        // Ready when every instance has passed its health checks.
        for (int i = 0; i < 100; ++i) {
            QTest::qWait(100);
            const auto states = instanceStates();
            if (states.size() == 3 && states.values().count(QStringLiteral("UP")) == 3)
                return true;
        }
        return false;
    }

    qint64 rows(const QString& sql)
    {
        QSqlQuery q(first.database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(first.databaseKind() == u"postgresql", "several instances share one PostgreSQL database");
        // One demo terminal plays every kiosk, a few demo people visit again and again, and every connection
        // comes from the balancer: the rates and the per-peer connection cap are lifted.
        const QStringList limits{QStringLiteral("--terminal-rate"),   QStringLiteral("100000,100000"),
                                 QStringLiteral("--account-rate"),    QStringLiteral("100000,100000"),
                                 QStringLiteral("--max-connections"), QStringLiteral("2048,2048")};
        first.setExtraArguments(limits);
        QVERIFY2(first.startTls(), qPrintable(first.error()));
        for (PlatformFixture* instance : {&second, &third}) {
            instance->shareWith(first);
            instance->setExtraArguments(limits);
            QVERIFY2(instance->start(), qPrintable(instance->error()));
            QCOMPARE(instance->pin(), first.pin());
        }
        QVERIFY2(startBalancer(), "haproxy did not start or did not see three ready instances");
    }

    void cleanupTestCase()
    {
        haproxy.terminate();
        haproxy.waitForFinished(5000);
    }

    void anInstanceKilledMidRun()
    {
        const int terminals = 12;
        const QString report = dir.filePath(QStringLiteral("report.json"));
        QProcess loadgen;
        loadgen.setProcessChannelMode(QProcess::MergedChannels);
        loadgen.start(QStringLiteral(SSC_LOADGEN_PATH),
                      {QStringLiteral("--url"), QStringLiteral("https://127.0.0.1:%1").arg(balancerPort),
                       QStringLiteral("--pin"), QString::fromLatin1(first.pin()),
                       QStringLiteral("--terminals"), QString::number(terminals), QStringLiteral("--seconds"),
                       QStringLiteral("12"), QStringLiteral("--certify"), QStringLiteral("0"),
                       QStringLiteral("--json"), report});
        QTest::qWait(5000);
        second.kill();
        QVERIFY(loadgen.waitForFinished(120000));
        const QString output = QString::fromUtf8(loadgen.readAll());
        qInfo().noquote() << output;
        QCOMPARE(loadgen.exitCode(), 0);
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();

        // The balancer saw the dead instance go down and keeps the others.
        const auto states = instanceStates();
        QVERIFY2(states.value(QStringLiteral("i2")).startsWith(u"DOWN"),
                 qPrintable(states.value(QStringLiteral("i2"))));
        QCOMPARE(states.value(QStringLiteral("i1")), QStringLiteral("UP"));
        QCOMPARE(states.value(QStringLiteral("i3")), QStringLiteral("UP"));

        // Errors: besides records a person has none of (404, answers about the person, spread over the run),
        // only calls in flight on the dead instance, at most one a terminal and all within three seconds: no
        // answer (0), or the answer to a request Qt's network stack or the client sent again on a new
        // connection after the first broke, when the dead instance had done it (409: the e-card code or card
        // challenge used; 401: the session already ended by the logout). Never a failure of the platform
        // (5xx).
        const QJsonObject errors = json[QStringLiteral("errorsByStatus")].toObject();
        qint64 failures = 0;
        for (auto it = errors.begin(); it != errors.end(); ++it) {
            QVERIFY2(it.key().toInt() < 500, qPrintable(it.key()));
            failures += it.key() == u"404" ? 0 : it.value().toInteger();
        }
        QVERIFY2(failures <= terminals, qPrintable(output));
        int firstFailure = -1;
        int lastFailure = -1;
        int lastSecond = 0;
        for (const QJsonValue& v : json[QStringLiteral("timeline")].toArray()) {
            const QJsonArray moment = v.toArray();
            lastSecond = moment[0].toInt();
            const QJsonObject notOk = moment[2].toObject();
            if (notOk.size() > (notOk.contains(QStringLiteral("404")) ? 1 : 0)) {
                firstFailure = firstFailure < 0 ? lastSecond : firstFailure;
                lastFailure = lastSecond;
            }
        }
        QVERIFY2(lastFailure - firstFailure <= 3, qPrintable(output));
        // The others answered the rest of the run.
        QVERIFY(lastSecond >= 10);

        // Nothing filed twice: each form's key has one submission and one application, and every form the
        // terminals were told was filed is there.
        const qint64 keys =
            rows(QStringLiteral("SELECT COUNT(DISTINCT idempotency_key) FROM submissions WHERE "
                                "idempotency_key LIKE 'loadgen-form-%'"));
        QCOMPARE(rows(QStringLiteral(
                     "SELECT COUNT(*) FROM submissions WHERE idempotency_key LIKE 'loadgen-form-%'")),
                 keys);
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM applications WHERE kind = 'labour-dispute'")),
                 keys);
        const QJsonObject done = json[QStringLiteral("outcomes")].toObject();
        const qint64 filed = done[QStringLiteral("forms.filed")].toInteger();
        QVERIFY(filed > 0);
        // A form whose answer was lost with the instance may be filed without the terminal knowing yet (its
        // outbox would send it again under the same key and be answered "replayed").
        QVERIFY(keys >= filed);
        QVERIFY(keys <= filed + done[QStringLiteral("forms.refused")].toInteger());
        // Every login the terminals were told of is a session; a login whose answer was lost with the
        // instance may be one too (the terminal saw the failure, and the citizen logs in again).
        const qint64 sessions =
            rows(QStringLiteral("SELECT COUNT(*) FROM citizen_sessions WHERE method IN ('ecard', 'card')"));
        const qint64 logins = done[QStringLiteral("logins.ecard")].toInteger() +
                              done[QStringLiteral("logins.card")].toInteger();
        QVERIFY2(sessions >= logins && sessions <= logins + failures, qPrintable(output));
    }

    void anInstanceStoppedDrains()
    {
        // SIGTERM: the instance says it is not ready, takes no new connection and leaves with status 0.
        QVERIFY(third.processId() > 0);
        third.stop();                  // SIGTERM, then waits for the process
        QCOMPARE(third.exitCode(), 0); // left by itself once drained, not killed after the fixture's wait
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, third.port());
        QVERIFY(!socket.waitForConnected(1000));
        for (int i = 0; i < 50 && !instanceStates().value(QStringLiteral("i3")).startsWith(u"DOWN"); ++i)
            QTest::qWait(100);
        const auto states = instanceStates();
        QVERIFY2(states.value(QStringLiteral("i3")).startsWith(u"DOWN"),
                 qPrintable(QStringList(states.keys()).join(u',') + u' ' +
                            QStringList(states.values()).join(u',')));
        QCOMPARE(instanceStates().value(QStringLiteral("i1")), QStringLiteral("UP"));
    }
};

QTEST_GUILESS_MAIN(ScaleOutTest)
#include "tst_scaleout.moc"
