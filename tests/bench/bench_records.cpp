// The rights record's figures (docs/performance.md): PDF build time per variant, the record on screen after
// the year is chosen (real platform on loopback, offscreen RecordsScreen), and from "print" pressed to the
// job held by CUPS and printed (a private cupsd with cups-pdf, started here). Prints figures; asserts nothing
// on time.
//   QT_QPA_PLATFORM=offscreen bench_records [--rounds N] [--cups-script tools/private-cups.sh]
#include "../documents/recordsamples.h"
#include "benchrun.h"
#include "demoterminal.h"
#include "platformfixture.h"

#include "i18n/translator.h"
#include "platform/platformclient.h"
#include "printservice.h"
#include "records/recordsscreen.h"
#include "rightsrecorddocument.h"
#include "session/citizensession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPdfDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ssc;

namespace {

struct Figures {
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    double at(double p) const
    {
        std::vector<double> v = ms;
        std::sort(v.begin(), v.end());
        return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
    }
    void print(const char* what) const
    {
        std::printf("%-46s p50 %7.1f ms   p95 %7.1f ms   (n=%zu)\n", what, at(0.5), at(0.95), ms.size());
    }
};

// Each measurement returns whether it ran every round.
bool pdfBuild(int rounds)
{
    bool everyPdf = rounds > 0;
    for (const auto& [name, json] :
         {std::pair{"employee (3 insurances)", recordsamples::employee()},
          std::pair{"retiree", recordsamples::retiree()}, std::pair{"resident", recordsamples::resident()}}) {
        const RightsRecord record = *parseRightsRecord(json).record;
        Figures build;
        qsizetype bytes = 0;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            const QByteArray pdf = buildRightsRecordDocument(record).toPdf();
            build.add(double(t.nsecsElapsed()) / 1e6);
            bytes = pdf.size();
            everyPdf = everyPdf && pdf.startsWith("%PDF-");
        }
        build.print(qPrintable(QStringLiteral("PDF build, %1").arg(QLatin1String(name))));
        std::printf("%-46s %lld KiB\n", "  PDF size", static_cast<long long>(bytes / 1024));
    }
    return everyPdf;
}

bool recordOnScreen(int rounds)
{
    PlatformFixture platform;
    if (!platform.start()) {
        std::fprintf(stderr, "platform: %s\n", qPrintable(platform.error()));
        return false;
    }
    PlatformClient client(demoterminal::config(platform.port()));
    const auto r =
        platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/ecard/resolve"),
                            {{QStringLiteral("code"), platform.mint(QStringLiteral("zhang-wei"))}});
    const auto session = CitizenSession::fromPlatform(r.json);
    client.setCitizenSession(session->token);
    ModuleContext context;
    context.platform = &client;
    context.session = &*session;
    RecordsScreen screen(context);
    screen.resize(1280, 900);
    screen.show();
    QSignalSpy shown(&screen, &RecordsScreen::recordShown);
    shown.wait(5000);
    while (!screen.provincesLoaded())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    Figures total, fetch, build, render;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        screen.chooseYear(2019 + i % 7);
        if (!shown.wait(10000))
            break;
        total.add(double(t.nsecsElapsed()) / 1e6);
        fetch.add(double(screen.query().lastFetchMs()));
        build.add(double(screen.query().lastBuildMs()));
        // What the preview paints first: page 1 at the preview's width (Qt Pdf renders it in the background).
        QBuffer bytes;
        bytes.setData(screen.query().pdf());
        bytes.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&bytes);
        QElapsedTimer p;
        p.start();
        (void)pdf.render(0, QSize(680, 962));
        render.add(double(p.nsecsElapsed()) / 1e6);
    }
    total.print("year chosen -> record ready on screen");
    fetch.print("  of which platform round trip");
    build.print("  of which layout + PDF");
    render.print("first page rendered by Qt Pdf (680 px wide)");
    std::printf("%-46s p95 %7.1f ms  (aim: under 300 ms)\n", "record on screen (ready + first page)",
                total.at(0.95) + render.at(0.95));
    return total.ms.size() == size_t(rounds);
}

bool printing(int rounds, const QString& script)
{
    QTemporaryDir state;
    if (QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("start"), state.path()}) != 0) {
        std::fprintf(stderr, "printing: the private CUPS server did not start (%s)\n", qPrintable(script));
        return false;
    }
    QFile server(state.filePath(QStringLiteral("server")));
    server.open(QIODevice::ReadOnly);
    PrintService printer(QString::fromUtf8(server.readAll()).trimmed(), QStringLiteral("PDF"));
    const PrintableDocument document =
        buildRightsRecordDocument(*parseRightsRecord(recordsamples::employee()).record);
    const int pages = pdfPageCount(document.toPdf());
    Figures accepted, printed;
    for (int i = 0; i < rounds; ++i) {
        QSignalSpy finished(&printer, &PrintService::finished);
        printer.print(document, pages);
        if (!finished.wait(30000))
            break;
        const auto outcome = finished.first().first().value<PrintOutcome>();
        if (!outcome.printed())
            break;
        accepted.add(double(outcome.acceptedMs));
        printed.add(double(outcome.elapsedMs));
    }
    accepted.print("print pressed -> job held by CUPS");
    printed.print("print pressed -> printed by cups-pdf");
    QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("stop"), state.path()});
    return printed.ms.size() == size_t(rounds);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    qRegisterMetaType<PrintOutcome>();
    useLanguage(chineseLanguage);
    int rounds = 30;
    QString script = QStringLiteral(SSC_SOURCE_DIR "/tools/private-cups.sh");
    const QStringList args = QApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--rounds")
            rounds = args[i + 1].toInt();
        else if (args[i] == u"--cups-script")
            script = args[i + 1];
    }
    BenchRun run;
    run.require(pdfBuild(rounds), "every PDF built");
    run.require(recordOnScreen(rounds), "every record shown on screen");
    run.require(printing(std::max(1, rounds / 3), script), "every record printed by CUPS");
    return run.exitCode();
}
