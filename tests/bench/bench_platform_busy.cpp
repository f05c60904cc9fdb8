// The serving thread stays free while recordings are analysed (issue 16, docs/performance.md): the resolve
// load (C keep-alive clients) and a /health prober against the real ssc-platform, first idle, then while R
// certification recordings are being analysed on the worker pool (each recording client sends its next
// attempt as soon as one is answered, with a fresh challenge). Prints resolve and /health p50/p99 for both,
// and their ratio. Figures only, no asserts. Usage:
//   bench_platform_busy SSC_PLATFORM_BINARY [--clients 64] [--requests 10000] [--recordings 8]
#include "certificationchallenge.h"
#include "demo/demodata.h"
#include "facesequences.h"
#include "keys/filekeystore.h"
#include "pension/faceconsent.h"
#include "platformload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace ssc;
using namespace ssc::platform;

namespace {

const QByteArray& kiosk = platformload::kioskCredentials;

// One blocking request for the set-up: the answer's JSON body, or an empty object.
QJsonObject call(quint16 port, const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray answer;
    while (socket.waitForReadyRead(5000)) {
        answer += socket.readAll();
        const qsizetype end = answer.indexOf("\r\n\r\n");
        const qsizetype at = answer.toLower().indexOf("content-length:");
        if (end > 0 && at > 0 &&
            answer.size() >=
                end + 4 + answer.mid(at + 15, answer.indexOf("\r\n", at) - at - 15).trimmed().toLongLong())
            break;
    }
    return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
}

// A citizen session of the demo's pension recipient on the demo kiosk.
QByteArray recipientSession(quint16 port)
{
    const QString code = call(port, platformload::request("POST", "/api/v1/demo/ecard/mint", {},
                                                          R"({"person":"elderly-parent"})"))
                             .value(QStringLiteral("code"))
                             .toString();
    const QJsonObject resolved = call(
        port, platformload::request("POST", "/api/v1/ecard/resolve", kiosk,
                                    QJsonDocument(QJsonObject{{QStringLiteral("code"), code}}).toJson()));
    return resolved.value(QStringLiteral("session"))
        .toObject()
        .value(QStringLiteral("token"))
        .toString()
        .toLatin1();
}

// Attempts ready to send: each answers its own fresh challenge with the person doing what it asks.
QList<QByteArray> attempts(quint16 port, const QByteArray& session, int count)
{
    const QByteArray headers = kiosk + "X-SSC-Citizen-Session: " + session + "\r\n";
    QHash<QString, face::fixtures::Recording> recordings; // by the actions asked: made once each
    QList<QByteArray> ready;
    // The person agrees to the notice about their face first (kiosk, own session), as the terminal has them
    // do.
    call(port,
         platformload::request(
             "POST", "/api/v1/me/pension-certification/face-consent", headers,
             QJsonDocument(QJsonObject{{QStringLiteral("notice"), faceConsentNoticeVersion()}}).toJson()));
    for (int i = 0; i < count; ++i) {
        const QJsonObject challenge =
            call(port, platformload::request("POST", "/api/v1/me/pension-certification/challenges", headers));
        const auto parsed = face::CertificationChallenge::fromJson(challenge);
        if (!parsed)
            break;
        QStringList names;
        for (const face::LivenessAction action : parsed->actions)
            names << QString::number(static_cast<int>(action));
        const QString key = names.join(u',');
        if (!recordings.contains(key))
            recordings.insert(key, face::fixtures::recorded(
                                       face::fixtures::framesOf(face::fixtures::doing(parsed->actions))));
        const face::fixtures::Recording& recording = recordings[key];
        QJsonArray times;
        for (const qint64 t : recording.timesMs)
            times.append(t);
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{QStringLiteral("method"), QStringLiteral("actions")},
                            {QStringLiteral("challenge"), parsed->id},
                            {QStringLiteral("recording"), QString::fromLatin1(recording.avi.toBase64())},
                            {QStringLiteral("frameTimes"), times}})
                .toJson(QJsonDocument::Compact);
        ready << platformload::request("POST", "/api/v1/me/pension-certification/attempts",
                                       headers + "Idempotency-Key: bench-" + QByteArray::number(i) + "\r\n",
                                       body);
    }
    return ready;
}

struct Figures {
    std::vector<double> resolve;
    std::vector<double> health;
    int failures = 0;
    int recordingsAnswered = 0;
    double drainSeconds = 0; // after the load: until the attempts under way were answered
    double seconds = 0;
};

