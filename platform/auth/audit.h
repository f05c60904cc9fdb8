#pragma once

#include <QJsonObject>
#include <QString>

namespace ssc::platform {

class Database;

// Every staff action lands here (docs/api.md, "Audit"). Details carry masked values only.
bool writeAudit(Database& db, const QString& terminalId, qint64 staffId, const QString& action,
                const QJsonObject& detail = {});

} // namespace ssc::platform
