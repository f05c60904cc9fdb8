#pragma once

#include <QString>

namespace ssc::platform {

class Database;

// The text messages waiting to be sent (table sms_notifications, docs/notifications.md, "The outbox").
// Called inside the transaction that records a decision: the status change and its text commit together or
// not at all. One text per receipt and status: a decision repeated (or replayed by a retrying client) queues
// nothing more. A status without a text (decisiontext.h) queues nothing. False only when the database failed
// (the caller's transaction then rolls the decision back too).
bool queueDecisionText(Database& db, const QString& receipt, qint64 personId, const QString& kind,
                       const QString& status, qint64 now);

// A text to a member of staff (staff.phone), e.g. a hall manager's alert (fleet/fleetalerts.h), in the
// caller's transaction. `reference` names what it is about ("fleet-incident:17"): one text per reference and
// member of staff, however often it is queued. False only when the database failed.
bool queueStaffText(Database& db, const QString& reference, qint64 staffId, const QString& body, qint64 now);

} // namespace ssc::platform
