// ecard/resolve under load: N codes minted into a fresh database, the real ssc-platform process serving them,
// and C concurrent keep-alive clients on loopback (this process: the load generator shares the 2 cores).
// Prints requests per second and p50/p99 latency. Usage:
//   bench_platform SSC_PLATFORM_BINARY [--db sqlite|postgresql://…] [--clients 64] [--requests 20000]
#include "demo/demodata.h"
#include "ecard/ecardservice.h"
#include "keys/filekeystore.h"
#include "platformload.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace ssc;
using namespace ssc::platform;

namespace {

struct Options {
    QString binary;
    QString db = QStringLiteral("sqlite");
    int clients = 64;
    int requests = 20000;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    const QStringList args = app.arguments();
    options.binary = args.value(1);
    for (qsizetype i = 2; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--db")
            options.db = args[i + 1];
        else if (args[i] == u"--clients")
            options.clients = args[i + 1].toInt();
        else if (args[i] == u"--requests")
            options.requests = args[i + 1].toInt();
    }
    QTemporaryDir dir;
    const QString url = options.db == u"sqlite" ? dir.filePath(QStringLiteral("bench.db")) : options.db;
    // The bench signs its codes with the key the platform then verifies them with: one key folder.
    const QString keyFolder = dir.filePath(QStringLiteral("keys"));
    QStringList codes;
    {
        QString error;
        auto db = Database::open(url, &error);
        if (!db) {
            std::fprintf(stderr, "bench_platform: %s\n", qPrintable(error));
            return 1;
        }
        seedDemoData(*db);
        FileKeyStore keys(keyFolder, {});
        codes = platformload::mintCodes(*db, keys, options.requests);
    }
    QProcess platform;
    // One demo terminal plays 64 kiosks: its rate is lifted (the limiter still runs on every request).
    const quint16 port =
        platformload::start(platform, options.binary,
                            {QStringLiteral("--db"), url, QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--key-store"), QStringLiteral("file:") + keyFolder,
                             QStringLiteral("--terminal-rate"), QStringLiteral("1000000,1000000")});
    if (port == 0) {
        std::fprintf(stderr, "bench_platform: the platform did not start: %s\n",
                     platform.readAllStandardError().constData());
        return 1;
    }

    std::vector<double> latencies;
    latencies.reserve(static_cast<size_t>(options.requests));
    int failures = 0;
    int outstanding = options.clients;
    std::vector<std::unique_ptr<platformload::Client>> clients;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < options.clients; ++i)
        clients.push_back(std::make_unique<platformload::Client>(
            port, platformload::resolving(codes),
            [&](const QByteArray& status, double ms, const QByteArray&) {
                latencies.push_back(ms);
                failures += status.startsWith("HTTP/1.1 200") ? 0 : 1;
            },
            [&] {
                if (--outstanding == 0)
                    QCoreApplication::quit();
            }));
    QCoreApplication::exec();
    const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    platform.terminate();
    platform.waitForFinished(5000);

    std::printf("ecard/resolve on %-10s %6zu requests, %3d clients: %7.0f req/s, p50 %6.2f ms, p99 %6.2f ms, "
                "failures %d\n",
                options.db == u"sqlite" ? "sqlite" : "postgresql", latencies.size(), options.clients,
                static_cast<double>(latencies.size()) / seconds, platformload::percentile(latencies, 0.50),
                platformload::percentile(latencies, 0.99), failures);
    return failures == 0 ? 0 : 1;
}
