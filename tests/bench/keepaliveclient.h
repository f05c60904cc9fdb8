#pragma once

// Keep-alive HTTP/1.1 clients on raw sockets for the platform benchmarks (bench_platform,
// bench_platform_busy, bench_payments): requests written by hand, answers cut by Content-Length.
#include <QByteArray>
#include <QElapsedTimer>
#include <QTcpSocket>

#include <algorithm>
#include <functional>
#include <vector>

namespace platformload {

inline QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& headers,
                          const QByteArray& body = {})
{
    return method + ' ' + path + " HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n" + headers +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// The demo kiosk's credentials, as every bench client sends them.
inline const QByteArray kioskCredentials =
    "Authorization: Bearer demo-kiosk:demo-kiosk-demo-secret\r\nX-SSC-Terminal-Mode: kiosk\r\n";

inline double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0
                          : values[std::min(values.size() - 1,
                                            static_cast<size_t>(p * static_cast<double>(values.size())))];
}

// One keep-alive connection sending what `next` gives, one request after another, until it gives nothing;
// `answered` gets each answer's status line, its time in milliseconds and its body; `finished` runs when it
// stops. Cheaper than QNetworkAccessManager (no thread of its own, no request objects), so a benchmark's
// figure is the platform's more than its client's.
class Client : public QObject {
public:
    Client(quint16 port, std::function<QByteArray()> next,
           std::function<void(const QByteArray&, double, const QByteArray&)> answered,
           std::function<void()> finished)
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
        m_answered(m_buffer.left(m_buffer.indexOf("\r\n")), static_cast<double>(m_timer.nsecsElapsed()) / 1e6,
                   m_buffer.mid(end + 4, length));
        sendNext();
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
    std::function<QByteArray()> m_next;
    std::function<void(const QByteArray&, double, const QByteArray&)> m_answered;
    std::function<void()> m_finished;
};

} // namespace platformload
