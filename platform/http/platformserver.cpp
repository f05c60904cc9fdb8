#include "platformserver.h"

#include "api/messages.h"
#include "guardedtcpserver.h"
#include "logging/logging.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonParseError>

#include <exception>

namespace ssc::platform {

PlatformServer::PlatformServer(Authenticator authenticator, qint64 maxBodyBytes, QObject* parent)
    : QAbstractHttpServer(parent), m_authenticator(std::move(authenticator)), m_maxBodyBytes(maxBodyBytes)
{}

quint16 PlatformServer::listenOn(const QHostAddress& address, quint16 port,
                                 std::optional<QSslConfiguration> tls, QString* error)
{
    auto* server = new GuardedTcpServer(m_maxBodyBytes, std::move(tls), this);
    server->setLargerBodies(m_largerBodies);
    if (!server->listen(address, port)) {
        *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

ApiResult PlatformServer::dispatch(const QHttpServerRequest& request)
{
    const Router::Match match = m_router.match(request.method(), request.url().path());
    if (!match.handler)
        return match.pathKnown
                   ? ApiResult::error(405, QStringLiteral("method_not_allowed"), messages::methodNotAllowed())
                   : ApiResult::error(404, QStringLiteral("not_found"), messages::notFound());
    RequestContext context{request, match.arguments, {}, {}};
    const QByteArray body = request.body();
    if (!body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return ApiResult::error(400, QStringLiteral("bad_json"), messages::badJson());
        context.body = document.object();
    }
    if (match.access == Router::Access::Terminal) {
        auto identity = m_authenticator(request);
        if (auto* refusal = std::get_if<ApiResult>(&identity))
            return *refusal;
        context.terminal = std::get<TerminalIdentity>(identity);
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

bool PlatformServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const ApiResult result = dispatch(request);
    if (m_afterRequest)
        m_afterRequest();
    QHttpServerResponder responder = makeResponder(request, socket);
    const auto status = static_cast<QHttpServerResponder::StatusCode>(result.status);
    if (result.status == 204) {
        responder.write(status);
        return true;
    }
    const bool page = !result.html.isEmpty();
    const QByteArray body = page ? result.html : QJsonDocument(result.body).toJson(QJsonDocument::Compact);
    responder.writeStatusLine(status);
    responder.writeHeader("Content-Type",
                          page ? "text/html; charset=utf-8" : "application/json; charset=utf-8");
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto& [name, value] : result.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
    return true;
}

void PlatformServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    handleRequest(request, socket); // never reached: handleRequest answers everything
}

} // namespace ssc::platform
