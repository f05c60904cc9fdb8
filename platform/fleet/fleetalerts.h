#pragma once

#include <QString>

#include <optional>

namespace ssc::platform {

class Database;

// The hall manager's text message when an incident opens (docs/notifications.md, "Hall managers' alerts";
// issue 20): always Chinese, as the review texts; it names the hall, the terminal's name and what is wrong,
// never a person (a heartbeat holds none). nullopt for a kind that sends no text.
std::optional<QString> fleetAlertText(const QString& kind, const QString& terminalName, const QString& hall);

// Queues the text for every manager of the terminal's hall who has a mobile number (staff.phone, staff.hall:
// `ssc-platform manager-alerts`), inside the transaction that opened incident `incidentId`, and stamps the
// incident alerted. Once per incident: a heartbeat that finds it still open opens nothing and so sends
// nothing, and the outbox holds one text per incident and manager whatever calls this again. False only when
// the database failed (the caller's transaction then rolls the incident back too).
bool alertHallManagers(Database& db, const QString& terminalId, const QString& kind, qint64 incidentId,
                       qint64 now);

} // namespace ssc::platform
