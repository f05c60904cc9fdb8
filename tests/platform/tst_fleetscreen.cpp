// The hall manager's 终端状态 page at a counter against the real platform, fed by the terminals' own
// heartbeat client (core/fleet/heartbeatclient.h): a kiosk whose scanner died and whose printer ran out of
// paper is listed first with both in plain words and announced as new; a home-visit laptop that stops
// reporting turns silent; a counter that never reported says so (zh and en screenshots).
#include "demoterminal.h"
#include "screensession.h"
#include "screenshots.h"
#include "staffwindow.h"

#include "fleet/fleetscreen.h"
#include "fleet/fleetwatch.h"
#include "fleet/fleetwords.h"
#include "fleet/heartbeatclient.h"
#include "moduleapi/noticebanner.h"
#include "sessionnotices.h"
#include "theme.h"

#include <QApplication>
#include <QDateTime>
#include <QFrame>

using namespace ssc;

class TestFleetScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    // A terminal of that mode reporting once through the real heartbeat client; true when answered.
    bool report(TerminalMode mode, const fleet::TerminalReport& state)
    {
        PlatformClient client(demoterminal::config(platform.port(), mode));
        fleet::HeartbeatClient heartbeat(client, fleet::buildVersion());
        heartbeat.update(state);
        heartbeat.start();
        return QTest::qWaitFor([&] { return heartbeat.heartbeatsAnswered() > 0; }, 15000);
    }

    // The hall manager's page at the counter, shown and loaded; null if it did not load.
    static std::unique_ptr<FleetScreen> openAsManager(ScreenSession& counter)
    {
        auto screen = std::make_unique<FleetScreen>(counter.signInStaff(QStringLiteral("manager01")));
        screen->resize(1280, 800);
        screen->show();
        if (!QTest::qWaitFor([&] { return screen->loaded(); }, 10000))
            return nullptr;
        return screen;
    }

