#pragma once

#include <QDate>
#include <QString>

namespace ssc::platform {

class Database;

// The office's payout run with the bank (批量代发; docs/operations.md, "Paying benefits"). Each returns the
// command's exit status: 0 done, 1 the database failed, 2 the input was refused (nothing changed), 3 nothing
// to do; `report` says what was done, `error` why not.

// Every payout due goes into one new batch, marked in the same transaction, and the bank file is written to
// `out` (never over an existing file). Two exports at once never share a payout: each takes only rows still
// due, and the database lets one transaction take a row. Nothing due: no batch, no file (status 3).
int exportPayouts(Database& db, const QString& out, QDate valueDate, qint64 now, QString* report,
                  QString* error);

// The bank's return file for a batch: every line paid or returned with its reason, all at once or nothing.
// Refused, with the lines at fault: a file that does not parse, an unknown batch or reference, a reference of
// another batch, a changed amount, a batch whose return was imported already, lines missing.
int importPayoutReturn(Database& db, const QString& file, qint64 now, QString* report, QString* error);

} // namespace ssc::platform
