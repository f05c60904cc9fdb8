#include "droppingproxy.h"

#include <QTcpSocket>

DroppingProxy::DroppingProxy(quint16 upstreamPort) : m_upstream(upstreamPort)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &DroppingProxy::relay);
}

void DroppingProxy::relay()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto* upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstream); // writes wait until connected
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
            const QByteArray answer = upstream->readAll();
            if (m_drop) {
                const auto then = std::exchange(m_drop, {});
                m_dropped = true;
                then();
                client->abort();
                return;
            }
            client->write(answer);
        });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->disconnectFromHost(); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}
