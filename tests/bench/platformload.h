#pragma once

// Load on a real ssc-platform process, shared by the platform benchmarks: starting the process, minting
// e-card codes into its database, keep-alive clients sending one request after another and timing each.
#include "ecard/ecardservice.h"
#include "keys/keystore.h"
#include "storage/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>

#include <algorithm>
#include <functional>
#include <vector>

namespace platformload {

// Starts the platform and returns its port (0 when it did not start).
inline quint16 start(QProcess& platform, const QString& binary, const QStringList& arguments)
{
    platform.start(binary, arguments);
    QByteArray out;
    static const QRegularExpression listening(QStringLiteral(":(\\d+) \\("));
    while (platform.waitForReadyRead(30000)) {
        out += platform.readAllStandardOutput();
        if (const auto m = listening.match(QString::fromUtf8(out)); m.hasMatch())
            return static_cast<quint16>(m.captured(1).toUInt());
    }
    return 0;
}

inline QStringList mintCodes(ssc::platform::Database& db, ssc::platform::KeyStore& keys, int count)
{
    QStringList codes;
    std::vector<qint64> cards;
    auto q = db.run(QStringLiteral("SELECT id FROM cards WHERE status = 'normal'"));
    while (q && q->next())
        cards.push_back(q->value(0).toLongLong());
    ssc::platform::ECardService service(db, keys);
    ssc::platform::Transaction transaction(db);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < count; ++i)
        if (auto code = service.mint(cards[static_cast<size_t>(i) % cards.size()], now))
            codes << code->text();
    transaction.commit();
    return codes;
}

inline QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& headers,
                          const QByteArray& body = {})
{
    return method + ' ' + path + " HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n" + headers +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// The demo kiosk's credentials, as every bench client sends them.
inline const QByteArray kioskCredentials =
    "Authorization: Bearer demo-kiosk:demo-kiosk-demo-secret\r\nX-SSC-Terminal-Mode: kiosk\r\n";

// The next resolve of the demo kiosk, one code each, until the codes run out (then an empty request).
inline std::function<QByteArray()> resolving(QStringList& codes)
{
    return [&codes] {
        return codes.isEmpty() ? QByteArray()
                               : request("POST", "/api/v1/ecard/resolve", kioskCredentials,
                                         "{\"code\":\"" + codes.takeLast().toLatin1() + "\"}");
    };
}

inline double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0
                          : values[std::min(values.size() - 1,
                                            static_cast<size_t>(p * static_cast<double>(values.size())))];
}

// One keep-alive connection sending what `next` gives, one request after another, until it gives nothing;
// `answered` gets each answer's status line and its time in milliseconds; `finished` runs when it stops.
class Client : public QObject {
public:
    Client(quint16 port, std::function<QByteArray()> next,
           std::function<void(const QByteArray&, double)> answered, std::function<void()> finished)
        : m_next(std::move(next)), m_answered(std::move(answered)), m_finished(std::move(finished))
    {
        connect(&m_socket, &QTcpSocket::connected, this, &Client::sendNext);
        connect(&m_socket, &QTcpSocket::readyRead, this, &Client::readAnswer);
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    }

private:
    void sendNext()
    {
        const QByteArray request = m_next();
        if (request.isEmpty()) {
            m_socket.disconnectFromHost();
            m_finished();
            return;
        }
        m_buffer.clear();
        m_timer.start();
        m_socket.write(request);
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
        m_answered(m_buffer.left(m_buffer.indexOf("\r\n")),
                   static_cast<double>(m_timer.nsecsElapsed()) / 1e6);
        sendNext();
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    std::function<QByteArray()> m_next;
    std::function<void(const QByteArray&, double)> m_answered;
    std::function<void()> m_finished;
};

} // namespace platformload
