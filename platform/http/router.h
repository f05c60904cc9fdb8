#pragma once

#include "apiresult.h"

#include <QHttpServerRequest>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace ssc::platform {

// The terminal that sent a request, once authenticated (auth/terminalauth.h).
struct TerminalIdentity {
    QString id;
    QString mode; // kiosk | counter | field
    QString name;
};

struct RequestContext {
    const QHttpServerRequest& request;
    QStringList pathArguments; // the {placeholders} of the route, in order
    QJsonObject body;          // the parsed JSON object (empty for GET/DELETE)
    TerminalIdentity terminal; // set when the route requires a terminal

    QString header(const char* name) const { return QString::fromUtf8(request.value(name)); }
    QString bodyString(const char* key) const { return body.value(QLatin1String(key)).toString(); }
};

using Handler = std::function<ApiResult(RequestContext&)>;

// Method + path pattern ("/api/v1/login-codes/{id}") to handler. Matching is exact, segment by segment.
class Router {
public:
    enum class Access { Public, Terminal };

    void add(QHttpServerRequest::Method method, const QString& pattern, Access access, Handler handler);

    struct Match {
        const Handler* handler = nullptr;
        Access access = Access::Public;
        QStringList arguments;
        bool pathKnown = false; // the path exists for another method: 405 rather than 404
    };
    Match match(QHttpServerRequest::Method method, const QString& path) const;

private:
    struct Route {
        QHttpServerRequest::Method method;
        QStringList segments;
        Access access;
        Handler handler;
    };
    std::vector<Route> m_routes;
};

} // namespace ssc::platform
