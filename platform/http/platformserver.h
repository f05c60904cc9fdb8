#pragma once

#include "router.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>

#include <optional>

#include <functional>
#include <variant>

namespace ssc::platform {

// HTTP front of the platform on Qt HttpServer: routes, JSON bodies, one error shape, terminal authentication.
// A bad request never gets a crash, a hang or a 500: handler exceptions and storage failures answer 503.
class PlatformServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Authenticator = std::function<std::variant<TerminalIdentity, ApiResult>(const QHttpServerRequest&)>;

    static constexpr qint64 defaultMaxBodyBytes = 64 * 1024;

    PlatformServer(Authenticator authenticator, qint64 maxBodyBytes = defaultMaxBodyBytes,
                   QObject* parent = nullptr);

    Router& router() { return m_router; }
    // A route that takes bigger bodies than the rest (evidence uploads); set before listenOn(). A path
    // starting with '*' stands for every path ending with the rest.
    void allowLargerBody(const QByteArray& path, qint64 maxBodyBytes)
    {
        m_largerBodies.insert(path, maxBodyBytes);
    }
    // Runs after every request (the app releases database cursors there).
    void setAfterRequest(std::function<void()> hook) { m_afterRequest = std::move(hook); }
    // Binds a guarded listening socket; 0 and *error on failure.
    quint16 listenOn(const QHostAddress& address, quint16 port, std::optional<QSslConfiguration> tls,
                     QString* error);

    // Dispatches one request without a socket: the HTTP path and tests of the routing use the same code.
    ApiResult dispatch(const QHttpServerRequest& request);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Router m_router;
    Authenticator m_authenticator;
    std::function<void()> m_afterRequest;
    qint64 m_maxBodyBytes;
    QHash<QByteArray, qint64> m_largerBodies;
};

} // namespace ssc::platform
