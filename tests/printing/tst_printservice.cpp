// Printing through a real CUPS server (the "cups" fixture: cupsd with cups-pdf and misbehaving queues): the
// printed file read back with pdftotext, and every way a print fails told plainly, quickly, and withdrawn.
#include "cupsserver.h"
#include "pdftext.h"
#include "recordsamples.h"

#include "i18n/translator.h"
#include "logging/logging.h"
#include "printservice.h"
#include "rightsrecorddocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace ssc;

namespace {

QStringList logLines;
void captureLog(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    if (QLatin1String(context.category) == u"ssc.printing")
        logLines << message;
}

} // namespace

class TestPrintService : public QObject {
    Q_OBJECT
    PrintableDocument record;
    QByteArray recordPdf;

    PrintOutcome printOn(const QString& queue, int waitLimitMs = 30000,
                         const QString& server = cupsserver::server())
    {
        PrintService service(server, queue);
        service.setWaitLimit(waitLimitMs);
        QSignalSpy finished(&service, &PrintService::finished);
        service.print(record, pdfPageCount(recordPdf));
        if (!finished.wait(60000))
            return {PrintProblem::JobFailed, queue, 0, -1, -1, -1};
        return finished.first().first().value<PrintOutcome>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!cupsserver::server().isEmpty(), "the cups fixture did not start");
        QVERIFY(useLanguage(chineseLanguage));
        qRegisterMetaType<PrintOutcome>();
        record = buildRightsRecordDocument(*parseRightsRecord(recordsamples::employee()).record);
        recordPdf = record.toPdf();
        qInstallMessageHandler(captureLog);
        QLoggingCategory::setFilterRules(QStringLiteral("ssc.printing.info=true"));
    }

    void printsTheRecordOnPaper()
    {
        const int before = cupsserver::outputCount();
        logLines.clear();
        const PrintOutcome outcome = printOn(QStringLiteral("PDF"));
        QVERIFY2(outcome.printed(), qPrintable(PrintProblems::message(outcome.problem)));
        QVERIFY(outcome.jobId > 0);
        QCOMPARE(cupsserver::outputCount(), before + 1);
        QFile printed(cupsserver::newestOutput());
        QVERIFY(printed.open(QIODevice::ReadOnly));
        const QString text = pdftext::fromBytes(printed.readAll());
        QVERIFY2(text.contains(u"社会保险个人权益记录单"), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"7K2M-9QXD-4HNP-0RTV"));
        // The marks (● △ ○) come back from the CUPS filters as Type 3 glyphs without text: the direct PDF
        // test reads them (tst_rightsrecorddocument); here the figures show the contributions table was
        // printed.
        QVERIFY(text.contains(u"10,784.64"));
        QVERIFY(!text.contains(u"张伟"));
        // The page count is logged for paper planning, and nothing personal is.
        QCOMPARE(logLines.size(), 1);
        QVERIFY2(logLines[0].contains(
                     QStringLiteral("printed %1 page(s): rights-record on PDF").arg(pdfPageCount(recordPdf))),
                 qPrintable(logLines[0]));
        QVERIFY(!logLines[0].contains(u"张"));
        QVERIFY(!logLines[0].contains(u"7K2M"));
    }

    void theDefaultQueueIsUsedWhenNoneIsConfigured()
    {
        const PrintOutcome outcome = printOn(QString());
        QVERIFY(outcome.printed());
        QCOMPARE(outcome.queue, QStringLiteral("PDF"));
    }

    void problemsAreToldAndNothingComesOutLater_data()
    {
        QTest::addColumn<QString>("queue");
        QTest::addColumn<PrintProblem>("problem");
        QTest::newRow("out of paper") << "PaperOut" << PrintProblem::OutOfPaper;
        QTest::newRow("out of paper, again") << "PaperOut" << PrintProblem::OutOfPaper;
        QTest::newRow("paused by staff") << "Paused" << PrintProblem::Paused;
        QTest::newRow("refusing jobs") << "Rejecting" << PrintProblem::NotAccepting;
        QTest::newRow("no such printer") << "Missing" << PrintProblem::NoPrinter;
        QTest::newRow("never finishes") << "Stuck" << PrintProblem::StillWaiting;
    }

    void problemsAreToldAndNothingComesOutLater()
    {
        QFETCH(QString, queue);
        QFETCH(PrintProblem, problem);
        const int before = cupsserver::outputCount();
        const PrintOutcome outcome = printOn(queue, 2000);
        QCOMPARE(outcome.problem, problem);
        QVERIFY(!PrintProblems::message(outcome.problem).isEmpty());
        QVERIFY(outcome.elapsedMs < 10000); // the kiosk is not held up
        QCOMPARE(cupsserver::outputCount(), before);
        if (outcome.jobId > 0) // a job that was sent is withdrawn, not left to print for nobody
            QTRY_VERIFY_WITH_TIMEOUT(
                !pendingJobs(queue).contains(QStringLiteral("%1-%2").arg(queue).arg(outcome.jobId)), 5000);
    }

    void anUnreachableServerIsToldQuickly()
    {
        const PrintOutcome outcome =
            printOn(QStringLiteral("PDF"), 2000, QStringLiteral("/nonexistent/cups.sock"));
        QCOMPARE(outcome.problem, PrintProblem::ServerUnreachable);
    }

    void classifiesPrinterReasons_data()
    {
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<bool>("stopped");
        QTest::addColumn<bool>("accepting");
        QTest::addColumn<PrintProblem>("problem");
        QTest::newRow("ready") << QStringList() << false << true << PrintProblem::None;
        QTest::newRow("empty tray, stopped")
            << QStringList{QStringLiteral("media-empty"), QStringLiteral("paused")} << true << true
            << PrintProblem::OutOfPaper;
        QTest::newRow("jam") << QStringList{QStringLiteral("media-jam")} << true << true
                             << PrintProblem::PaperJam;
        QTest::newRow("toner") << QStringList{QStringLiteral("toner-empty")} << false << true
                               << PrintProblem::OutOfToner;
        QTest::newRow("cover") << QStringList{QStringLiteral("door-open")} << true << true
                               << PrintProblem::CoverOpen;
        QTest::newRow("offline") << QStringList{QStringLiteral("offline")} << false << true
                                 << PrintProblem::Offline;
        QTest::newRow("paused") << QStringList{QStringLiteral("paused")} << true << true
                                << PrintProblem::Paused;
        QTest::newRow("rejecting") << QStringList() << false << false << PrintProblem::NotAccepting;
        QTest::newRow("low toner only warns")
            << QStringList{QStringLiteral("toner-low")} << false << true << PrintProblem::None;
    }

    void classifiesPrinterReasons()
    {
        QFETCH(QStringList, reasons);
        QFETCH(bool, stopped);
        QFETCH(bool, accepting);
        QFETCH(PrintProblem, problem);
        QCOMPARE(PrintProblems::classify({accepting, stopped, reasons, {}}), problem);
    }

private:
    // The queue's jobs that may still print, as the CUPS command line lists them.
    static QString pendingJobs(const QString& queue)
    {
        QProcess lpstat;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CUPS_SERVER"), cupsserver::server());
        lpstat.setProcessEnvironment(env);
        lpstat.start(QStringLiteral("lpstat"),
                     {QStringLiteral("-W"), QStringLiteral("not-completed"), QStringLiteral("-o"), queue});
        lpstat.waitForFinished(10000);
        return QString::fromUtf8(lpstat.readAllStandardOutput());
    }
};

QTEST_MAIN(TestPrintService)
#include "tst_printservice.moc"
