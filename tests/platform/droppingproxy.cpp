#include "droppingproxy.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

// One relayed connection's answer while it is held back: what came so far, and whether the platform has
// closed meanwhile (the close is passed on after what was held).
struct HeldAnswer {
    bool holding = false;
    bool upstreamClosed = false;
    QByteArray bytes;
};

} // namespace

DroppingProxy::DroppingProxy(quint16 upstreamPort) : m_upstream(upstreamPort)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &DroppingProxy::relay);
}

void DroppingProxy::disarm()
{
    m_drop = {};
    m_delayMs = 0;
    m_reset = false;
}

void DroppingProxy::relay()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        auto* upstream = new QTcpSocket(client);
        auto held = std::make_shared<HeldAnswer>();
        upstream->connectToHost(QHostAddress::LocalHost, m_upstream); // writes wait until connected
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
            if (std::exchange(m_reset, false)) {
                upstream->abort();
                client->abort();
                client->deleteLater();
                return;
            }
            upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, held] {
            const QByteArray answer = upstream->readAll();
            if (m_drop) {
                const auto then = std::exchange(m_drop, {});
                m_dropped = true;
                then();
                client->abort();
                return;
            }
            if (const int delay = std::exchange(m_delayMs, 0); delay > 0) {
                held->holding = true;
                QTimer::singleShot(delay, client, [client, held] {
                    held->holding = false;
                    client->write(std::exchange(held->bytes, {}));
                    if (held->upstreamClosed)
                        client->disconnectFromHost();
                });
            }
            if (held->holding)
                held->bytes += answer;
            else
                client->write(answer);
        });
        const auto closeClient = [client, held] {
            held->upstreamClosed = true;
            if (!held->holding)
                client->disconnectFromHost();
        };
        connect(upstream, &QTcpSocket::disconnected, client, closeClient);
        connect(upstream, &QTcpSocket::errorOccurred, client, closeClient);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}
