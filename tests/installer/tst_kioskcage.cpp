// What the kiosk session (installer/systemd/ssc-kiosk.service) relies on, with the real compositor and
// terminal: cage with its headless backend, Qt on Wayland, as an unprivileged user (cage refuses root). The
// terminal says READY=1 and pings the watchdog through cage, with WATCHDOG_PID naming cage as systemd names
// the unit's main process; and when the terminal dies, cage leaves at once, which is what lets systemd start
// the session again. Times are printed, not judged (docs/installation.md, "The kiosk session", has the
// figures).
#include "notifysocket.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace {

constexpr uid_t nobody = 65534;

// The process whose parent is `parent` and whose name is `name`, from /proc; 0 when there is none.
pid_t childNamed(qint64 parent, const QByteArray& name)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool number = false;
        const pid_t pid = entry.toInt(&number);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!number || !stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid …": comm may hold spaces, so read around its parentheses.
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (open < 0 || close < 0 || rest.size() < 2)
            continue;
        if (line.mid(open + 1, close - open - 1) == name.left(15) && rest[1].toLongLong() == parent)
            return pid;
    }
    return 0;
}

} // namespace

class TestKioskCage : public QObject {
    Q_OBJECT

private slots:
    void readyWatchedAndGoneWithTheTerminal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const bool root = ::geteuid() == 0;
        // The session's user must reach the socket and its own runtime folder and home.
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                              QFile::ExeGroup);
        const QString runtime = dir.filePath(QStringLiteral("run")),
                      home = dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(runtime) && QDir().mkpath(home));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (root)
            QVERIFY(::chown(qPrintable(runtime), nobody, nobody) == 0 &&
                    ::chown(qPrintable(home), nobody, nobody) == 0);
        const QString socketPath = dir.filePath(QStringLiteral("notify"));
        NotifySocket socket(QFile::encodeName(socketPath));
        QVERIFY(socket.bound());
        QFile::setPermissions(socketPath,
                              QFile::ReadOther | QFile::WriteOther | QFile::ReadOwner | QFile::WriteOwner);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QList<std::pair<QString, QString>> session = {
            // the unit's own
            {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("wayland")},
            {QStringLiteral("QT_WAYLAND_DISABLE_WINDOWDECORATION"), QStringLiteral("1")},
            {QStringLiteral("NOTIFY_SOCKET"), socketPath},
            {QStringLiteral("WATCHDOG_USEC"), QStringLiteral("1000000")},
            // what a seat would give: here a screen in memory, no input devices, a runtime folder
            {QStringLiteral("WLR_BACKENDS"), QStringLiteral("headless")},
            {QStringLiteral("WLR_RENDERER"), QStringLiteral("pixman")},
            {QStringLiteral("WLR_LIBINPUT_NO_DEVICES"), QStringLiteral("1")},
            {QStringLiteral("XDG_RUNTIME_DIR"), runtime},
            {QStringLiteral("HOME"), home},
            {QStringLiteral("SSC_SYSTEM_CONFIG"), dir.filePath(QStringLiteral("system.ini"))},
            {QStringLiteral("SSC_USER_CONFIG"), dir.filePath(QStringLiteral("home/terminal.ini"))},
        };
        for (const auto& [key, value] : session)
            environment.insert(key, value);
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("DISPLAY"));

        // As the unit: cage -d -- ssc-terminal --mode kiosk, as the main process, WATCHDOG_PID its pid.
        const QString drop =
            root ? QStringLiteral("setpriv --reuid=65534 --regid=65534 --clear-groups ") : QString();
        QProcess cage;
        cage.setProcessEnvironment(environment);
        cage.setProcessChannelMode(QProcess::MergedChannels);
        cage.start(QStringLiteral("/bin/sh"),
                   {QStringLiteral("-c"),
                    QStringLiteral("export WATCHDOG_PID=$$; exec %1cage -d -- '%2' --mode kiosk")
                        .arg(drop, QStringLiteral(SSC_TERMINAL_PATH))});
        QElapsedTimer clock;
        clock.start();
        QVERIFY(cage.waitForStarted());

        QList<QByteArray> received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.received()).contains("READY=1") ||
                                     cage.state() == QProcess::NotRunning,
                                 30000);
        QVERIFY2(received.contains("READY=1"), cage.readAll().constData());
        qInfo("READY=1 %lld ms after cage started", static_cast<long long>(clock.elapsed()));
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.received()).contains("WATCHDOG=1"), 10000);

        const pid_t terminal = childNamed(cage.processId(), "ssc-terminal");
        QVERIFY2(terminal > 0, "the terminal is not cage's child");
        QVERIFY(::kill(terminal, SIGKILL) == 0);
        clock.restart();
        QVERIFY2(cage.waitForFinished(10000), "cage stayed after its terminal died");
        qInfo("cage left %lld ms after the terminal was killed", static_cast<long long>(clock.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestKioskCage)
#include "tst_kioskcage.moc"
