#pragma once

#include <QDate>
#include <QStringList>

#include <optional>

namespace ssc::platform {

class Database;

// PostgreSQL's monthly partitions (migration 42; docs/scaling.md, "Partitions"): the audit log, e-card codes
// and certification attempts, one partition a UTC calendar month (TABLE_yYYYYmMM) and a DEFAULT partition
// that catches rows of a month not made yet. SQLite has none: every call answers nullopt with *error saying
// so.

// Makes the partitions of every partitioned table from `today`'s month through two months later, or through
// `through` when that is later, moving rows the DEFAULT partition caught for those months. The partitions
// made (none: all were there). Run daily by the service with the retention purge, and by `partitions ensure`.
std::optional<QStringList> ensurePartitions(Database& db, QDate today, QDate through, QString* error);

// `ssc-platform partitions …` (docs/operations.md, "Partitions"):
//   partitions list                  each table's partitions, attached and detached, with their rows
//   partitions ensure [YYYY-MM]      this month and the next two (or through that month) made, if missing
//   partitions detach YYYY-MM        the months before that month detached (ALTER TABLE … DETACH PARTITION):
//                                    out of every query, kept as tables of their own to archive and drop
// Returns the exit status: 0 done, 1 failed or SQLite (`error`), 2 a usage error. Its report in `report`.
int runPartitionsCommand(const QStringList& args, Database& db, QDate today, QString* report, QString* error);

} // namespace ssc::platform
