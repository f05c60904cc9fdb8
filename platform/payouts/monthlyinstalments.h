#pragma once

#include <QDate>
#include <QString>

namespace ssc::platform {

class Database;

// The later monthly instalments of 失业保险金 and 失业补助金 (issue 19; docs/forms-rules.md, "Paying the
// benefits"; docs/operations.md, "Paying benefits"). The exit statuses are the bank run's (payoutbatches.h):
// 0 done, 1 the database failed, 2 the input was refused, 3 nothing to do.

// Once a month (`ssc-platform payouts monthly [YYYY-MM]`): for every approved claim whose plan (payout_plans,
// written with instalment 1) has instalments left and whose next instalment's month (the approval's month +
// the instalments made) has come by `month`, the next instalment is made due (and any month a missed run left
// behind) — if the person is still unemployed by the platform's data: a stop event the office recorded since
// the claim was filed, unemployment insurance paid again, retirement recorded, or no unemployment
// registration standing stops the plan for good, with its reason (payoutstops.h), and makes nothing. The
// amount and the account are the plan's (the claim's account, or the other card the citizen gave after a
// return, POST /me/payouts/{receipt}/account); while any instalment of the claim stands returned, nothing
// more is sent to the account the bank refused: the plan waits for that card. One transaction; each
// instalment inserted once (UNIQUE (receipt, instalment), ON CONFLICT DO NOTHING) and a plan stopped once
// (only while not stopped), so runs twice in a month or at once write each instalment once. Status 3 when
// none was made.
int makeMonthlyInstalments(Database& db, QDate month, qint64 now, QString* report, QString* error);

// What the office learns that stops a person's monthly benefits (`ssc-platform payouts stop-event SSN EVENT
// YYYY-MM-DD`; the events of payouts::recordedStopEvents(), on a day not in the future). Recorded once: the
// same event and day again changes nothing. The next monthly run stops the person's plans.
int recordStopEvent(Database& db, const QString& ssn, const QString& event, QDate occurred, QDate today,
                    qint64 now, QString* report, QString* error);

} // namespace ssc::platform
