#pragma once

#include "limits/ratelimiter.h"
#include "limits/servicelimits.h"
#include "router.h"
#include "workerpool.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>

#include <functional>
#include <optional>
#include <variant>

namespace ssc::platform {

// HTTP front of the platform on Qt HttpServer: routes, JSON bodies, one error shape, terminal authentication,
// the per-terminal rate, heavy work handed to the worker pool. A bad request never gets a crash, a hang or a
// 500: handler exceptions and storage failures answer 503.
class PlatformServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    // The terminal named by the Authorization and X-SSC-Terminal-Mode header values, or the refusal; with the
    // X-SSC-Citizen-Session value (empty: none sent, or the connection guard asking) the session it names.
    using Authenticator = std::function<std::variant<TerminalIdentity, ApiResult>(
        const QByteArray&, const QByteArray&, const QByteArray&)>;

    PlatformServer(Authenticator authenticator, const ServiceLimits& limits, QObject* parent = nullptr);

    Router& router() { return m_router; }
    // Runs after every request (the app releases database cursors there).
    void setAfterRequest(std::function<void()> hook) { m_afterRequest = std::move(hook); }
    // Binds a guarded listening socket (http/guardedtcpserver.h); 0 and *error on failure.
    quint16 listenOn(const QHostAddress& address, quint16 port, std::optional<QSslConfiguration> tls,
                     QString* error);

    // Shutdown's first step: the listening sockets close, so no new connection arrives; connections already
    // open are still served until the process leaves.
    void stopListening();
    // Heavy work started and not yet answered (shutdown waits for it).
    int workInFlight() const { return m_workers.inFlight() + m_networkWorkers.inFlight(); }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Reply dispatch(QHttpServerRequest::Method method, const QByteArray& body, RequestContext& context);
    ApiResult finish(const std::function<ApiResult()>& rest);

    static constexpr int listenBacklog = 1024;
    Router m_router;
    Authenticator m_authenticator;
    ServiceLimits m_limits;
    RateLimiter m_terminalRates;
    WorkerPool m_workers;        // Deferred::Waits::Processor
    WorkerPool m_networkWorkers; // Deferred::Waits::Network
    std::function<void()> m_afterRequest;
};

} // namespace ssc::platform
