#pragma once

#include <QDate>
#include <QStringList>

namespace ssc::platform {

class Database;

// `ssc-platform payouts …` (docs/operations.md, "Paying benefits"):
//   payouts export --out FILE [--date YYYY-MM-DD]   the bank file of every payout due (value date: today)
//   payouts import-return FILE                      the bank's answer: each payout paid or returned
//   payouts monthly [YYYY-MM]                       the month's instalments of the monthly benefits
//   payouts stop-event SSN EVENT YYYY-MM-DD         what stops a person's monthly benefits
//                                                   (both: monthlyinstalments.h)
// `out` and `date` are the --out and --date options' values. Returns the exit status (payoutbatches.h).
int runPayoutsCommand(const QStringList& args, Database& db, const QString& out, const QString& date,
                      QDate today, QString* report, QString* error);

} // namespace ssc::platform
