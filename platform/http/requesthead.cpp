#include "requesthead.h"

namespace ssc::platform {

std::optional<RequestHead> RequestHead::parse(const QByteArray& block)
{
    const QList<QByteArray> lines = block.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine[0].isEmpty() || !requestLine[1].startsWith('/') ||
        !requestLine[2].startsWith("HTTP/1."))
        return std::nullopt;
    RequestHead head;
    head.method = requestLine[0];
    const qsizetype query = requestLine[1].indexOf('?');
    head.path = query < 0 ? requestLine[1] : requestLine[1].left(query);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        head.fields.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return head;
}

QByteArray RequestHead::value(const QByteArray& lowerName) const
{
    for (const auto& [name, value] : fields)
        if (name == lowerName)
            return value;
    return {};
}

int RequestHead::count(const QByteArray& lowerName) const
{
    int n = 0;
    for (const auto& field : fields)
        n += field.first == lowerName ? 1 : 0;
    return n;
}

std::optional<qint64> RequestHead::contentLength() const
{
    const int declared = count("content-length");
    if (declared == 0)
        return 0;
    const QByteArray text = value("content-length");
    if (declared > 1 || text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const char c : text)
        if (c < '0' || c > '9')
            return std::nullopt;
    return text.toLongLong();
}

} // namespace ssc::platform
