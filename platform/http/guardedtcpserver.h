#pragma once

#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace ssc::platform {

// The listening socket of the platform, plain or TLS. For every connection it sets TCP_NODELAY (small JSON
// answers must not wait for Nagle) and guards the request size before Qt HttpServer buffers anything: a
// declared body over the limit gets 413, chunked bodies 411, headers over 16 KiB 431; then the connection is
// closed.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxBodyBytes, std::optional<QSslConfiguration> tls, QObject* parent = nullptr);

    static constexpr qint64 maxHeaderBytes = 16 * 1024;
    // Paths (without query) whose requests may carry more than the standard limit.
    void setLargerBodies(QHash<QByteArray, qint64> limits) { m_largerBodies = std::move(limits); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_maxBodyBytes;
    QHash<QByteArray, qint64> m_largerBodies;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace ssc::platform
