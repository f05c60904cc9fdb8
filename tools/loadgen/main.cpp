// ssc-loadgen: simulated terminals visiting a demo platform on this computer, over HTTPS to its pinned
// certificate, bounded in time and count; prints throughput, latency percentiles per kind of request, errors
// by status and what the visits achieved (docs/performance.md, "Load of terminals").
#include "loadoptions.h"
#include "loadrun.h"
#include "simulatedterminal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

using namespace ssc;
using namespace ssc::loadgen;

namespace {

// One call before the run, answered before the next line (setting up is not measured).
PlatformResult ask(PlatformClient& client, const QString& path)
{
    PlatformResult answer;
    QEventLoop loop;
    client.get(path, [&](const PlatformResult& r) {
        answer = r;
        loop.quit();
    });
    loop.exec();
    return answer;
}

// The demo people whose card is in normal standing, and each province's last closed year.
bool prepare(LoadRun& run)
{
    PlatformClient client(run.clientConfig());
    const PlatformResult people = ask(client, QStringLiteral("/api/v1/demo/people"));
    QList<QJsonObject> normal;
    for (const QJsonValue& p : people.body.value(QStringLiteral("people")).toArray())
        if (p.toObject().value(QStringLiteral("cardStatus")).toString() == u"normal")
            normal << p.toObject();
    if (normal.isEmpty()) {
        std::fprintf(stderr, "ssc-loadgen: no demo people from %s (%d %s): is it ssc-platform --demo?\n",
                     qPrintable(run.options().url.toString()), people.status, qPrintable(people.errorCode));
        return false;
    }
    run.setPeople(normal);
    const PlatformResult provinces = ask(client, QStringLiteral("/api/v1/records/provinces"));
    QHash<QString, int> years;
    for (const QJsonValue& p : provinces.body.value(QStringLiteral("provinces")).toArray())
        years.insert(p[QStringLiteral("code")].toString(), p[QStringLiteral("lastYear")].toInt());
    run.setProvinceYears(years);
    if (run.options().certifyPercent > 0)
        run.prepareRecordings();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The terminal's client logs every refused call; the report counts them instead.
    QLoggingCategory::setFilterRules(QStringLiteral("ssc.core.warning=false\nssc.core.info=false"));
    const auto parsed = parseLoadOptions(app.arguments().mid(1));
    if (const auto* error = std::get_if<QString>(&parsed)) {
        std::fprintf(stderr, "ssc-loadgen: %s\n%s", qPrintable(*error), qPrintable(loadUsage()));
        return 2;
    }
    LoadRun run(std::get<LoadOptions>(parsed));
    QElapsedTimer setUp;
    setUp.start();
    if (!prepare(run))
        return 1;
    std::printf("ssc-loadgen: set up in %.1f s (demo people, provinces, recordings), not measured\n",
                double(setUp.elapsed()) / 1000);

    int running = run.options().terminals;
    std::vector<std::unique_ptr<SimulatedTerminal>> terminals;
    run.startClock();
    for (int i = 0; i < run.options().terminals; ++i)
        terminals.push_back(std::make_unique<SimulatedTerminal>(run, i, [&running] {
            if (--running == 0)
                QCoreApplication::quit();
        }));
    for (auto& terminal : terminals)
        terminal->start();
    QTimer::singleShot(run.options().seconds * 1000, &app,
                       [&run] { run.stats().closeWindow(run.elapsedSeconds()); });
    QCoreApplication::exec();
    const double seconds = run.elapsedSeconds();
    // At the request bound calls are still in flight: the terminals go now, and the connections they abort go
    // by deleteLater, which needs one more turn of the events; left undeleted, their TLS state was a leak.
    terminals.clear();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    std::printf("ssc-loadgen: %d terminals against %s\n%s", run.options().terminals,
                qPrintable(run.options().url.toString()), qPrintable(run.stats().text(seconds)));
    if (!run.options().jsonReport.isEmpty()) {
        QFile file(run.options().jsonReport);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(run.stats().json(seconds)).toJson()) < 0) {
            std::fprintf(stderr, "ssc-loadgen: cannot write %s\n", qPrintable(run.options().jsonReport));
            return 1;
        }
    }
    return run.stats().calls() > 0 ? 0 : 1;
}
