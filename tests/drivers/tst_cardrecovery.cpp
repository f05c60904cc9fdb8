// The real libusb CCID driver recovering from what real readers do (umockdev): a stalled bulk endpoint
// (cleared with CLEAR_HALT and the transfer tried again), a command the reader never answers (ABORT on the
// control pipe and PC_to_RDR_Abort, then the reader used again), and a reader pcscd holds (the claim fails
// with EBUSY; the terminal names the process, in the person's language), and a reader whose node the
// terminal's user may not open (the exact udev line to add). Also the process lookup on its own.
#include "cardreaderrig.h"
#include "filepermissions.h"

#include "cardreader/cardreadermanager.h"
#include "i18n/translator.h"
#include "usb/devicecatalog.h"
#include "usb/processfinder.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtEndian>

using namespace ssc;

class TestCardRecovery : public QObject {
    Q_OBJECT

    static int pinOutcome(CardReaderRig& rig, const QString& pin)
    {
        QSignalSpy checked(rig.driver.get(), &CcidReader::pinChecked);
        rig.driver->verifyPin(pin);
        return checked.wait(8000) ? checked.first()[0].toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(CardReaderRig::mockEnvironment(),
                 "run under LD_PRELOAD=libumockdev-preload.so.0 (ctest does)");
    }

    void stalledEndpointsAreClearedAndTheReaderGoesOn()
    {
        CardReaderRig rig;
        QVERIFY(rig.startWithCard());
        QSignalSpy lost(rig.driver.get(), &CcidReader::readerLost);
        rig.reader.device()->halt(0x82); // bulk IN
        QCOMPARE(pinOutcome(rig, QStringLiteral("123456")), int(SsseApplication::PinOutcome::Accepted));
        QVERIFY(rig.reader.device()->clearedHalts().contains(0x82));
        rig.reader.device()->halt(0x01); // bulk OUT
        QCOMPARE(pinOutcome(rig, QStringLiteral("123456")), int(SsseApplication::PinOutcome::Accepted));
        QVERIFY(rig.reader.device()->clearedHalts().contains(0x01));
        QVERIFY(rig.driver->pipeCounts().haltsCleared >= 2);
        QCOMPARE(rig.driver->pipeCounts().aborts, 0);
        QVERIFY(rig.driver->cardPresent());
        QCOMPARE(lost.count(), 0);
    }

    void aCommandTheReaderNeverAnswersIsAborted()
    {
        CardReaderRig rig;
        QVERIFY(rig.start());
        QSignalSpy unreadable(rig.driver.get(), &CcidReader::cardUnreadable);
        QSignalSpy inserted(rig.driver.get(), &CcidReader::cardInserted);
        rig.reader.hangNextApdu();
        rig.reader.insert(EmulatedCard{});
        QVERIFY(unreadable.wait(8000)); // after the ordinary 3 s wait and the abort
        QCOMPARE(inserted.count(), 0);
        const auto sequence = rig.reader.abortedSequence();
        QVERIFY(sequence.has_value());
        QCOMPARE(rig.driver->pipeCounts().aborts, 1);
        // The class request came first, on the control pipe: 21 01, wValue bSeq<<8 | slot 0, wIndex the
        // interface, no data.
        QByteArray setup = QByteArray::fromHex("2101");
        setup.append('\0').append(char(*sequence)).append(QByteArray::fromHex("00000000"));
        QVERIFY(rig.reader.device()->controlRequests().contains(setup));
        // The reader is free again: the next card is read.
        rig.reader.remove();
        rig.reader.insert(EmulatedCard{});
        QVERIFY(inserted.wait(5000));
    }

    void processesAreFoundByName()
    {
        QTemporaryDir proc;
        const auto add = [&](const QString& pid, const QByteArray& comm) {
            QDir(proc.path()).mkpath(pid);
            QFile f(proc.path() + u'/' + pid + QStringLiteral("/comm"));
            return f.open(QIODevice::WriteOnly) && f.write(comm) == comm.size();
        };
        QVERIFY(add(QStringLiteral("812"), "pcscd\n"));
        QVERIFY(add(QStringLiteral("77"), "pcscd-helper\n"));
        QVERIFY(add(QStringLiteral("self"), "pcscd\n")); // not a process id
        QVERIFY(add(QStringLiteral("90"), "pcscd\n"));
        QCOMPARE(processesNamed(QStringLiteral("pcscd"), proc.path()), (QList<qint64>{90, 812}));
        QVERIFY(processesNamed(QStringLiteral("nothing-by-this-name")).isEmpty());
    }

