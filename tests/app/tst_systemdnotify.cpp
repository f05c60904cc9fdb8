// The sd_notify datagrams the kiosk session's watchdog relies on, received on real Unix sockets as systemd
// would.
#include "notifysocket.h"
#include "systemdnotify.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace ssc;

class TestSystemdNotify : public QObject {
    Q_OBJECT

private slots:
    void cleanup()
    {
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
    }

    void sendsToAPathSocket()
    {
        QTemporaryDir dir;
        NotifySocket socket(QFile::encodeName(dir.filePath(QStringLiteral("notify"))));
        QVERIFY(socket.bound());
        QVERIFY(notifySystemd("READY=1"));
        QCOMPARE(socket.received(), QList<QByteArray>{"READY=1"});
    }

    void sendsToAnAbstractSocket()
    {
        NotifySocket socket("@ssc-notify-test-" + QByteArray::number(::getpid()));
        QVERIFY(socket.bound());
        QVERIFY(notifySystemd("STATUS=serving"));
        QCOMPARE(socket.received(), QList<QByteArray>{"STATUS=serving"});
    }

    void withoutSystemdNothingIsSent()
    {
        qunsetenv("NOTIFY_SOCKET");
        QVERIFY(!notifySystemd("READY=1"));
        qputenv("NOTIFY_SOCKET", "relative/path");
        QVERIFY(!notifySystemd("READY=1"));
        qunsetenv("NOTIFY_SOCKET");
    }

    void watchdogPingsFromTheEventLoop()
    {
        QTemporaryDir dir;
        NotifySocket socket(QFile::encodeName(dir.filePath(QStringLiteral("notify"))));
        qputenv("WATCHDOG_USEC", "100000");
        qputenv("WATCHDOG_PID", QByteArray::number(::getpid()));
        SystemdWatchdog watchdog;
        QVERIFY(watchdog.start());
        QCOMPARE(watchdog.pingInterval(), std::chrono::milliseconds(50));
        QCOMPARE(socket.received(), QList<QByteArray>{"READY=1"});

        // QTRY evaluates its condition more than once: the count accumulates what each look drained.
        qsizetype pings = 0;
        QTRY_VERIFY_WITH_TIMEOUT((pings += socket.received().count("WATCHDOG=1")) >= 3, 10000);

        // A GUI thread that stops answering stops the pings: that is what lets systemd restart the session.
        socket.received();
        QThread::msleep(300);
        QVERIFY(socket.received().isEmpty());
        qsizetype resumed = 0;
        QTRY_VERIFY_WITH_TIMEOUT((resumed += socket.received().count("WATCHDOG=1")) > 0, 10000);
    }

    void theCompositorsWatchdogCountsAsOurs()
    {
        qputenv("WATCHDOG_USEC", "8000000");
        qputenv("WATCHDOG_PID", QByteArray::number(::getppid()));
        QCOMPARE(systemdWatchdogInterval(), std::chrono::milliseconds(8000));
    }

    void anotherProcesssWatchdogIsNotOurs()
    {
        QTemporaryDir dir;
        NotifySocket socket(QFile::encodeName(dir.filePath(QStringLiteral("notify"))));
        qputenv("WATCHDOG_USEC", "100000");
        qputenv("WATCHDOG_PID", "1");
        QCOMPARE(systemdWatchdogInterval(), std::chrono::milliseconds(0));
        SystemdWatchdog watchdog;
        QVERIFY(!watchdog.start()); // still ready, but not watched
        QCOMPARE(socket.received(), QList<QByteArray>{"READY=1"});
        qunsetenv("WATCHDOG_PID");
        qputenv("WATCHDOG_USEC", "0");
        QCOMPARE(systemdWatchdogInterval(), std::chrono::milliseconds(0));
    }
};

QTEST_GUILESS_MAIN(TestSystemdNotify)
#include "tst_systemdnotify.moc"
