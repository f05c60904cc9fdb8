// Failover of the database (issue 21 item 2; docs/scaling.md, "Failover"): two ssc-platform instances on a
// PostgreSQL primary with a synchronous streaming-replication standby (postgres-pair.sh), reached by one
// multi-host URL with target_session_attrs=read-write. Terminals file forms with idempotency keys, retrying
// a form with the same key until it is filed, as the terminal's outbox does. Mid-run the primary stops as a
// crash would (pg_ctl stop -m immediate), and the standby is promoted (pg_ctl promote). Asserted: every
// answer is a success or "try again" (503 storage_unavailable), the instances say they are not ready while no
// writable primary is reachable and ready again after the promotion without being restarted, and every form
// is on file exactly once. The failover window is measured and printed (docs/performance.md), not asserted.
// Then a base backup of the new primary with the archived WAL is restored and holds every form.
#include "platformfixture.h"
#include "postgrespair.h"
#include "submissionkinds.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class FailoverTest : public QObject {
    Q_OBJECT

    PostgresPair pair;
    PlatformFixture first;
    PlatformFixture second;
    QList<QByteArray> sessions; // one citizen session a simulated terminal

    PlatformFixture& instance(int i) { return i % 2 == 0 ? first : second; }

    int ready(PlatformFixture& platform)
    {
        return platform.request("GET", QStringLiteral("/api/v1/health/ready"), {}, {}, 10000).status;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(first.databaseKind() == u"postgresql", "a PostgreSQL primary and standby");
        QVERIFY2(pair.run(QStringLiteral("start")),
                 "postgres-pair.sh could not start a primary and a standby");
        const QString url = pair.url();
        QVERIFY(url.contains(u',') && url.contains(u"target_session_attrs=read-write"));
        const QStringList limits{QStringLiteral("--terminal-rate"), QStringLiteral("100000,100000"),
                                 QStringLiteral("--account-rate"), QStringLiteral("100000,100000")};
        first.setDatabaseUrl(url);
        first.setExtraArguments(limits);
        QVERIFY2(first.start(), qPrintable(first.error()));
        second.shareWith(first);
        second.setExtraArguments(limits);
        QVERIFY2(second.start(), qPrintable(second.error()));
        for (const char* person : {"li-na", "chen-unemployed", "elderly-parent"}) {
            const QString token = first.citizenSession(QString::fromLatin1(person));
            QVERIFY2(!token.isEmpty(), person);
            sessions << token.toLatin1();
        }
    }

    void cleanupTestCase()
    {
        first.stop();
        second.stop();
        pair.run(QStringLiteral("stop"));
    }

    void primaryLostStandbyPromoted()
    {
        QElapsedTimer clock;
        clock.start();
        qint64 firstFailure = -1;
        qint64 firstSuccessAfter = -1;
        qint64 promotedAt = -1;
        qint64 downAt = -1;
        bool checkedNotReady = false;
        int filed = 0;
        int tryAgain = 0;
        QStringList unexpected;
        int successesAfter = 0;
        // Forms one after another over the two instances; each retried with its key until it is filed.
        for (int form = 0; successesAfter < 20 && clock.elapsed() < 40000; ++form) {
            const QByteArray key = "failover-form-" + QByteArray::number(form);
            const QByteArray body = QJsonDocument(faults::bodyOf(QStringLiteral("dispute"), form)).toJson();
            for (int attempt = 0;; ++attempt) {
                // The primary stops (a crash) once forms are flowing, while requests are in flight.
                if (downAt < 0 && filed >= 20) {
                    pair.startFailover();
                    downAt = clock.elapsed();
                }
                if (promotedAt < 0 && downAt >= 0 && !pair.failingOver())
                    promotedAt = clock.elapsed();
                PlatformFixture::Headers headers = PlatformFixture::terminalHeaders(QStringLiteral("kiosk"));
                headers.push_back({"X-SSC-Citizen-Session", sessions[form % sessions.size()]});
                headers.push_back({"Idempotency-Key", key});
                const auto r = instance(form + attempt)
                                   .request("POST", QStringLiteral("/api/v1/me/applications"), body, headers);
                if (r.status == 200 || r.status == 201) {
                    ++filed;
                    if (firstFailure >= 0 && firstSuccessAfter < 0)
                        firstSuccessAfter = clock.elapsed();
                    successesAfter += promotedAt >= 0 ? 1 : 0;
                    break;
                }
                if (r.status == 503 && r.errorCode() == u"storage_unavailable") {
                    ++tryAgain;
                    firstFailure = firstFailure < 0 ? clock.elapsed() : firstFailure;
                    QVERIFY(r.headers.value("retry-after").toInt() > 0); // "try again", and when
                    // While no writable primary is reachable an instance is not ready (the balancer sends
                    // it nothing).
                    if (!checkedNotReady && pair.failingOver()) {
                        const int status = ready(first);
                        if (pair.failingOver()) { // still before the promotion
                            QCOMPARE(status, 503);
                            checkedNotReady = true;
                        }
                    }
                    QTest::qWait(100); // the outbox's pause before the same form again
                    continue;
                }
                unexpected << QStringLiteral("%1 %2").arg(r.status).arg(QString::fromUtf8(r.raw.left(200)));
                break;
            }
        }
        QVERIFY(pair.failoverSucceeded());
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
        QVERIFY2(checkedNotReady, "no request fell between the primary's stop and the promotion");
        QVERIFY2(tryAgain > 0 && firstSuccessAfter > 0, "the failover was not seen");
        QCOMPARE(successesAfter, 20);
        // Both instances found the new primary by themselves: ready, not restarted.
        QCOMPARE(ready(first), 200);
        QCOMPARE(ready(second), 200);
        qInfo().noquote()
            << QStringLiteral(
                   "failover window (first 'try again' to first form filed after): %1 ms; primary "
                   "stopped at %2 ms, promoted at %3 ms (%4 ms after its stop began, of which %5 ms "
                   "deliberate wait), first form filed %6 ms after the promotion; %7 forms, %8 "
                   "answers 'try again'")
                   .arg(firstSuccessAfter - firstFailure)
                   .arg(downAt)
                   .arg(promotedAt)
                   .arg(promotedAt - downAt)
                   .arg(1000)
                   .arg(firstSuccessAfter - promotedAt)
                   .arg(filed)
                   .arg(tryAgain);

        // Every form once on the new primary: one submission and one application per key.
        const int port = pair.standbyPort();
        const QString keys = QStringLiteral("FROM submissions WHERE idempotency_key LIKE 'failover-form-%'");
        QCOMPARE(PostgresPair::rows(port, QStringLiteral("SELECT COUNT(*) ") + keys), qint64(filed));
        QCOMPARE(PostgresPair::rows(port, QStringLiteral("SELECT COUNT(DISTINCT idempotency_key) ") + keys),
                 qint64(filed));
        QCOMPARE(PostgresPair::rows(
                     port, QStringLiteral("SELECT COUNT(*) FROM applications WHERE kind = 'labour-dispute'")),
                 qint64(filed));

        // A restore: the new primary's base backup and the archived WAL hold every form.
        QVERIFY2(pair.run(QStringLiteral("restore")), "postgres-pair.sh could not restore a base backup");
        QCOMPARE(PostgresPair::rows(pair.restoredPort(), QStringLiteral("SELECT COUNT(*) ") + keys),
                 qint64(filed));
    }
};

QTEST_GUILESS_MAIN(FailoverTest)
#include "tst_failover.moc"
