// A kiosk whose platform wants a newer terminal (docs/operations.md, "Updates"), its real window against the
// real platform: the heartbeat's answer puts it out of service — a calm full screen, not a dialog; a code
// scanned logs nobody in — and the platform records that it stopped serving; when the platform's minimum
// comes down again, it serves again (zh and en screenshots).
#include "kioskwindow.h"
#include "platformfixture.h"
#include "screenshots.h"

#include "fleet/heartbeatclient.h"
#include "outofservicescreen.h"
#include "startscreen.h"

#include <QSqlQuery>
#include <QTest>

using namespace ssc;

class TestOutOfService : public QObject {
    Q_OBJECT
    PlatformFixture platform;

private slots:
    void initTestCase()
    {
        platform.setExtraArguments({QStringLiteral("--minimum-terminal-version"), QStringLiteral("99.0")});
        QVERIFY2(platform.start(), qPrintable(platform.error()));
    }

    void aTooOldKioskStopsServingAndSaysSo()
    {
        std::unique_ptr<PlatformClient> client;
        std::unique_ptr<LoginFlow> flow;
        ModuleRegistry modules;
        std::unique_ptr<MainWindow> window;
        demoterminal::openKioskWindow(platform.port(), 90, 20, client, flow, modules, window);
        fleet::HeartbeatClient heartbeat(*client, fleet::buildVersion());
        connect(&heartbeat, &fleet::HeartbeatClient::compatibilityChanged, window.get(),
                [&] { window->followCompatibility(heartbeat); });
        heartbeat.start();
        QTRY_VERIFY_WITH_TIMEOUT(window->outOfService(), 15000);
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->outOfServiceScreen()));
        QVERIFY2(window->outOfServiceScreen()->staffLine().contains(u"99.0"),
                 qPrintable(window->outOfServiceScreen()->staffLine()));
        QVERIFY(!window->outOfServiceScreen()->staffLineShown()); // a kiosk: no versions for citizens

        // A citizen's code changes nothing: nobody is logged in, the screen stays.
        window->codeScanned(platform.mint(QStringLiteral("zhang-wei")));
        QTest::qWait(500);
        QCOMPARE(flow->state(), LoginFlow::State::Idle);
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->outOfServiceScreen()));
        QVERIFY(demoterminal::saveInBothLanguages(*window, QStringLiteral("out-of-service"), [&] {
            return window->outOfServiceScreen()->title().contains(u"update");
        }));
        QSqlQuery q(platform.database());
        QTRY_VERIFY_WITH_TIMEOUT(
            q.exec(QStringLiteral(
                "SELECT 1 FROM terminal_heartbeats WHERE terminal_id = 'demo-kiosk' AND compatibility = "
                "'too_old'")) &&
                q.next(),
            15000);

        platform.setExtraArguments({});
        QVERIFY(platform.restart());
        heartbeat.start();
        QTRY_VERIFY_WITH_TIMEOUT(!window->outOfService(), 15000);
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->startScreen()));
    }
};

QTEST_MAIN(TestOutOfService)
#include "tst_outofservice.moc"