    // A real process named pcscd (a copy of sleep) holds the reader, as the PC/SC daemon would.
    void aReaderHeldByPcscdIsExplained()
    {
        QTemporaryDir bin;
        const QString fake = bin.path() + QStringLiteral("/pcscd");
        QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), fake));
        QProcess daemon;
        daemon.start(fake, {QStringLiteral("30")});
        QVERIFY(daemon.waitForStarted());
        CardReaderRig rig;
        rig.reader.device()->setClaimBusy(true);
        rig.context = std::make_unique<UsbContext>();
        QVERIFY(QTest::qWaitFor([&] { return !rig.context->devices().isEmpty(); }, 5000));
        QVERIFY(useLanguage(englishLanguage));
        CcidReader driver(*rig.context, rig.context->devices().first());
        QString error;
        QVERIFY(!driver.open(&error));
        QVERIFY2(error.contains(QStringLiteral("in use by pcscd")), qPrintable(error));
        QVERIFY2(error.contains(QString::number(daemon.processId())), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("systemctl disable --now pcscd.socket")));
        // In Chinese, through the card reader manager the diagnostics page asks.
        QVERIFY(useLanguage(chineseLanguage));
        CardReaderManager manager(*rig.context);
        QTRY_VERIFY_WITH_TIMEOUT(!manager.problem().isEmpty(), 5000);
        QVERIFY2(manager.problem().contains(u"pcscd") && manager.problem().contains(u"读卡器"),
                 qPrintable(manager.problem()));
        QVERIFY(!manager.isReady());
        // Once pcscd lets go, the reader opens.
        daemon.kill();
        daemon.waitForFinished();
        rig.reader.device()->setClaimBusy(false);
        QVERIFY(driver.open(&error));
        // Busy with no pcscd running: another program, said so.
        driver.close();
        rig.reader.device()->setClaimBusy(true);
        CcidReader second(*rig.context, rig.context->devices().first());
        QVERIFY(!second.open(&error));
        QVERIFY2(!error.contains(u"pcscd"), qPrintable(error));
    }

    // A CCID reader found by class, with no udev line for its vendor and product: its node is the system's
    // and the terminal's user may not open it. The driver, and the card reader manager whose problem the
    // diagnostics page shows, give the exact line to add.
    void aReaderTheUserMayNotOpenGivesTheUdevLine()
    {
        CardReaderRig rig;
        const QString node = qEnvironmentVariable("UMOCKDEV_DIR") + rig.reader.device()->devnode;
        QVERIFY2(QFile::exists(node), qPrintable(node));
        QVERIFY(QFile::setPermissions(node, QFileDevice::Permissions()));
        // This thread, which opens the reader, gives up overriding the mode until the end of the test.
        QVERIFY(overrideFilePermissions(false));
        auto restore = qScopeGuard([&] {
            overrideFilePermissions(true);
            QFile::setPermissions(node, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        });
        rig.context = std::make_unique<UsbContext>();
        QVERIFY(QTest::qWaitFor([&] { return !rig.context->devices().isEmpty(); }, 5000));
        const UsbDeviceInfo device = rig.context->devices().first();
        const QString line = udevRuleFor(device.vendorId, device.productId);
        QVERIFY(useLanguage(englishLanguage));
        CcidReader driver(*rig.context, device);
        QString error;
        QVERIFY(!driver.open(&error));
        QVERIFY2(error.contains(line) && error.contains(u"/etc/udev/rules.d/70-ssc-terminal.rules"),
                 qPrintable(error));
        QVERIFY(useLanguage(chineseLanguage));
        CardReaderManager manager(*rig.context);
        QTRY_VERIFY_WITH_TIMEOUT(!manager.problem().isEmpty(), 5000);
        QVERIFY2(manager.problem().contains(line) && manager.problem().contains(u"读卡器"),
                 qPrintable(manager.problem()));
        QVERIFY(!manager.isReady());
        // Readable again (the line added), the reader opens.
        restore.dismiss();
        QVERIFY(overrideFilePermissions(true));
        QVERIFY(QFile::setPermissions(node, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther));
        QVERIFY2(driver.open(&error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCardRecovery)
#include "tst_cardrecovery.moc"
