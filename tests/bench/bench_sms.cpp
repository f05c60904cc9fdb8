// Review texts (docs/performance.md, "Review texts"): the time from a decision (POST
// /demo/applications/{receipt}/ review answered) to the text arriving at the phone's end of a real Kannel on
// loopback (fakesmsc printing it), and to Kannel's delivery report recorded by the platform, over many
// decisions one after another. Figures only; exit status 1 when a text or a report did not arrive within 10 s
// (benchrun.h).
#include "benchrun.h"
#include "kannelgateway.h"
#include "latencyfigures.h"
#include "platformfixture.h"
#include "waitingapplication.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int decisions = argc > 2 && QByteArray(argv[1]) == "--decisions" ? QByteArray(argv[2]).toInt() : 50;
    BenchRun run;
    QTemporaryDir folder;
    KannelGateway kannel(folder.path());
    if (!run.require(kannel.start(), "Kannel (bearerbox, smsbox, fakesmsc) started")) {
        std::fprintf(stderr, "%s\n", qPrintable(kannel.error()));
        return run.exitCode();
    }
    PlatformFixture platform;
    // No rate limit in the way: the benchmark texts the same few people many times.
    platform.setExtraArguments(kannel.platformArguments() +
                               QStringList{QStringLiteral("--sms-rate"), QStringLiteral("100000")});
    if (!run.require(platform.start(), "the platform started")) {
        std::fprintf(stderr, "%s\n", qPrintable(platform.error()));
        return run.exitCode();
    }
    const std::array<const char*, 4> people{"zhang-wei", "li-na", "chen-unemployed", "zhao-mover"};
    LatencyFigures received, reported;
    int arrived = 0;
    for (int i = 0; i < decisions; ++i) {
        const QString receipt =
            waitingApplication(platform, QStringLiteral("R20261204-BENCH%1").arg(i, 6, 10, QChar(u'0')),
                               QString::fromLatin1(people[size_t(i) % people.size()]));
        const auto before = kannel.received().size();
        QElapsedTimer timer;
        timer.start();
        if (decideApplication(platform, receipt).status != 200)
            continue;
        if (!kannel.waitForTexts(before + 1, 10000))
            continue;
        received.add(timer);
        const bool delivered = QTest::qWaitFor(
            [&] {
                QSqlQuery q(platform.database());
                q.prepare(QStringLiteral("SELECT state FROM sms_notifications WHERE receipt = ?"));
                q.addBindValue(receipt);
                return q.exec() && q.next() && q.value(0).toString() == u"delivered";
            },
            10000);
        if (delivered) {
            reported.add(timer);
            ++arrived;
        }
    }
    run.require(arrived == decisions, "every decision's text and delivery report");
    std::printf(
        "review texts on %s through Kannel 1.4.5 on loopback (fake SMSC), %d decisions one after another:\n",
        qPrintable(platform.databaseKind()), decisions);
    received.print("decision -> text at fakesmsc");
    reported.print("decision -> delivery report recorded");
    return run.exitCode();
}
