// Fault injection by the thousand (issue 23, docs/reliability.md "Fault injection"): submissions of every
// kind filed through the terminal's outbox to the real platform while the platform is killed, the network
// drops, delays and resets, the platform's disk fills and the terminal is killed, at points drawn from a
// seed; then every submission must be filed exactly once, or still wait in the outbox, or have been
// reported unfiled to the person. Prints the counts; exit status 0 only with none lost and none twice.
//   fault_harness [--seed N] [--count N] [--registration N] [--benefit N] [--dispute N] [--transfer N]
//                 [--evidence N] [--faults-per-thousand N]
#include "faultrun.h"
#include "filingcheck.h"
#include "submissionkinds.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace faults;

namespace {

void print(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

RunOptions optionsFrom(const QCoreApplication& app)
{
    QCommandLineParser parser;
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("The seed: the same one draws the same faults."),
                                  QStringLiteral("N"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Submissions of each kind."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption rate(QStringLiteral("faults-per-thousand"),
                                  QStringLiteral("Submissions in a thousand that get each kind of fault."),
                                  QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption timeout(QStringLiteral("terminal-timeout"),
                                     QStringLiteral("How long the terminal waits for an answer (ms)."),
                                     QStringLiteral("MS"), QStringLiteral("1500"));
    const QCommandLineOption disk(
        QStringLiteral("disk-megabytes"),
        QStringLiteral("The size of the platform's file system (recordings take ~3 MB each)."),
        QStringLiteral("MB"), QStringLiteral("96"));
    parser.addOptions({seed, count, rate, timeout, disk});
    for (const SubmissionKind& kind : submissionKinds())
        parser.addOption(
            {kind.name, QStringLiteral("Submissions of this kind (else --count)."), QStringLiteral("N")});
    parser.addHelpOption();
    parser.process(app);
    RunOptions options;
    options.seed =
        parser.isSet(seed) ? parser.value(seed).toULongLong() : QRandomGenerator::system()->generate();
    options.faultsPerThousand = parser.value(rate).toInt();
    options.terminalTimeoutMs = parser.value(timeout).toInt();
    options.diskMegabytes = parser.value(disk).toInt();
    for (const SubmissionKind& kind : submissionKinds())
        options.counts[kind.name] =
            parser.isSet(kind.name) ? parser.value(kind.name).toInt() : parser.value(count).toInt();
    return options;
}

QString commandLine(const RunOptions& options)
{
    QString line = QStringLiteral("fault_harness --seed %1 --faults-per-thousand %2")
                       .arg(options.seed)
                       .arg(options.faultsPerThousand);
    for (auto it = options.counts.begin(); it != options.counts.end(); ++it)
        line += QStringLiteral(" --%1 %2").arg(it.key()).arg(it.value());
    return line;
}

void report(const FaultRun& run, const FilingCounts& counts, qint64 elapsedMs)
{
    int injected = 0;
    for (int fault = 1; fault < faultKinds; ++fault)
        injected += run.faults()[size_t(fault)];
    print(QStringLiteral("faults injected: %1").arg(injected));
    for (int fault = 1; fault < faultKinds; ++fault)
        print(QStringLiteral("  %1: %2").arg(faultName(Fault(fault))).arg(run.faults()[size_t(fault)]));
    print(QStringLiteral("platform restarts: %1, terminal restarts: %2")
              .arg(run.platformRestarts())
              .arg(run.terminalRestarts()));
    print(QStringLiteral("submissions: %1").arg(counts.submissions));
    print(QStringLiteral("filed once: %1").arg(counts.filedOnce));
    print(QStringLiteral("duplicated: %1 %2")
              .arg(counts.duplicated)
              .arg(QString::fromLatin1(counts.duplicatedKeys.join(' '))));
    print(QStringLiteral("lost: %1 %2").arg(counts.lost).arg(QString::fromLatin1(counts.lostKeys.join(' '))));
    print(QStringLiteral("reported unfiled: %1").arg(counts.reportedUnfiled));
    for (auto it = run.reportedUnfiled().begin(); it != run.reportedUnfiled().end(); ++it)
        print(QStringLiteral("  %1: %2").arg(QString::fromLatin1(it.key()), QString::fromLatin1(it.value())));
    print(QStringLiteral("still waiting in the outbox: %1").arg(counts.waiting));
    for (const QString& disagreement : counts.disagreements)
        print(QStringLiteral("outbox and database disagree: ") + disagreement);
    print(QStringLiteral("took: %1 s").arg(double(elapsedMs) / 1000.0, 0, 'f', 1));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const RunOptions options = optionsFrom(app);
    print(QStringLiteral("fault injection, seed %1; again with: %2")
              .arg(options.seed)
              .arg(commandLine(options)));
    QElapsedTimer elapsed;
    elapsed.start();
    FaultRun run(options);
    const bool ran = run.setUp() && run.run() && run.drain();
    if (!ran)
        print(QStringLiteral("the run stopped: ") + run.error());
    const FilingCounts counts = checkFilings(run.platform().database(), options.seed, run.keys(),
                                             run.reportedUnfiled(), run.waitingInOutbox());
    report(run, counts, elapsed.elapsed());
    return ran && counts.allAccountedFor() && counts.waiting == 0 ? 0 : 1;
}
