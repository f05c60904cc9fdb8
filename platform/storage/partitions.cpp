#include "partitions.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ssc::platform {
namespace {

QString sqliteRefusal()
{
    return QStringLiteral("partitions exist on PostgreSQL only: this database is SQLite, whose tables stay "
                          "whole (docs/scaling.md, \"Partitions\")");
}

QDate firstOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

struct Partition {
    QString name;
    QDate month; // invalid: the DEFAULT partition
    bool attached = false;
};

std::optional<QStringList> partitionedTables(Database& db, QString* error)
{
    if (db.dialect() != Database::Dialect::PostgreSQL) {
        *error = sqliteRefusal();
        return std::nullopt;
    }
    auto q = db.run(QStringLiteral("SELECT table_name FROM partitioned_tables ORDER BY table_name"));
    if (!q) {
        *error = db.lastError();
        return std::nullopt;
    }
    QStringList tables;
    while (q->next())
        tables << q->value(0).toString();
    q->finish();
    return tables;
}

// The table's partitions by their names (TABLE_default, TABLE_yYYYYmMM), attached or detached: a detached
// month keeps its name until it is archived and dropped.
std::optional<QList<Partition>> partitionsOf(Database& db, const QString& table, QString* error)
{
    auto q = db.run(QStringLiteral("SELECT relname, relispartition FROM pg_class WHERE relkind = 'r' AND "
                                   "relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = "
                                   "current_schema()) AND (relname = ? || '_default' "
                                   "OR relname ~ ('^' || ? || '_y[0-9]{4}m[0-9]{2}$')) ORDER BY relname"),
                    {table, table});
    if (!q) {
        *error = db.lastError();
        return std::nullopt;
    }
    QList<Partition> partitions;
    while (q->next()) {
        Partition p{q->value(0).toString(), {}, q->value(1).toBool()};
        const QString month = p.name.mid(table.size() + 2); // "YYYYmMM" after "_y"
        if (!p.name.endsWith(u"_default"))
            p.month = QDate(month.left(4).toInt(), month.mid(5).toInt(), 1);
        partitions << p;
    }
    q->finish();
    return partitions;
}

std::optional<qint64> rowsIn(Database& db, const QString& relation, QString* error)
{
    auto q = db.run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(relation));
    if (!q || !q->next()) {
        *error = db.lastError();
        return std::nullopt;
    }
    const qint64 rows = q->value(0).toLongLong();
    q->finish();
    return rows;
}

int list(Database& db, QString* report, QString* error)
{
    const auto tables = partitionedTables(db, error);
    if (!tables)
        return 1;
    for (const QString& table : *tables) {
        const auto partitions = partitionsOf(db, table, error);
        if (!partitions)
            return 1;
        for (const Partition& p : *partitions) {
            const auto rows = rowsIn(db, p.name, error);
            if (!rows)
                return 1;
            *report += QStringLiteral("%1: %2 rows%3\n")
                           .arg(p.name)
                           .arg(*rows)
                           .arg(p.attached ? QString() : QStringLiteral(" (detached)"));
        }
    }
    return 0;
}

// Detaching the month rows arrive in would send them to DEFAULT: only months before the current one.
int detach(Database& db, QDate before, QDate today, QString* report, QString* error)
{
    if (before > firstOfMonth(today)) {
        *error = QStringLiteral("rows still arrive in this month's partition: detach months before %1 at "
                                "the latest")
                     .arg(today.toString(QStringLiteral("yyyy-MM")));
        return 2;
    }
    const auto tables = partitionedTables(db, error);
    if (!tables)
        return 1;
    int detached = 0;
    for (const QString& table : *tables) {
        const auto partitions = partitionsOf(db, table, error);
        if (!partitions)
            return 1;
        for (const Partition& p : *partitions) {
            if (!p.attached || !p.month.isValid() || p.month >= before)
                continue;
            // Not CONCURRENTLY: PostgreSQL refuses that beside a DEFAULT partition. The parent is locked for
            // the moment the catalog changes; no row is read or moved.
            // Executed, not prepared (Database::run): PostgreSQL prepares no ALTER TABLE.
            QSqlQuery alter(db.connection());
            if (!alter.exec(QStringLiteral("ALTER TABLE %1 DETACH PARTITION %2").arg(table, p.name))) {
                *error = alter.lastError().text();
                return 1;
            }
            *report += QStringLiteral("%1 detached\n").arg(p.name);
            ++detached;
        }
    }
    if (detached == 0)
        *report += QStringLiteral("no month before %1 was attached\n").arg(before.toString(u"yyyy-MM"));
    return 0;
}

} // namespace

std::optional<QStringList> ensurePartitions(Database& db, QDate today, QDate through, QString* error)
{
    const auto tables = partitionedTables(db, error);
    if (!tables)
        return std::nullopt;
    const QDate last =
        std::max(firstOfMonth(today).addMonths(2), through.isValid() ? firstOfMonth(through) : QDate());
    QStringList made;
    for (const QString& table : *tables)
        for (QDate month = firstOfMonth(today); month <= last; month = month.addMonths(1)) {
            // Each month in its own transaction: what the DEFAULT partition held of it moves with the ATTACH.
            auto q = db.run(QStringLiteral("SELECT ssc_month_partition(?, CAST(? AS date))"),
                            {table, month.toString(Qt::ISODate)});
            if (!q || !q->next()) {
                *error = db.lastError();
                return std::nullopt;
            }
            if (!q->value(0).isNull())
                made << q->value(0).toString();
            q->finish();
        }
    return made;
}

int runPartitionsCommand(const QStringList& args, Database& db, QDate today, QString* report, QString* error)
{
    const QString usage = QStringLiteral("usage: partitions list | partitions ensure [YYYY-MM] | partitions "
                                         "detach YYYY-MM (docs/operations.md)");
    const QDate month = QDate::fromString(args.value(1) + QStringLiteral("-01"), Qt::ISODate);
    if (args.value(0) == u"list" && args.size() == 1)
        return list(db, report, error);
    if (args.value(0) == u"ensure" && (args.size() == 1 || (args.size() == 2 && month.isValid()))) {
        const auto made = ensurePartitions(db, today, month, error);
        if (!made)
            return 1;
        *report = made->isEmpty() ? QStringLiteral("every partition was there\n")
                                  : made->join(QStringLiteral(" made\n")) + QStringLiteral(" made\n");
        return 0;
    }
    if (args.value(0) == u"detach" && args.size() == 2 && month.isValid()) {
        if (db.dialect() != Database::Dialect::PostgreSQL) {
            *error = sqliteRefusal();
            return 1;
        }
        return detach(db, month, today, report, error);
    }
    *error = usage;
    return 2;
}

} // namespace ssc::platform
