// The real ssc-terminal writes no core dump when it crashes (core/security/coredumps.h): started with the
// core size limit raised as far as this machine allows and in a folder of its own, it is killed with SIGSEGV;
// the kernel must report no dump and leave no file. A control — a plain program started and killed the same
// way — must dump, or the check would prove nothing on this machine (core_pattern, limits), and says so. What
// the terminal leaves instead is a crash report with the call stack and no data.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace {

// execve's form of a list: pointers to each entry, then a null pointer.
std::vector<char*> pointersTo(std::vector<QByteArray>& entries)
{
    std::vector<char*> pointers;
    for (QByteArray& entry : entries)
        pointers.push_back(entry.data());
    pointers.push_back(nullptr);
    return pointers;
}

struct Crash {
    bool started = false;
    bool killedBySegv = false;
    bool dumped = false; // WCOREDUMP: the kernel wrote a core, wherever core_pattern sends it
};

// Runs `program` in `folder` with the core limit at its hard maximum; once `ready` says so (or 20 s),
// SIGSEGV.
template <typename Ready>
Crash crash(const QString& program, const QStringList& args, const QString& folder,
            const QStringList& environment, Ready ready)
{
    std::vector<QByteArray> arguments{QFile::encodeName(program)};
    for (const QString& a : args)
        arguments.push_back(a.toUtf8());
    std::vector<QByteArray> variables;
    for (const QString& e : environment)
        variables.push_back(e.toUtf8());
    std::vector<char*> argv = pointersTo(arguments);
    std::vector<char*> envp = pointersTo(variables);
    const QByteArray dir = QFile::encodeName(folder);

    Crash result;
    const pid_t pid = fork(); // only async-signal-safe calls in the child until exec
    if (pid == 0) {
        rlimit core{};
        getrlimit(RLIMIT_CORE, &core);
        core.rlim_cur = core.rlim_max;
        setrlimit(RLIMIT_CORE, &core);
        if (chdir(dir.constData()) == 0)
            execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    if (pid < 0)
        return result;
    result.started = QTest::qWaitFor([&] { return ready(pid); }, 20000);
    kill(pid, SIGSEGV);
    int status = 0;
    waitpid(pid, &status, 0);
    result.killedBySegv = WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV;
    result.dumped = WIFSIGNALED(status) && WCOREDUMP(status);
    return result;
}

// The process's core size limit as /proc shows it ("Max core file size  0  0  bytes").
QByteArray coreLimitOf(pid_t pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : limits.readAll().split('\n'))
        if (line.startsWith("Max core file size"))
            return line.mid(26).simplified();
    return {};
}

// Whether the process has a handler for SIGSEGV (/proc's SigCgt mask, bit 10): the crash report's, set up
// once the log directory is known.
bool catchesSegv(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("SigCgt:"))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (SIGSEGV - 1)) & 1U;
    return false;
}

QStringList coreFilesIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("core*")}, QDir::Files);
}

} // namespace

class TestCoreDumps : public QObject {
    Q_OBJECT

private slots:
    void theTerminalLeavesNoCoreDump()
    {
        QTemporaryDir control, terminal;
        const Crash plain =
            crash(QStringLiteral("/bin/sleep"), {QStringLiteral("60")}, control.path(), {}, [](pid_t pid) {
                return QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid)).endsWith(u"sleep");
            });
        QVERIFY(plain.started && plain.killedBySegv);
        QVERIFY2(plain.dumped, "a plain program does not dump core on this machine either: the check proves "
                               "nothing here (see /proc/sys/kernel/core_pattern and the hard core limit)");

        const QString home = terminal.filePath(QStringLiteral("home"));
        QDir().mkpath(home);
        const QStringList environment{QStringLiteral("QT_QPA_PLATFORM=offscreen"),
                                      QStringLiteral("HOME=") + home,
                                      QStringLiteral("XDG_CONFIG_HOME=") + home,
                                      QStringLiteral("XDG_DATA_HOME=") + home,
                                      QStringLiteral("XDG_CACHE_HOME=") + home,
                                      QStringLiteral("XDG_RUNTIME_DIR=") + home,
                                      QStringLiteral("LANG=C.UTF-8")};
        // Killed once its limit reads 0 (main() has switched dumps off) and it catches SIGSEGV (the crash
        // report is set up); the window may still be starting.
        const Crash product =
            crash(QStringLiteral(SSC_TERMINAL_PATH), {}, terminal.path(), environment,
                  [](pid_t pid) { return coreLimitOf(pid) == "0 0 bytes" && catchesSegv(pid); });
        QVERIFY2(product.started, "ssc-terminal never set its core size limit to 0");
        QVERIFY(product.killedBySegv);
        QVERIFY2(!product.dumped, "the kernel dumped ssc-terminal's memory");
        QVERIFY2(coreFilesIn(terminal.path()).isEmpty(), qPrintable(coreFilesIn(terminal.path()).join(u' ')));

        // Instead, a crash report next to the session's log: the signal, the version, the call stack as code
        // addresses and names, and nothing else (core/security/crashreport.h).
        QDirIterator found(home, {QStringLiteral("crash-*.txt")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(found.hasNext(), "ssc-terminal left no crash report");
        QFile report(found.next());
        QVERIFY(report.open(QIODevice::ReadOnly));
        QCOMPARE(int(report.permissions() & (QFile::ReadGroup | QFile::ReadOther)), 0);
        const QList<QByteArray> lines = report.readAll().split('\n');
        QCOMPARE(lines.value(0), QByteArray("ssc-terminal stopped by signal 11"));
        QVERIFY(lines.value(1).startsWith("version "));
        QCOMPARE(lines.value(2), QByteArray("call stack (code addresses only, no data):"));
        QVERIFY(lines.size() > 5);
        for (qsizetype i = 3; i < lines.size(); ++i)
            QVERIFY2(lines[i].isEmpty() || lines[i].contains("[0x"), lines[i].constData());
    }
};

QTEST_GUILESS_MAIN(TestCoreDumps)
#include "tst_coredumps.moc"
