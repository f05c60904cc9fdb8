#include "postgresurl.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace ssc::platform {
namespace {

// A value as libpq's conninfo quotes it: in single quotes, backslash and quote escaped.
QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

struct HostPort {
    QString host;
    QString port;
};

// "host", "host:port", "[::1]:port": QUrl takes one host only, so a list is split here.
HostPort hostPort(const QString& spec)
{
    if (spec.startsWith(u'[')) {
        const qsizetype end = spec.indexOf(u']');
        return {spec.mid(1, end - 1), spec.mid(end + 1).startsWith(u':') ? spec.mid(end + 2) : QString()};
    }
    const qsizetype colon = spec.lastIndexOf(u':');
    return colon < 0 ? HostPort{spec, {}} : HostPort{spec.left(colon), spec.mid(colon + 1)};
}

} // namespace

bool configurePostgres(QSqlDatabase& db, const QString& url, QString* error)
{
    static const QRegularExpression shape(
        QStringLiteral("^postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^/?]*)/([^?/]+)(?:\\?(.*))?$"));
    const QRegularExpressionMatch m = shape.match(url);
    if (!m.hasMatch()) {
        *error = QStringLiteral("a PostgreSQL URL needs a database name: postgresql://user@host:port/dbname");
        return false;
    }
    db.setUserName(QUrl::fromPercentEncoding(m.captured(1).toUtf8()));
    db.setPassword(QUrl::fromPercentEncoding(m.captured(2).toUtf8()));
    db.setDatabaseName(QUrl::fromPercentEncoding(m.captured(4).toUtf8()));
    QStringList hosts;
    QStringList ports;
    for (const QString& spec : m.captured(3).split(u',', Qt::SkipEmptyParts)) {
        const HostPort hp = hostPort(spec);
        hosts << hp.host;
        ports << hp.port;
    }
    const QUrlQuery query(m.captured(5));
    QStringList options;
    bool timeoutGiven = false;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host") {
            hosts = {value}; // a socket folder (libpq style), as the tests' clusters are reached
        } else if (key == u"port") {
            ports = {value};
        } else if (QRegularExpression(QStringLiteral("^[a-z_]+$")).match(key).hasMatch()) {
            options << key + u'=' + quoted(value);
            timeoutGiven = timeoutGiven || key == u"connect_timeout";
        } else {
            *error = QStringLiteral("a PostgreSQL URL option is not a libpq keyword: %1").arg(key);
            return false;
        }
    }
    // QPSQL quotes the host list as one value (libpq splits it at the commas); its port is one number, so a
    // list of ports goes in the options, where libpq reads it the same way.
    db.setHostName(hosts.join(u','));
    if (ports.join(QString()).isEmpty())
        ports.clear();
    if (!ports.isEmpty())
        options << QStringLiteral("port=") + quoted(ports.join(u','));
    // Per host: a host that does not answer costs this long before the next one is tried.
    if (!timeoutGiven)
        options << QStringLiteral("connect_timeout=5");
    db.setConnectOptions(options.join(u' '));
    return true;
}

} // namespace ssc::platform
