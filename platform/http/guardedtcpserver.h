#pragma once

#include "limits/servicelimits.h"
#include "requestguard.h"

#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace ssc::platform {

class Router;

// The listening socket of the platform, plain or TLS. For every connection it sets TCP_NODELAY (small JSON
// answers must not wait for Nagle), keeps the connection caps (in all and per peer address: 503 with
// Retry-After past them) and puts a RequestGuard (http/requestguard.h) in front of Qt HttpServer.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(const Router& router, const ServiceLimits& limits,
                     RequestGuard::CredentialCheck credentials, std::optional<QSslConfiguration> tls,
                     QObject* parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    // Over a cap: a plain client gets its answer, a TLS one (no handshake yet to answer through) is closed.
    void turnAway(QTcpSocket* socket);
    void count(QTcpSocket* socket);

    const Router& m_router;
    ServiceLimits m_limits;
    RequestGuard::CredentialCheck m_credentials;
    std::optional<QSslConfiguration> m_tls;
    int m_open = 0;
    QHash<QString, int> m_openPerPeer;
};

} // namespace ssc::platform
