#include "guardedtcpserver.h"

#include "api/messages.h"

#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpSocket>

namespace ssc::platform {

GuardedTcpServer::GuardedTcpServer(const Router& router, const ServiceLimits& limits,
                                   RequestGuard::CredentialCheck credentials,
                                   std::optional<QSslConfiguration> tls, QObject* parent)
    : QTcpServer(parent), m_router(router), m_limits(limits), m_credentials(std::move(credentials)),
      m_tls(std::move(tls))
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
    const QString peer = socket->peerAddress().toString();
    if (m_open >= m_limits.maxConnections || m_openPerPeer.value(peer) >= m_limits.maxConnectionsPerPeer)
        return turnAway(socket);
    count(socket);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // On a TLS socket readyRead and peek() see decrypted bytes, so the guard works the same.
    new RequestGuard(socket, m_router, m_limits, m_credentials);
    if (auto* tlsSocket = qobject_cast<QSslSocket*>(socket)) {
        // A failed handshake (a plain HTTP client, a client that does not trust us) just closes the socket.
        connect(tlsSocket, &QSslSocket::sslErrors, tlsSocket, [tlsSocket] { tlsSocket->abort(); });
        tlsSocket->startServerEncryption();
    }
    addPendingConnection(socket);
}

void GuardedTcpServer::count(QTcpSocket* socket)
{
    const QString peer = socket->peerAddress().toString();
    ++m_open;
    ++m_openPerPeer[peer];
    connect(socket, &QObject::destroyed, this, [this, peer] {
        --m_open;
        if (--m_openPerPeer[peer] <= 0)
            m_openPerPeer.remove(peer);
    });
}

void GuardedTcpServer::turnAway(QTcpSocket* socket)
{
    socket->setReadBufferSize(4096); // whatever it still sends is not kept
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    if (m_tls) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ApiResult busy = ApiResult::error(503, QStringLiteral("too_many_connections"),
                                      messages::tooManyConnections(), messages::tryAgainLater());
    const QByteArray body = QJsonDocument(busy.body).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json; charset=utf-8\r\n"
                  "Retry-After: 5\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace ssc::platform
