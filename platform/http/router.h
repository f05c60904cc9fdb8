#pragma once

#include "apiresult.h"
#include "limits/servicelimits.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <variant>
#include <vector>

namespace ssc::platform {

// The terminal that sent a request, once authenticated (auth/terminalauth.h).
struct TerminalIdentity {
    QString id;
    QString mode;   // kiosk | counter | field
    QString name;   // in Chinese
    QString nameEn; // in English; empty where it has none
    // The live citizen session of this terminal the request's X-SSC-Citizen-Session names, read with the
    // terminal in the same statement (authenticateTerminal: one round trip for both on every citizen
    // request). sessionLookedUp: the request sent the header and it was looked up (then no session: none).
    struct CitizenSession {
        qint64 personId = 0;
        qint64 cardId = 0;
        QString method;
        qint64 expiresAt = 0;
    };
    bool sessionLookedUp = false;
    std::optional<CitizenSession> session;
};

// One request as handlers see it. It owns copies of what it needs from the HTTP request, because a handler
// that hands heavy work to the worker pool finishes after Qt has moved on to the connection's next request.
struct RequestContext {
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QStringList pathArguments; // the {placeholders} of the route, in order
    QJsonObject body;          // the parsed JSON object (empty for GET/DELETE)
    QByteArray rawBody;        // the bytes as they came, for signatures over them (payments/paymentnotifyapi)
    TerminalIdentity terminal; // set when the route requires a terminal
    QString route;             // the route matched, as "POST /api/v1/me/applications" (its pattern)

    QByteArray headerValue(const char* name) const; // case-insensitive name; empty when absent
    QString header(const char* name) const { return QString::fromUtf8(headerValue(name)); }
    QString bodyString(const char* key) const { return body.value(QLatin1String(key)).toString(); }
};

// Heavy work a handler hands to the worker pool (http/workerpool.h): `work` runs on a worker thread and must
// touch neither the database nor the context's terminal session (database connections belong to the serving
// thread); it returns the rest of the handler, which runs back on the serving thread (database work, the
// answer). The request's context lives until that rest has run, so both may hold references to it.
struct Deferred {
    // What the work waits on. Processor work (analyses, decoding) runs on the bounded pool of cores − 1
    // threads; a call to another service (the acquirer) mostly waits for its answer, so it runs on a pool of
    // its own and never queues behind a recording being analysed (http/platformserver.h).
    enum class Waits { Processor, Network };
    std::function<std::function<ApiResult()>()> work;
    Waits waits = Waits::Processor;
};

// What a handler returns: the answer now, or work for the pool first.
using Reply = std::variant<ApiResult, Deferred>;
using Handler = std::function<Reply(RequestContext&)>;
// The reply with `next` applied to its answer: now, or on the serving thread after the deferred work.
Reply andThen(Reply reply, std::function<ApiResult(ApiResult)> next);

// Method + path pattern ("/api/v1/login-codes/{id}") to handler. Matching is exact, segment by segment. Each
// route declares how large a body it takes; the connection guard asks before reading one.
class Router {
public:
    enum class Access { Public, Terminal };

    void add(QHttpServerRequest::Method method, const QString& pattern, Access access, Handler handler,
             qint64 maxBodyBytes = ServiceLimits::standardBodyBytes);

    struct Match {
        const Handler* handler = nullptr;
        Access access = Access::Public;
        qint64 maxBodyBytes = ServiceLimits::standardBodyBytes;
        QStringList arguments;
        QString route;          // "POST /api/v1/login-codes/{id}": the method and the pattern matched
        bool pathKnown = false; // the path exists for another method: 405 rather than 404
    };
    Match match(QHttpServerRequest::Method method, const QString& path) const;
    // The same for a request line's method ("POST"); an unknown method matches nothing.
    Match match(const QByteArray& method, const QString& path) const;

private:
    struct Route {
        QHttpServerRequest::Method method;
        QStringList segments;
        QString name;
        Access access;
        Handler handler;
        qint64 maxBodyBytes;
    };
    std::vector<Route> m_routes;
};

} // namespace ssc::platform