private slots:
    void initTestCase()
    {
        platform.setExtraArguments({QStringLiteral("--terminal-silent-after"), QStringLiteral("3")});
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(useLanguage(chineseLanguage));
    }

    // Before the kiosk and the counter have reported, the summary does not call the hall "all serving": it
    // says how many are known to serve and how many have not reported.
    void aTerminalNotHeardFromIsNotCountedAsServing()
    {
        fleet::TerminalReport fine;
        fine.freeDiskMb = 50000;
        QVERIFY(report(TerminalMode::Field, fine));
        ScreenSession counter(platform, TerminalMode::Counter);
        const auto screen = openAsManager(counter);
        QVERIFY(screen);
        QCOMPARE(screen->terminalCount(), 3);
        const QString status = screen->statusText();
        QVERIFY2(status.contains(u"1") && status.contains(u"3") && status.contains(u"2") &&
                     status.contains(u"尚未") && !status.contains(u"全部"),
                 qPrintable(status));
    }

    // Heard today: the time alone; before today: the day too, with its year, as every date on a screen.
    void lastHeardBeforeTodaySaysItsDay()
    {
        const QDateTime now = QDateTime::currentDateTime();
        const QString today =
            FleetWords::lastSeen(now.addSecs(-120).toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
        if (now.addSecs(-120).date() == now.date())
            QVERIFY2(!today.contains(now.toString(QStringLiteral("yyyy-"))), qPrintable(today));
        const QDateTime before = now.addDays(-2);
        const QString earlier = FleetWords::lastSeen(before.toMSecsSinceEpoch(), now.toMSecsSinceEpoch());
        QVERIFY2(earlier.contains(before.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                 qPrintable(earlier));
    }

    void theManagerSeesWhatIsWrong()
    {
        fleet::TerminalReport broken;
        broken.devices = {{QStringLiteral("scanner"), QStringLiteral("Honeywell 7580g"), false}};
        broken.printer = fleet::TerminalReport::Printer{
            QStringLiteral("Kiosk-HP"), true, {QStringLiteral("media-empty"), QStringLiteral("toner-low")}};
        broken.freeDiskMb = 20000;
        fleet::TerminalReport fine;
        fine.freeDiskMb = 50000;
        // The kiosk's scanner unplugged, replugged and unplugged again: one incident, one flap, shown.
        QVERIFY(report(TerminalMode::Kiosk, broken));
        QVERIFY(report(TerminalMode::Kiosk, fine));
        QVERIFY(report(TerminalMode::Kiosk, broken));
        QVERIFY(report(TerminalMode::Field, fine));

        ScreenSession counter(platform, TerminalMode::Counter);
        FleetScreen screen(counter.signInStaff(QStringLiteral("manager01")));
        screen.resize(1280, 800);
        screen.show();
        QTRY_VERIFY_WITH_TIMEOUT(screen.loaded(), 10000);
        QCOMPARE(screen.terminalCount(), 3);
        // The kiosk first: both incidents in words, announced as new at the top.
        // By its name and kind, not by its id (that is for the diagnostics page).
        QVERIFY2(screen.rowText(0).startsWith(u"演示自助机（自助终端）") &&
                     !screen.rowText(0).contains(u"demo-") &&
                     screen.rowText(0).contains(u"Honeywell 7580g") && screen.rowText(0).contains(u"缺纸") &&
                     screen.rowText(0).contains(u"碳粉不足") && screen.rowText(0).contains(u"演示自助机") &&
                     screen.rowText(0).contains(u"修复后不久又出现 1 次") &&
                     !screen.rowText(0).contains(u"Demo kiosk"),
                 qPrintable(screen.rowText(0)));
        QVERIFY2(screen.statusText().contains(u"2"), qPrintable(screen.statusText()));
        QVERIFY(demoterminal::saveInBothLanguages(screen, QStringLiteral("fleet-alerts"), [&] {
            // The announcement too is in the language of the moment.
            return screen.rowText(0).contains(u"out of paper") && screen.rowText(0).contains(u"Demo kiosk") &&
                   !screen.rowText(0).contains(u"演示") && screen.statusText().contains(u"out of paper");
        }));
        // Looked up again: nothing new, the kiosk still needs attention.
        screen.reload();
        QTRY_VERIFY_WITH_TIMEOUT(screen.statusText().contains(u"需要立即处理"), 10000);
        QVERIFY2(screen.statusText().contains(u"1"), qPrintable(screen.statusText()));

        // The laptop goes quiet past the limit: silent, an incident announced like the others.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                screen.reload();
                QTest::qWait(300);
                for (int i = 0; i < screen.terminalCount(); ++i)
                    if (screen.rowText(i).contains(u"演示外勤终端") &&
                        screen.rowText(i).contains(u"无法联系"))
                        return true;
                return false;
            }(),
            20000);
        QVERIFY(demoterminal::saveInBothLanguages(screen, QStringLiteral("fleet-silent"), [&] {
            for (int i = 0; i < screen.terminalCount(); ++i)
                if (screen.rowText(i).contains(u"Not heard from"))
                    return true;
            return false;
        }));
        bool neverReported = false;
        const auto rows = screen.findChildren<QFrame*>(QStringLiteral("statusRow"));
        QCOMPARE(rows.size(), screen.terminalCount());
        for (int i = 0; i < screen.terminalCount(); ++i) {
            // The manager's own terminal, and only it, is marked as this one.
            QCOMPARE(screen.rowText(i).contains(u" · 本机"), screen.rowText(i).contains(u"演示柜台"));
            if (screen.rowText(i).contains(u"演示柜台") && screen.rowText(i).contains(u"尚未")) {
                neverReported = true;
                // Not known to serve: a warning by its icon and edge, not a plain note.
                QCOMPARE(rows[i]->property("tone").toString(), QStringLiteral("warning"));
            }
        }
        QVERIFY(neverReported);
    }

    // Signed in at a counter, the manager is told of a new incident on whatever screen is open; a clerk is
    // not.
    void theManagerIsAlertedOnAnyScreen()
    {
        demoterminal::StaffWindow clerkCounter(platform.port(), TerminalMode::Counter);
        clerkCounter.signIn(QStringLiteral("clerk01"), QStringLiteral("demo-password-2026"));
        QTRY_VERIFY_WITH_TIMEOUT(clerkCounter.staff.staff().has_value(), 15000);
        QVERIFY(!clerkCounter.window->watchingFleet());

        demoterminal::StaffWindow counter(platform.port(), TerminalMode::Counter);
        counter.signIn(QStringLiteral("manager01"), QStringLiteral("demo-password-2026"));
        QTRY_VERIFY_WITH_TIMEOUT(counter.window->watchingFleet(), 15000);
        NoticeBanner* told = counter.window->sessionNotices()->toldBanner();
        // The incidents open since the test above are news to this counter: told at once.
        QTRY_VERIFY_WITH_TIMEOUT(told->isVisible() && told->detail().contains(u"缺纸"), 15000);
        counter.window->sessionNotices()->hideTold();
        fleet::TerminalReport noToner;
        noToner.printer = fleet::TerminalReport::Printer{
            QStringLiteral("Counter-HP"), true, {QStringLiteral("toner-empty")}};
        QVERIFY(report(TerminalMode::Counter, noToner));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                counter.window->findChild<FleetWatch*>()->lookNow();
                QTest::qWait(300);
                return told->isVisible() && told->detail().contains(u"Counter-HP") &&
                       !told->detail().contains(u"缺纸");
            }(),
            15000);
        demoterminal::saveScreenshot(*counter.window, QStringLiteral("fleet-alert-counter-zh_CN.png"));
    }
};

QTEST_MAIN(TestFleetScreen)
#include "tst_fleetscreen.moc"
