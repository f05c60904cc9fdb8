#include "accesslogruns.h"

namespace ssc {
namespace {

bool isOwnLogin(const QJsonObject& entry)
{
    return entry.value(QStringLiteral("action")).toString() == u"citizen_login" &&
           entry.value(QStringLiteral("by")).toString() == u"self";
}

// The same way in at the same terminal: what the run's one card says holds for every entry of it.
bool sameLogin(const QJsonObject& a, const QJsonObject& b)
{
    return isOwnLogin(a) && isOwnLogin(b) &&
           a.value(QStringLiteral("method")) == b.value(QStringLiteral("method")) &&
           a.value(QStringLiteral("terminal")) == b.value(QStringLiteral("terminal"));
}

} // namespace

QList<AccessLogRun> accessLogRuns(const QJsonArray& entriesNewestFirst)
{
    QList<AccessLogRun> runs;
    for (const QJsonValue& value : entriesNewestFirst) {
        const QJsonObject entry = value.toObject();
        const qint64 at = entry.value(QStringLiteral("at")).toInteger();
        if (!runs.isEmpty() && sameLogin(runs.last().newest, entry)) {
            ++runs.last().count;
            runs.last().earliestAt = at;
            continue;
        }
        runs.append({entry, 1, at});
    }
    return runs;
}

} // namespace ssc
