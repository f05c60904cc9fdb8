#pragma once

#include <QDate>
#include <QStringList>

namespace ssc::platform {

class Database;

// `ssc-platform contribution-grades …` (docs/operations.md, "Contribution amounts"; docs/payments.md):
//   contribution-grades list                         each item's tables: from when, and the amounts in fen
//   contribution-grades set ITEM YYYY-MM-DD FEN,FEN,…   the item's amounts from that day on (today or later):
//                                                    whole fen, rising; orders made before keep theirs
// Returns the exit status: 0 done, 1 failed (`error`), 2 a usage or validation error (`error` says which).
// Prints its report to `report`. `today` is the day a change may not be set before.
int runContributionGradesCommand(const QStringList& args, Database& db, QDate today, QString* report,
                                 QString* error);

} // namespace ssc::platform
