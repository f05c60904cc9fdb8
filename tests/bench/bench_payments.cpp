// Payments (docs/performance.md, "Payments"): orders created and paid per second through the platform and
// the demo acquirer on loopback — orders (POST /me/payments/orders: the platform writes it, asks the acquirer
// on a thread for network calls), then their payments by a payment code (POST …/payment-code: the acquirer
// pays it and the platform records its answer once) — with `--in-flight` of them at a time, as a hall's
// kiosks would. Figures only; exit status 1 when fewer than all were paid (benchrun.h).
#include "benchrun.h"
#include "keepaliveclient.h"
#include "latencyfigures.h"
#include "paydemofixture.h"
#include "platformfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

// Keeps `inFlight` keep-alive connections busy, one request after another each, until `total` were made:
// first every order (none is paid yet, so none is refused as a year already paid), then every payment (the
// first records the year, the rest are paid twice, the path a refund starts from): both the platform's paths
// under load. The clients are platformload.h's raw sockets, as a hall's kiosks are other computers: with
// QNetworkAccessManager the client's own threads took a fifth of the two cores from the platform.
class PaymentLoad {
public:
    PaymentLoad(quint16 port, const QByteArray& session, int total, int inFlight)
        : m_port(port), m_total(total), m_inFlight(inFlight)
    {
        for (const auto& [name, value] : PlatformFixture::terminalHeaders(QStringLiteral("kiosk")))
            m_headers += name + ": " + value + "\r\n";
        m_headers += "X-SSC-Citizen-Session: " + session + "\r\n";
    }
    double createAll()
    {
        int n = 0;
        return phase(
            [this, n]() mutable {
                const QByteArray key = "Idempotency-Key: bench-payment-" + QByteArray::number(n++) + "\r\n";
                return platformload::request("POST", "/api/v1/me/payments/orders", m_headers + key,
                                             R"({"item":"resident-medical","amountFen":40000})");
            },
            [this](double ms, const QByteArray& body) {
                const QString orderNo =
                    QJsonDocument::fromJson(body).object().value(QStringLiteral("orderNo")).toString();
                if (!orderNo.isEmpty()) {
                    created.ms.append(ms);
                    orders.append(orderNo);
                }
            });
    }
    double payAll()
    {
        int n = 0;
        return phase(
            [this, n]() mutable {
                if (n >= orders.size())
                    return QByteArray();
                return platformload::request(
                    "POST", "/api/v1/me/payments/orders/" + orders.at(n++).toLatin1() + "/payment-code",
                    m_headers, R"({"authCode":"281234567890123456"})");
            },
            [this](double ms, const QByteArray& body) {
                const QString status =
                    QJsonDocument::fromJson(body).object().value(QStringLiteral("status")).toString();
                if (status == u"paid" || status == u"paid-twice") {
                    ++paid;
                    settled.ms.append(ms);
                }
            });
    }
    QStringList orders;
    int paid = 0;
    LatencyFigures created, settled;

private:
    // `total` requests of `next` over `inFlight` connections; the wall time in seconds.
    double phase(std::function<QByteArray()> next, std::function<void(double, const QByteArray&)> answered)
    {
        int started = 0;
        const auto limited = [&]() { return started < m_total ? (++started, next()) : QByteArray(); };
        int outstanding = m_inFlight;
        QEventLoop loop;
        std::vector<std::unique_ptr<platformload::Client>> clients;
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < m_inFlight; ++i)
            clients.push_back(std::make_unique<platformload::Client>(
                m_port, limited,
                [&](const QByteArray&, double ms, const QByteArray& body) { answered(ms, body); },
                [&] {
                    if (--outstanding == 0)
                        loop.quit();
                }));
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        loop.exec();
        return double(wall.nsecsElapsed()) / 1e9;
    }

    quint16 m_port;
    int m_total, m_inFlight;
    QByteArray m_headers;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const char* name, int fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int orders = option("--orders", 2000);
    const int inFlight = option("--in-flight", 16);
    // The platform's threads for calls to the acquirer (0: its own default, 8): its answers are waited for
    // there (docs/architecture.md, "Threads").
    const int networkWorkers = option("--network-workers", 0);
    BenchRun run;
    PayDemoFixture acquirer;
    if (!run.require(acquirer.start(), "the demo acquirer started")) {
        std::fprintf(stderr, "%s\n", qPrintable(acquirer.error()));
        return run.exitCode();
    }
    PlatformFixture platform;
    // One person pays many orders: no account or terminal rate in the way of measuring the path.
    platform.setExtraArguments(
        acquirer.platformArguments() +
        QStringList{QStringLiteral("--account-rate"), QStringLiteral("100000,100000"),
                    QStringLiteral("--terminal-rate"), QStringLiteral("100000,100000")} +
        (networkWorkers > 0 ? QStringList{QStringLiteral("--network-workers"),
                                          QStringLiteral("%1,%2").arg(networkWorkers).arg(inFlight * 2)}
                            : QStringList{}));
    if (!run.require(platform.start(), "the platform started")) {
        std::fprintf(stderr, "%s\n", qPrintable(platform.error()));
        return run.exitCode();
    }
    const QByteArray session = platform.citizenSession(QStringLiteral("chen-unemployed")).toLatin1();
    if (!run.require(!session.isEmpty(), "a citizen logged in"))
        return run.exitCode();
    PaymentLoad load(platform.port(), session, orders, inFlight);
    const double creating = load.createAll();
    const double paying = load.payAll();
    QSqlQuery q(platform.database());
    const bool once = q.exec(QStringLiteral("SELECT COUNT(*) FROM resident_contributions")) && q.next() &&
                      q.value(0).toInt() == 1;
    std::printf("payments (%s, %d orders, %d in flight): %.0f orders created a second, %.0f paid a second, "
                "%.0f created and paid a second\n",
                qPrintable(platform.databaseKind()), orders, inFlight, double(load.orders.size()) / creating,
                double(load.paid) / paying, double(load.paid) / (creating + paying));
    load.created.print("order made (QR from the acquirer)");
    load.settled.print("paid by payment code, recorded");
    run.require(load.orders.size() == orders, "every order made");
    run.require(load.paid == orders, "every order paid");
    run.require(once, "the year recorded once, the rest paid twice");
    return run.exitCode();
}
