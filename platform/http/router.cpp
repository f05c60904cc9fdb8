#include "router.h"

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

} // namespace

void Router::add(QHttpServerRequest::Method method, const QString& pattern, Access access, Handler handler)
{
    m_routes.push_back({method, pattern.split(u'/', Qt::SkipEmptyParts), access, std::move(handler)});
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
        result.arguments = *arguments;
        return result;
    }
    return result;
}

} // namespace ssc::platform
