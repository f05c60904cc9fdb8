// Payments (docs/performance.md, "Payments"): orders created and paid per second through the platform and
// the demo acquirer on loopback — orders (POST /me/payments/orders: the platform writes it, asks the acquirer
// on a thread for network calls), then their payments by a payment code (POST …/payment-code: the acquirer
// pays it and the platform records its answer once) — with `--in-flight` of them at a time, as a hall's
// kiosks would. Figures only; exit status 1 when fewer than all were paid (benchrun.h).
#include "benchrun.h"
#include "latencyfigures.h"
#include "paydemofixture.h"
#include "platformfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

// Keeps `inFlight` requests going until `total` were made: first every order (none is paid yet, so none is
// refused as a year already paid), then every payment (the first records the year, the rest are paid twice,
// the path a refund starts from): both the platform's paths under load.
class PaymentLoad : public QObject {
public:
    PaymentLoad(quint16 port, QByteArray session, int total, int inFlight)
        : m_port(port), m_session(std::move(session)), m_total(total), m_inFlight(inFlight)
    {
        // A manager keeps at most six connections to one host and queues the rest: one for every six in
        // flight, as that many kiosks would have, so the figure is the platform's and not the client's queue.
        for (int i = 0; i < (inFlight + 5) / 6; ++i)
            m_networks.push_back(std::make_unique<QNetworkAccessManager>());
    }
    double createAll()
    {
        return phase([this](int n) { create(n); });
    }
    double payAll()
    {
        return phase([this](int n) { pay(n); });
    }
    QStringList orders;
    int paid = 0;
    LatencyFigures created, settled;

private:
    double phase(std::function<void(int)> start)
    {
        m_start = std::move(start);
        m_started = m_finished = 0;
        QElapsedTimer wall;
        wall.start();
        // An event loop that ends with the last answer: QTest::qWaitFor sleeps 10 ms between its looks, which
        // held every answer back (about 30 ms a request, whatever the platform did).
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        for (int i = 0; i < m_inFlight; ++i)
            next();
        if (m_finished < m_total)
            loop.exec();
        m_loop = nullptr;
        return double(wall.nsecsElapsed()) / 1e9;
    }
    void next()
    {
        if (m_started < m_total)
            m_start(m_started++);
    }
    void done()
    {
        ++m_finished;
        next();
        if (m_finished == m_total && m_loop)
            m_loop->quit();
    }
    QNetworkReply* post(const QString& path, const QJsonObject& body, const QByteArray& key = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto& [name, value] : PlatformFixture::terminalHeaders(QStringLiteral("kiosk")))
            request.setRawHeader(name, value);
        request.setRawHeader("X-SSC-Citizen-Session", m_session);
        if (!key.isEmpty())
            request.setRawHeader("Idempotency-Key", key);
        QNetworkAccessManager& network = *m_networks[m_posted++ % m_networks.size()];
        return network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    void create(int n)
    {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply* reply = post(QStringLiteral("/api/v1/me/payments/orders"),
                                    {{QStringLiteral("item"), QStringLiteral("resident-medical")},
                                     {QStringLiteral("amountFen"), 40000}},
                                    QByteArray("bench-payment-") + QByteArray::number(n));
        connect(reply, &QNetworkReply::finished, this, [this, reply, timer] {
            reply->deleteLater();
            const QString orderNo = QJsonDocument::fromJson(reply->readAll())
                                        .object()
                                        .value(QStringLiteral("orderNo"))
                                        .toString();
            if (!orderNo.isEmpty()) {
                created.add(*timer);
                orders.append(orderNo);
            }
            done();
        });
    }
    void pay(int n)
    {
        if (n >= orders.size())
            return done();
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply* reply =
            post(QStringLiteral("/api/v1/me/payments/orders/%1/payment-code").arg(orders.at(n)),
                 {{QStringLiteral("authCode"), QStringLiteral("281234567890123456")}});
        connect(reply, &QNetworkReply::finished, this, [this, reply, timer] {
            reply->deleteLater();
            const QString status =
                QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("status")).toString();
            if (status == u"paid" || status == u"paid-twice") {
                ++paid;
                settled.add(*timer);
            }
            done();
        });
    }

    quint16 m_port;
    QByteArray m_session;
    int m_total, m_inFlight;
    int m_started = 0, m_finished = 0;
    std::function<void(int)> m_start;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks;
    size_t m_posted = 0;
    QEventLoop* m_loop = nullptr;
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
