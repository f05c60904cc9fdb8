#include "fleetincidents.h"

namespace ssc {

QList<QJsonObject> FleetIncidents::news(const QJsonArray& terminals)
{
    QList<QJsonObject> fresh;
    for (const QJsonValue& value : terminals) {
        const QJsonObject t = value.toObject();
        for (const QJsonValue& v : t.value(QStringLiteral("incidents")).toArray()) {
            const QJsonObject incident = v.toObject();
            const QString kind = incident.value(QStringLiteral("kind")).toString();
            const QString key = t.value(QStringLiteral("id")).toString() + u'/' + kind + u'/' +
                                QString::number(incident.value(QStringLiteral("openedAt")).toInteger());
            if (m_known.contains(key))
                continue;
            m_known.insert(key);
            QString subject;
            for (const QJsonValue& p : t.value(QStringLiteral("problems")).toArray())
                if (p.toObject().value(QStringLiteral("code")).toString() == kind)
                    subject = p.toObject().value(QStringLiteral("subject")).toString();
            fresh.append({{QStringLiteral("name"), t.value(QStringLiteral("name"))}, // both languages
                          {QStringLiteral("code"), kind},
                          {QStringLiteral("subject"), subject}});
        }
    }
    return fresh;
}

} // namespace ssc
