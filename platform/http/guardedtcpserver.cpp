#include "guardedtcpserver.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace ssc::platform {
namespace {

// Looks at bytes the socket has received but Qt has not consumed yet, and refuses what is too big.
class RequestGuard : public QObject {
public:
    RequestGuard(QTcpSocket* socket, qint64 maxBody, const QHash<QByteArray, qint64>& largerBodies)
        : QObject(socket), m_socket(socket), m_maxBody(maxBody), m_largerBodies(largerBodies)
    {
        // Connected before Qt HttpServer's own readyRead handler, so it runs first.
        connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::inspect);
    }

private:
    void refuse(const QByteArray& status)
    {
        const QByteArray body =
            R"({"error":{"code":"request_too_large","message":{"zh_CN":"请求过大。","en":"The request is too large."}}})";
        m_socket->write("HTTP/1.1 " + status +
                        "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                        "Content-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_socket->flush();
        m_socket->readAll(); // nothing of it reaches the HTTP parser
        // Keep reading (and dropping) what the client is still sending, so it finishes its upload and reads
        // the answer instead of meeting a reset; close after a grace period or 16 MiB, whichever comes first.
        m_refused = true;
        QTimer::singleShot(3000, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
    }

    void drain()
    {
        m_drained += m_socket->readAll().size();
        if (m_drained > 16 * 1024 * 1024)
            m_socket->abort();
    }

    // Follows the byte stream as Qt will parse it: header bytes are collected until the blank line, then the
    // declared body is skipped, then the next (pipelined or keep-alive) request starts.
    void inspect()
    {
        if (m_refused)
            return drain();
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        while (!fresh.isEmpty()) {
            if (m_bodyRemaining > 0) {
                const qint64 skipped = std::min<qint64>(m_bodyRemaining, fresh.size());
                m_bodyRemaining -= skipped;
                fresh.remove(0, skipped);
                continue;
            }
            m_header += fresh;
            fresh.clear();
            const qsizetype end = m_header.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_header.size() > GuardedTcpServer::maxHeaderBytes)
                    return refuse("431 Request Header Fields Too Large");
                return;
            }
            if (end > GuardedTcpServer::maxHeaderBytes)
                return refuse("431 Request Header Fields Too Large");
            const QByteArray headers = m_header.first(end).toLower();
            fresh = m_header.sliced(end + 4);
            m_header.clear();
            if (headers.contains("\r\ntransfer-encoding:"))
                return refuse("411 Length Required");
            const std::optional<qint64> length = contentLength(headers);
            if (!length || *length > limitFor(headers))
                return refuse("413 Payload Too Large");
            m_bodyRemaining = *length;
        }
    }

    // The limit of the request's path: "POST /path?query HTTP/1.1" on the first line.
    qint64 limitFor(const QByteArray& lowerHeaders) const
    {
        const QByteArray target = lowerHeaders.left(lowerHeaders.indexOf("\r\n")).split(' ').value(1);
        const qsizetype query = target.indexOf('?');
        const QByteArray path = query < 0 ? target : target.left(query);
        if (const auto exact = m_largerBodies.constFind(path); exact != m_largerBodies.cend())
            return exact.value();
        // "*/tail": any path ending so (routes with an id in them).
        for (auto it = m_largerBodies.cbegin(); it != m_largerBodies.cend(); ++it)
            if (it.key().startsWith('*') && path.endsWith(it.key().mid(1)))
                return it.value();
        return m_maxBody;
    }

    // 0 when absent; nullopt when unreadable or negative.
    static std::optional<qint64> contentLength(const QByteArray& lowerHeaders)
    {
        const qsizetype at = lowerHeaders.indexOf("\r\ncontent-length:");
        if (at < 0)
            return 0;
        const qsizetype valueStart = at + 17;
        const qsizetype lineEnd = lowerHeaders.indexOf("\r\n", valueStart);
        bool ok = false;
        const qint64 length =
            lowerHeaders.mid(valueStart, lineEnd < 0 ? -1 : lineEnd - valueStart).trimmed().toLongLong(&ok);
        if (!ok || length < 0)
            return std::nullopt;
        return length;
    }

    QByteArray m_header;
    qint64 m_bodyRemaining = 0;
    bool m_refused = false;
    qint64 m_drained = 0;
    QTcpSocket* m_socket;
    qint64 m_maxBody;
    QHash<QByteArray, qint64> m_largerBodies;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, std::optional<QSslConfiguration> tls, QObject* parent)
    : QTcpServer(parent), m_maxBodyBytes(maxBodyBytes), m_tls(std::move(tls))
{}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket* socket = nullptr;
    if (m_tls) {
        auto* tlsSocket = new QSslSocket(this);
        tlsSocket->setSslConfiguration(*m_tls);
        socket = tlsSocket;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // On a TLS socket readyRead and peek() see decrypted bytes, so the guard works the same.
    new RequestGuard(socket, m_maxBodyBytes, m_largerBodies);
    if (auto* tlsSocket = qobject_cast<QSslSocket*>(socket)) {
        // A failed handshake (a plain HTTP client, a client that does not trust us) just closes the socket.
        connect(tlsSocket, &QSslSocket::sslErrors, tlsSocket, [tlsSocket] { tlsSocket->abort(); });
        tlsSocket->startServerEncryption();
    }
    addPendingConnection(socket);
}

} // namespace ssc::platform