// The resolve load with a /health prober, and `recordingClients` clients sending attempts meanwhile.
Figures run(quint16 port, QStringList codes, int clients, QList<QByteArray>& pending, int recordingClients)
{
    Figures f;
    int outstanding = clients;
    int recordingsUnderWay = recordingClients;
    bool loadRunning = true;
    std::vector<std::unique_ptr<platformload::Client>> all;
    const auto done = [&] {
        if (--outstanding == 0) {
            loadRunning = false;
            QCoreApplication::quit();
        }
    };
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < recordingClients; ++i)
        all.push_back(std::make_unique<platformload::Client>(
            port, [&] { return loadRunning && !pending.isEmpty() ? pending.takeFirst() : QByteArray(); },
            [&](const QByteArray&, double, const QByteArray&) { ++f.recordingsAnswered; },
            [&] {
                if (--recordingsUnderWay == 0 && !loadRunning)
                    QCoreApplication::quit();
            }));
    for (int i = 0; i < clients; ++i)
        all.push_back(std::make_unique<platformload::Client>(
            port, platformload::resolving(codes),
            [&](const QByteArray& status, double ms, const QByteArray&) {
                f.resolve.push_back(ms);
                f.failures += status.startsWith("HTTP/1.1 200") ? 0 : 1;
            },
            done));
    all.push_back(std::make_unique<platformload::Client>(
        port, [&] { return loadRunning ? platformload::request("GET", "/api/v1/health", {}) : QByteArray(); },
        [&](const QByteArray&, double ms, const QByteArray&) { f.health.push_back(ms); }, [] {}));
    QCoreApplication::exec();
    f.seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    // The analyses yield to the serving thread: how long the ones under way take once the load has gone.
    if (recordingsUnderWay > 0) {
        QElapsedTimer drain;
        drain.start();
        QCoreApplication::exec();
        f.drainSeconds = static_cast<double>(drain.nsecsElapsed()) / 1e9;
    }
    return f;
}

void print(const char* what, const Figures& f)
{
    std::printf(
        "%-22s resolve %6zu in %5.1f s (%5.0f/s) p50 %7.2f ms p99 %7.2f ms, failures %d; /health %5zu "
        "p50 %7.2f ms p99 %7.2f ms; recordings answered %d, the rest %.1f s after the load\n",
        what, f.resolve.size(), f.seconds, static_cast<double>(f.resolve.size()) / f.seconds,
        platformload::percentile(f.resolve, 0.5), platformload::percentile(f.resolve, 0.99), f.failures,
        f.health.size(), platformload::percentile(f.health, 0.5), platformload::percentile(f.health, 0.99),
        f.recordingsAnswered, f.drainSeconds);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int clients = 64;
    int requests = 10000;
    int recordings = 8;
    for (qsizetype i = 2; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--clients")
            clients = args[i + 1].toInt();
        else if (args[i] == u"--requests")
            requests = args[i + 1].toInt();
        else if (args[i] == u"--recordings")
            recordings = args[i + 1].toInt();
    }
    QTemporaryDir dir;
    const QString url = dir.filePath(QStringLiteral("bench.db"));
    // The bench signs its codes with the key the platform then verifies them with: one key folder.
    const QString keyFolder = dir.filePath(QStringLiteral("keys"));
    QStringList codes;
    {
        QString error;
        auto db = Database::open(url, &error);
        if (!db) {
            std::fprintf(stderr, "bench_platform_busy: %s\n", qPrintable(error));
            return 1;
        }
        seedDemoData(*db);
        FileKeyStore keys(keyFolder, dir.filePath(QStringLiteral("issuer.key")));
        codes = platformload::mintCodes(*db, keys, 2 * requests);
    }
    QProcess platform;
    // One demo terminal and one person play many: their rates are lifted (the limiters still run).
    const quint16 port = platformload::start(
        platform, args.value(1),
        {QStringLiteral("--db"), url, QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--demo"),
         QStringLiteral("--key-store"), QStringLiteral("file:") + keyFolder, QStringLiteral("--issuer-key"),
         dir.filePath(QStringLiteral("issuer.key")), QStringLiteral("--terminal-rate"),
         QStringLiteral("1000000,1000000"), QStringLiteral("--account-rate"),
         QStringLiteral("1000000,1000000")});
    if (port == 0) {
        std::fprintf(stderr, "bench_platform_busy: the platform did not start: %s\n",
                     platform.readAllStandardError().constData());
        return 1;
    }
    const QByteArray session = recipientSession(port);
    QList<QByteArray> pending = attempts(port, session, recordings * 4);
    if (session.isEmpty() || pending.size() < recordings) {
        std::fprintf(stderr, "bench_platform_busy: no session or challenges for the demo recipient\n");
        return 1;
    }
    std::printf("%d resolve clients and a /health prober; %d recording clients, %lld attempts ready (%.0f KB "
                "each)\n",
                clients, recordings, static_cast<long long>(pending.size()),
                static_cast<double>(pending.front().size()) / 1024.0);
    QList<QByteArray> none;
    const Figures idle = run(port, codes.mid(0, requests), clients, none, 0);
    print("idle:", idle);
    const Figures busy = run(port, codes.mid(requests), clients, pending, recordings);
    print("recordings analysed:", busy);
    std::printf("p99 busy/idle: resolve %.2fx, /health %.2fx\n",
                platformload::percentile(busy.resolve, 0.99) / platformload::percentile(idle.resolve, 0.99),
                platformload::percentile(busy.health, 0.99) / platformload::percentile(idle.health, 0.99));
    platform.terminate();
    platform.waitForFinished(5000);
    return idle.failures + busy.failures == 0 ? 0 : 1;
}
