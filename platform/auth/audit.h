#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariantList>

namespace ssc::platform {

class Database;

// Every staff action lands here (docs/api.md, "Staff"). Details carry masked values only. `personId`: whose
// data the action touched (0: nobody's), kept in its own indexed column so the person's access log
// (GET /me/access-log) finds their rows without reading every detail.
bool writeAudit(Database& db, const QString& terminalId, qint64 staffId, const QString& action,
                const QJsonObject& detail = {}, qint64 personId = 0);

// The INSERT writeAudit runs and its values, for a caller that writes the row inside a statement of its own
// (on PostgreSQL a login writes its session and this row in one statement: CitizenSessions::open).
struct AuditInsert {
    QString sql;
    QVariantList bindings;
};
AuditInsert auditInsert(const QString& terminalId, qint64 staffId, const QString& action,
                        const QJsonObject& detail = {}, qint64 personId = 0);

// Rows written before migration 24 name whose data they touched only in their detail ("person": id): copies
// it into the person column, so those staff reads show in the person's access log too. Run at every start;
// only rows still without a person and with one in their detail are read. The number of rows filled, or -1
// (with `error`) when the database failed.
int fillPersonsOfOlderRows(Database& db, QString* error);

} // namespace ssc::platform
