#include "audit.h"

#include "storage/database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace ssc::platform {

bool writeAudit(Database& db, const QString& terminalId, qint64 staffId, const QString& action,
                const QJsonObject& detail, qint64 personId)
{
    return db
        .run(QStringLiteral("INSERT INTO audit_log (at, terminal_id, staff_id, action, detail, person_id) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             {QDateTime::currentMSecsSinceEpoch(), terminalId, staffId > 0 ? QVariant(staffId) : QVariant(),
              action, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
              personId > 0 ? QVariant(personId) : QVariant()})
        .has_value();
}

} // namespace ssc::platform
