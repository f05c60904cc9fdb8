#include "router.h"

#include <QHash>

namespace ssc::platform {
namespace {

std::optional<QStringList> matchSegments(const QStringList& pattern, const QStringList& path)
{
    if (pattern.size() != path.size())
        return std::nullopt;
    QStringList arguments;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i].startsWith(u'{')) {
            if (path[i].isEmpty())
                return std::nullopt;
            arguments << path[i];
        } else if (pattern[i] != path[i]) {
            return std::nullopt;
        }
    }
    return arguments;
}

QString methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Patch:
        return QStringLiteral("PATCH");
    default:
        break;
    }
    return QStringLiteral("OTHER");
}

} // namespace

QByteArray RequestContext::headerValue(const char* name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

Reply andThen(Reply reply, std::function<ApiResult(ApiResult)> next)
{
    if (auto* now = std::get_if<ApiResult>(&reply))
        return next(std::move(*now));
    return Deferred{[work = std::get<Deferred>(std::move(reply)).work, next]() -> std::function<ApiResult()> {
        return [rest = work(), next] { return next(rest()); };
    }};
}

void Router::add(QHttpServerRequest::Method method, const QString& pattern, Access access, Handler handler,
                 qint64 maxBodyBytes)
{
    m_routes.push_back({method, pattern.split(u'/', Qt::SkipEmptyParts), methodName(method) + u' ' + pattern,
                        access, std::move(handler), maxBodyBytes});
}

Router::Match Router::match(const QByteArray& method, const QString& path) const
{
    using Method = QHttpServerRequest::Method;
    static const QHash<QByteArray, Method> methods{
        {"GET", Method::Get},     {"PUT", Method::Put},         {"DELETE", Method::Delete},
        {"POST", Method::Post},   {"HEAD", Method::Head},       {"OPTIONS", Method::Options},
        {"PATCH", Method::Patch}, {"CONNECT", Method::Connect}, {"TRACE", Method::Trace},
    };
    return match(methods.value(method, Method::Unknown), path);
}

Router::Match Router::match(QHttpServerRequest::Method method, const QString& path) const
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    Match result;
    for (const Route& route : m_routes) {
        const auto arguments = matchSegments(route.segments, segments);
        if (!arguments)
            continue;
        if (route.method != method) {
            result.pathKnown = true;
            continue;
        }
        result.handler = &route.handler;
        result.access = route.access;
        result.maxBodyBytes = route.maxBodyBytes;
        result.arguments = *arguments;
        result.route = route.name;
        return result;
    }
    return result;
}

} // namespace ssc::platform
