#include "audit.h"

#include "storage/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QList>

#include <utility>

namespace ssc::platform {

AuditInsert auditInsert(const QString& terminalId, qint64 staffId, const QString& action,
                        const QJsonObject& detail, qint64 personId)
{
    return {QStringLiteral("INSERT INTO audit_log (at, terminal_id, staff_id, action, detail, person_id) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            {QDateTime::currentMSecsSinceEpoch(), terminalId, staffId > 0 ? QVariant(staffId) : QVariant(),
             action, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
             personId > 0 ? QVariant(personId) : QVariant()}};
}

bool writeAudit(Database& db, const QString& terminalId, qint64 staffId, const QString& action,
                const QJsonObject& detail, qint64 personId)
{
    const AuditInsert insert = auditInsert(terminalId, staffId, action, detail, personId);
    return db.run(insert.sql, insert.bindings).has_value();
}

int fillPersonsOfOlderRows(Database& db, QString* error)
{
    auto q =
        db.run(QStringLiteral("SELECT id, detail FROM audit_log WHERE person_id IS NULL AND detail LIKE ?"),
               {QStringLiteral("%\"person\":%")});
    if (!q) {
        *error = db.lastError();
        return -1;
    }
    QList<std::pair<qint64, qint64>> found; // row, person
    while (q->next()) {
        const qint64 person = QJsonDocument::fromJson(q->value(1).toString().toUtf8())
                                  .object()
                                  .value(QStringLiteral("person"))
                                  .toInteger();
        if (person > 0)
            found.append({q->value(0).toLongLong(), person});
    }
    q->finish();
    for (const auto& [row, person] : found)
        if (!db.run(QStringLiteral("UPDATE audit_log SET person_id = ? WHERE id = ?"), {person, row})) {
            *error = db.lastError();
            return -1;
        }
    return int(found.size());
}

} // namespace ssc::platform
