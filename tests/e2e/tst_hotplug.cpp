// Hotplug (issue 23, part 5): the emulated pedestal and card reader unplugged and plugged in again while a
// person is logged in, through the real libusb hotplug path, the drivers and the kiosk window. After every
// replug the device must read again: the pedestal a code queued the moment it is plugged in, the reader the
// card still in its slot. The time from the plug to that read is the recovery time (the issue asks for 2 s:
// printed as p50/p95/max and written to docs/reliability.md, never asserted: a device that does not come back
// at all within 20 s fails). And the session is kept or ended as designed (docs/hardware.md):
// - the pedestal's cable is not the person's: a session logged in with a code stays, the same session;
// - the card goes with its reader: a card session ends at the unplug, and the card, found again in the
//   replugged reader, asks for the PIN again.
//
// SSC_HOTPLUG_CYCLES sets the cycles per device (100 by default).
#include "cyclecount.h"
#include "kioskrig.h"

#include "cardreader/cardreadermanager.h"
#include "i18n/translator.h"
#include "mainwindow.h"
#include "moduleapi/pinpadscreen.h"
#include "scanner/scannermanager.h"
#include "session/loginflow.h"
#include "startscreen.h"
#include "theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace ssc;

namespace {

constexpr int neverBackMs = 20000;

QString percentiles(std::vector<qint64> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, std::size_t(q * double(ms.size())))]; };
    return QStringLiteral("%1 replugs: recovery p50 %2 ms, p95 %3 ms, max %4 ms, over 2 s: %5")
        .arg(ms.size())
        .arg(at(0.5))
        .arg(at(0.95))
        .arg(ms.back())
        .arg(std::count_if(ms.begin(), ms.end(), [](qint64 t) { return t > 2000; }));
}

} // namespace

class TestHotplug : public QObject {
    Q_OBJECT
    KioskRig rig;
    QString lastCode;

    bool waitFor(LoginFlow::State state, int ms = 15000)
    {
        return QTest::qWaitFor([&] { return rig.flow().state() == state; }, ms);
    }

    void typePin(const QString& pin)
    {
        for (const QChar digit : pin)
            rig.window().pinPadScreen()->tap(digit);
        rig.window().pinPadScreen()->tap(QStringLiteral("confirm"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY2(rig.start(3600, 20), qPrintable(rig.error())); // no idle logout during the run
        connect(&rig.scanners(), &CodeScanner::codeScanned, this,
                [this](const QString& code) { lastCode = code; });
    }

    void thePedestalComesBackAndTheSessionStays()
    {
        rig.scan(rig.platform().mint(QStringLiteral("zhang-wei")));
        QVERIFY(waitFor(LoginFlow::State::LoggedIn));
        const QString token = rig.flow().session()->token;
        std::vector<qint64> recovery;
        for (int cycle = 0; cycle < cycleCount("SSC_HOTPLUG_CYCLES", 100, 1); ++cycle) {
            rig.unplugPedestal();
            QVERIFY2(QTest::qWaitFor([&] { return rig.scanners().scannerCount() == 0; }, neverBackMs),
                     qPrintable(QStringLiteral("cycle %1: the unplug was not noticed").arg(cycle)));
            QCOMPARE(rig.flow().state(), LoginFlow::State::LoggedIn);
            // Not an e-card code: read by the pedestal, then set aside offline by the second-code check
            // (a short notice), so the person stays logged in without a trip to the platform.
            const QString code = QStringLiteral("HOTPLUG-%1").arg(cycle);
            QElapsedTimer sincePlug;
            rig.plugPedestalIn();
            sincePlug.start();
            rig.scan(code); // waits in the device until the driver reads it
            QVERIFY2(QTest::qWaitFor([&] { return lastCode == code; }, neverBackMs),
                     qPrintable(QStringLiteral("cycle %1: the replugged pedestal never read").arg(cycle)));
            recovery.push_back(sincePlug.elapsed());
            QCOMPARE(rig.flow().state(), LoginFlow::State::LoggedIn);
            QCOMPARE(rig.flow().session()->token, token); // the same session, not a new login
        }
        qInfo("hotplug pedestal: %s", qPrintable(percentiles(recovery)));
        rig.flow().logout();
    }

    void theReaderComesBackAndTheCardSessionEnds()
    {
        const EmulatedCard card = rig.cardOf(QStringLiteral("li-na"));
        rig.cardReader().insert(card);
        QVERIFY(waitFor(LoginFlow::State::AwaitingPin));
        typePin(card.pin);
        QVERIFY(waitFor(LoginFlow::State::LoggedIn));
        std::vector<qint64> recovery;
        for (int cycle = 0; cycle < cycleCount("SSC_HOTPLUG_CYCLES", 100, 1); ++cycle) {
            rig.cardReader().unplug();
            QVERIFY2(waitFor(LoginFlow::State::Idle),
                     qPrintable(QStringLiteral("cycle %1: the card session outlived its reader").arg(cycle)));
            QVERIFY(!rig.flow().session());
            QCOMPARE(rig.window().currentScreen(), static_cast<QWidget*>(rig.window().startScreen()));
            QElapsedTimer sincePlug;
            rig.cardReader().plugIn();
            sincePlug.start();
            QVERIFY2(
                waitFor(LoginFlow::State::AwaitingPin, neverBackMs),
                qPrintable(QStringLiteral("cycle %1: the replugged reader never read the card").arg(cycle)));
            recovery.push_back(sincePlug.elapsed());
            typePin(card.pin);
            QVERIFY2(waitFor(LoginFlow::State::LoggedIn),
                     qPrintable(QStringLiteral("cycle %1: no login after the replug").arg(cycle)));
        }
        qInfo("hotplug card reader: %s", qPrintable(percentiles(recovery)));
        QCOMPARE(rig.cardReaders().readerCount(), 1);
    }
};

QTEST_MAIN(TestHotplug)
#include "tst_hotplug.moc"
