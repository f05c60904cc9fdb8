#pragma once

#include <QJsonObject>
#include <QString>

namespace ssc::platform {

class Database;

// Every staff action lands here (docs/api.md, "Staff"). Details carry masked values only. `personId`: whose
// data the action touched (0: nobody's), kept in its own indexed column so the person's access log
// (GET /me/access-log) finds their rows without reading every detail.
bool writeAudit(Database& db, const QString& terminalId, qint64 staffId, const QString& action,
                const QJsonObject& detail = {}, qint64 personId = 0);

} // namespace ssc::platform
