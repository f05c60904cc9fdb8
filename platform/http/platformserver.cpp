#include "platformserver.h"

#include "api/messages.h"
#include "guardedtcpserver.h"
#include "logging/logging.h"

#include <QDateTime>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QTcpSocket>

#include <exception>
#include <memory>

namespace ssc::platform {
namespace {

void answer(QHttpServerResponder& responder, const ApiResult& result)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(result.status);
    if (result.status == 204) {
        responder.write(status);
        return;
    }
    const bool page = !result.html.isEmpty(); // a page for a browser (the record verification)
    const QByteArray body = page ? result.html : QJsonDocument(result.body).toJson(QJsonDocument::Compact);
    responder.writeStatusLine(status);
    responder.writeHeader("Content-Type",
                          page ? "text/html; charset=utf-8" : "application/json; charset=utf-8");
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto& [name, value] : result.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}

} // namespace

PlatformServer::PlatformServer(Authenticator authenticator, const ServiceLimits& limits, QObject* parent)
    : QAbstractHttpServer(parent), m_authenticator(std::move(authenticator)), m_limits(limits),
      m_terminalRates(limits.terminalRate, limits.terminalBurst),
      m_workers(limits.workerThreads, limits.workerQueue, limits.workerNice),
      m_networkWorkers(limits.networkThreads, limits.networkQueue, 0)
{}

quint16 PlatformServer::listenOn(const QHostAddress& address, quint16 port,
                                 std::optional<QSslConfiguration> tls, QString* error)
{
    // The guard checks credentials from the headers before a large body is read: the same check as here.
    auto credentials = [this](const QByteArray& authorization, const QByteArray& mode) {
        const bool known = std::holds_alternative<TerminalIdentity>(m_authenticator(authorization, mode, {}));
        if (m_afterRequest)
            m_afterRequest();
        return known;
    };
    auto* server = new GuardedTcpServer(m_router, m_limits, std::move(credentials), std::move(tls), this);
    // When a province's halls open, or a balancer moves every terminal to this instance, connections come by
    // the hundred while the serving thread is busy with TLS handshakes; past Qt's backlog of 50 the kernel
    // drops their SYNs, which are sent again only a second later (nginx keeps 511). The kernel caps the
    // backlog at net.core.somaxconn.
    server->setListenBacklogSize(listenBacklog);
    if (!server->listen(address, port)) {
        *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void PlatformServer::stopListening()
{
    for (QTcpServer* server : servers())
        server->close();
}

Reply PlatformServer::dispatch(QHttpServerRequest::Method method, const QByteArray& body,
                               RequestContext& context)
{
    const Router::Match match = m_router.match(method, context.url.path());
    if (!match.handler)
        return match.pathKnown
                   ? ApiResult::error(405, QStringLiteral("method_not_allowed"), messages::methodNotAllowed())
                   : ApiResult::error(404, QStringLiteral("not_found"), messages::notFound());
    context.pathArguments = match.arguments;
    context.route = match.route;
    context.rawBody = body;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return ApiResult::error(400, QStringLiteral("bad_json"), messages::badJson());
        context.body = document.object();
    }
    if (match.access == Router::Access::Terminal) {
        auto identity =
            m_authenticator(context.headerValue("Authorization"), context.headerValue("X-SSC-Terminal-Mode"),
                            context.headerValue("X-SSC-Citizen-Session"));
        if (auto* refusal = std::get_if<ApiResult>(&identity))
            return *refusal;
        context.terminal = std::get<TerminalIdentity>(identity);
        const auto verdict = m_terminalRates.admit(QStringLiteral("terminal:") + context.terminal.id,
                                                   QDateTime::currentMSecsSinceEpoch());
        if (!verdict.admitted)
            return ApiResult::error(429, QStringLiteral("too_many_requests"), messages::tooManyRequests(),
                                    messages::tryAgainLater())
                .withRetryAfter(verdict.retryAfterSeconds);
    }
    try {
        return (*match.handler)(context);
    } catch (const std::exception& e) {
        qCCritical(lcCore) << "handler failed:" << e.what();
    } catch (...) {
        qCCritical(lcCore) << "handler failed with an unknown exception";
    }
    return ApiResult::error(503, QStringLiteral("service_unavailable"), messages::storageUnavailable());
}

ApiResult PlatformServer::finish(const std::function<ApiResult()>& rest)
{
    try {
        return rest();
    } catch (const std::exception& e) {
        qCCritical(lcCore) << "handler failed:" << e.what();
    } catch (...) {
        qCCritical(lcCore) << "handler failed with an unknown exception";
    }
    return ApiResult::error(503, QStringLiteral("service_unavailable"), messages::storageUnavailable());
}

bool PlatformServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    auto context = std::make_shared<RequestContext>();
    context->url = request.url();
    context->headers = request.headers();
    Reply reply = dispatch(request.method(), request.body(), *context);
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (auto* deferred = std::get_if<Deferred>(&reply)) {
        QPointer<QTcpSocket> alive(socket);
        WorkerPool& pool = deferred->waits == Deferred::Waits::Network ? m_networkWorkers : m_workers;
        const bool started = pool.run(std::move(*deferred), [this, context, responder, alive](auto rest) {
            const ApiResult result = finish(rest);
            if (m_afterRequest)
                m_afterRequest();
            if (alive && alive->state() == QAbstractSocket::ConnectedState)
                answer(*responder, result);
        });
        if (started)
            return true;
        reply = ApiResult::error(503, QStringLiteral("workers_busy"), messages::workersBusy(),
                                 messages::tryAgainLater())
                    .withRetryAfter(5);
    }
    if (m_afterRequest)
        m_afterRequest();
    answer(*responder, std::get<ApiResult>(reply));
    return true;
}

void PlatformServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    handleRequest(request, socket); // never reached: handleRequest answers everything
}

} // namespace ssc::platform
