// The terminal's heartbeat client against the real platform (docs/operations.md, "Fleet"): what it reports
// arrives as sent; while the platform is away at most one heartbeat is on its way and nothing piles up, and
// the first one after it is back carries the newest report; a platform that wants a newer terminal is
// noticed, and the platform hears at once that this terminal stopped serving.
#include "demoterminal.h"
#include "platformfixture.h"

#include "fleet/heartbeatclient.h"
#include "platform/platformclient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ssc;

class TestHeartbeatClient : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    QString stored(const char* column)
    {
        QSqlQuery q(platform.database());
        q.exec(QStringLiteral("SELECT %1 FROM terminal_heartbeats WHERE terminal_id = 'demo-kiosk'")
                   .arg(QLatin1String(column)));
        return q.next() ? q.value(0).toString() : QString();
    }

    static fleet::TerminalReport withOutbox(int depth)
    {
        fleet::TerminalReport report;
        report.devices = {{QStringLiteral("scanner"), QStringLiteral("Newland FM430"), true}};
        report.outboxDepth = depth;
        report.freeDiskMb = 1200;
        return report;
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void reportsArriveAndNothingPilesUpWhileThePlatformIsAway()
    {
        PlatformClient client(demoterminal::config(platform.port()));
        fleet::HeartbeatClient heartbeat(client, fleet::buildVersion());
        heartbeat.update(withOutbox(0));
        heartbeat.start();
        QTRY_COMPARE_WITH_TIMEOUT(heartbeat.heartbeatsAnswered(), 1, 15000);
        QVERIFY2(stored("report").contains(u"Newland FM430"), qPrintable(stored("report")));
        QCOMPARE(stored("version"), fleet::buildVersion());
        QCOMPARE(stored("compatibility"), QStringLiteral("ok"));
        QCOMPARE(heartbeat.compatibility(), fleet::Compatibility::Ok);

        platform.stop();
        QSignalSpy answers(&heartbeat, &fleet::HeartbeatClient::answered);
        for (int depth = 1; depth <= 20; ++depth) {
            heartbeat.update(withOutbox(depth)); // twenty changes while nobody answers
            QVERIFY(client.callsWaiting() <= 1);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!answers.isEmpty() && !heartbeat.waitingForAnswer(), 60000);
        QVERIFY(!answers.first().first().toBool());
        QCOMPARE(client.callsWaiting(), 0); // nothing queued behind it

        QVERIFY(platform.restart());
        heartbeat.update(withOutbox(21));
        QTRY_COMPARE_WITH_TIMEOUT(heartbeat.heartbeatsAnswered(), 2, 15000);
        QVERIFY2(stored("report").contains(u"\"outboxDepth\":21"), qPrintable(stored("report")));
    }

    void aPlatformThatWantsANewerTerminalIsNoticed()
    {
        platform.setExtraArguments({QStringLiteral("--minimum-terminal-version"), QStringLiteral("99.0")});
        QVERIFY(platform.restart());
        PlatformClient client(demoterminal::config(platform.port()));
        fleet::HeartbeatClient heartbeat(client, fleet::buildVersion());
        QSignalSpy changed(&heartbeat, &fleet::HeartbeatClient::compatibilityChanged);
        heartbeat.start();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 15000);
        QCOMPARE(heartbeat.compatibility(), fleet::Compatibility::TooOld);
        QCOMPARE(heartbeat.minimumVersion(), QStringLiteral("99.0"));
        QTRY_COMPARE_WITH_TIMEOUT(stored("compatibility"), QStringLiteral("too_old"), 15000);

        platform.setExtraArguments({});
        QVERIFY(platform.restart());
        heartbeat.start(); // the next heartbeat, without waiting a minute
        QTRY_COMPARE_WITH_TIMEOUT(heartbeat.compatibility(), fleet::Compatibility::Ok, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(stored("compatibility"), QStringLiteral("ok"), 15000);
    }

    void versionsAreComparedByNumber()
    {
        QVERIFY(fleet::compareVersions(QStringLiteral("0.10.0"), QStringLiteral("0.9.9")) > 0);
        QVERIFY(fleet::compareVersions(QStringLiteral("1.2"), QStringLiteral("1.2.0")) == 0);
        QVERIFY(fleet::compareVersions(QStringLiteral("1.2.0~rc1"), QStringLiteral("1.2.1")) < 0);
        QVERIFY(fleet::meetsMinimum(QStringLiteral("0.1.0"), {}));
        QCOMPARE(fleet::judge(2, {}, QStringLiteral("9.9.9")), fleet::Compatibility::ApiMismatch);
        QCOMPARE(fleet::judge(1, QStringLiteral("0.1.0"), QStringLiteral("0.1.0")), fleet::Compatibility::Ok);
    }
};

QTEST_MAIN(TestHeartbeatClient)
#include "tst_heartbeatclient.moc"
