// ecard/resolve under load: N codes minted into a fresh database, the real ssc-platform process serving them,
// and C concurrent keep-alive clients on loopback (this process: the load generator shares the 2 cores).
// Prints requests per second and p50/p99 latency. Usage:
//   bench_platform SSC_PLATFORM_BINARY [--db sqlite|postgresql://…] [--clients 64] [--requests 20000]
#include "demo/demodata.h"
#include "ecard/ecardservice.h"
#include "keys/filekeystore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace ssc;
using namespace ssc::platform;

namespace {

struct Options {
    QString binary;
    QString db = QStringLiteral("sqlite");
    int clients = 64;
    int requests = 20000;
};

QStringList mintCodes(Database& db, KeyStore& keys, int count)
{
    QStringList codes;
    std::vector<qint64> cards;
    auto q = db.run(QStringLiteral("SELECT id FROM cards WHERE status = 'normal'"));
    while (q && q->next())
        cards.push_back(q->value(0).toLongLong());
    ECardService service(db, keys);
    Transaction transaction(db);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < count; ++i)
        if (auto code = service.mint(cards[static_cast<size_t>(i) % cards.size()], now))
            codes << code->text();
    transaction.commit();
    return codes;
}

// One keep-alive connection sending resolves one after another.
class Client : public QObject {
public:
    Client(quint16 port, QStringList& codes, std::vector<double>& latencies, int& failures, int& outstanding)
        : m_codes(codes), m_latencies(latencies), m_failures(failures), m_outstanding(outstanding)
    {
        connect(&m_socket, &QTcpSocket::connected, this, &Client::sendNext);
        connect(&m_socket, &QTcpSocket::readyRead, this, &Client::readAnswer);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    }

private:
    void sendNext()
    {
        if (m_codes.isEmpty()) {
            m_socket.disconnectFromHost();
            if (--m_outstanding == 0)
                QCoreApplication::quit();
            return;
        }
        const QByteArray body = "{\"code\":\"" + m_codes.takeLast().toLatin1() + "\"}";
        m_buffer.clear();
        m_timer.start();
        m_socket.write(
            "POST /api/v1/ecard/resolve HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
            "Authorization: Bearer demo-kiosk:demo-kiosk-demo-secret\r\nX-SSC-Terminal-Mode: kiosk\r\n"
            "Content-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    void readAnswer()
    {
        m_buffer += m_socket.readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype at = m_buffer.toLower().indexOf("content-length:");
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", at);
        const qsizetype length = m_buffer.mid(at + 15, lineEnd - at - 15).trimmed().toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return;
        m_latencies.push_back(static_cast<double>(m_timer.nsecsElapsed()) / 1e6);
        if (!m_buffer.startsWith("HTTP/1.1 200"))
            ++m_failures;
        sendNext();
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    QStringList& m_codes;
    std::vector<double>& m_latencies;
    int& m_failures;
    int& m_outstanding;
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0
                          : values[std::min(values.size() - 1,
                                            static_cast<size_t>(p * static_cast<double>(values.size())))];
}

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
        codes = mintCodes(*db, keys, options.requests);
    }
    QProcess platform;
    platform.start(options.binary,
                   {QStringLiteral("--db"), url, QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("--key-store"), QStringLiteral("file:") + keyFolder});
    QByteArray out;
    quint16 port = 0;
    static const QRegularExpression listening(QStringLiteral(":(\\d+) \\("));
    while (port == 0 && platform.waitForReadyRead(30000)) {
        out += platform.readAllStandardOutput();
        if (const auto m = listening.match(QString::fromUtf8(out)); m.hasMatch())
            port = static_cast<quint16>(m.captured(1).toUInt());
    }
    if (port == 0) {
        std::fprintf(stderr, "bench_platform: the platform did not start: %s\n",
                     platform.readAllStandardError().constData());
        return 1;
    }

    std::vector<double> latencies;
    latencies.reserve(static_cast<size_t>(options.requests));
    int failures = 0;
    int outstanding = options.clients;
    std::vector<std::unique_ptr<Client>> clients;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < options.clients; ++i)
        clients.push_back(std::make_unique<Client>(port, codes, latencies, failures, outstanding));
    QCoreApplication::exec();
    const double seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    platform.terminate();
    platform.waitForFinished(5000);

    std::printf("ecard/resolve on %-10s %6zu requests, %3d clients: %7.0f req/s, p50 %6.2f ms, p99 %6.2f ms, "
                "failures %d\n",
                options.db == u"sqlite" ? "sqlite" : "postgresql", latencies.size(), options.clients,
                static_cast<double>(latencies.size()) / seconds, percentile(latencies, 0.50),
                percentile(latencies, 0.99), failures);
    return failures == 0 ? 0 : 1;
}
