#include "migrations.h"

namespace ssc::platform {
namespace {

// Everything in migration 42 is PostgreSQL's: SQLite has no partitions, and its single-instance store never
// grows to where they pay (docs/scaling.md, "Partitions").
QString pg(const QString& sql)
{
    return QStringLiteral("{{postgresql}}") + sql;
}

// The months a table's partitions are made for: (unit) per second of its partition key.
struct Partitioned {
    const char* table;
    const char* column;            // the partition key: an epoch time
    int unitPerSecond;             // 1000: milliseconds, 1: seconds
    const char* key;               // a key unique across all months (partition_keys), or nullptr
    const char* tableKey;          // the primary key, which must name the partition key
    QStringList constraintsToDrop; // the old table's index-backed constraints (their names are taken back)
    QStringList indexesToDrop;
    QStringList foreignKeys; // ", FOREIGN KEY …" clauses of the old table
    QStringList indexes;     // made again on the partitioned table once the rows are in
};

// Converts a table in place, in the migration's one transaction: the old table renamed aside and its named
// indexes dropped, a partitioned table LIKE it (the same columns in the same order, defaults, NOT NULL), its
// DEFAULT partition and a partition per month from its oldest row (this month when it has none; at most 10
// years back: older rows wait in DEFAULT) to two months ahead, the rows moved, the sequence handed over, the
// old table dropped.
QStringList convert(const Partitioned& t)
{
    const QString table = QString::fromLatin1(t.table);
    const QString old = table + QStringLiteral("_v41");
    QStringList sql{pg(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(table, old))};
    for (const QString& constraint : t.constraintsToDrop)
        sql << pg(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(old, constraint));
    for (const QString& index : t.indexesToDrop)
        sql << pg(QStringLiteral("DROP INDEX %1").arg(index));
    sql << pg(QStringLiteral("CREATE TABLE %1 (LIKE %2 INCLUDING DEFAULTS, PRIMARY KEY (%3)%4) PARTITION BY "
                             "RANGE (%5)")
                  .arg(table, old, QString::fromLatin1(t.tableKey), t.foreignKeys.join(QString()),
                       QString::fromLatin1(t.column)));
    sql << pg(QStringLiteral("CREATE TABLE %1_default PARTITION OF %1 DEFAULT").arg(table));
    sql << pg(
        QStringLiteral("INSERT INTO partitioned_tables (table_name, key_column, unit_per_second) VALUES "
                       "('%1', '%2', %3)")
            .arg(table, QString::fromLatin1(t.column))
            .arg(t.unitPerSecond));
    if (t.key) {
        // Before the rows move in, so every existing key is claimed too.
        const QString key = QString::fromLatin1(t.key);
        sql << pg(
            QStringLiteral("CREATE FUNCTION ssc_%1_key() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN "
                           "IF TG_OP = 'INSERT' THEN INSERT INTO partition_keys (scope, key) VALUES "
                           "('%1', NEW.%2::text); RETURN NEW; END IF; "
                           "IF current_setting('ssc.moving_rows', true) IS DISTINCT FROM 'on' THEN "
                           "DELETE FROM partition_keys WHERE scope = '%1' AND key = OLD.%2::text; END IF; "
                           "RETURN OLD; END $f$")
                .arg(table, key));
        sql << pg(QStringLiteral("CREATE TRIGGER %1_key BEFORE INSERT OR DELETE ON %1 FOR EACH ROW EXECUTE "
                                 "FUNCTION ssc_%1_key()")
                      .arg(table));
    }
    sql << pg(
        QStringLiteral("SELECT ssc_month_partition('%1', m::date) FROM generate_series((SELECT "
                       "date_trunc('month', GREATEST(COALESCE(to_timestamp(MIN(%2) / %3) AT TIME ZONE 'UTC', "
                       "now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC') - interval '10 years')) FROM "
                       "%4), "
                       "date_trunc('month', now() AT TIME ZONE 'UTC') + interval '2 months', "
                       "interval '1 month') AS m")
            .arg(table, QString::fromLatin1(t.column))
            .arg(t.unitPerSecond == 1000 ? QStringLiteral("1000.0") : QStringLiteral("1.0"))
            .arg(old));
    sql << pg(QStringLiteral("INSERT INTO %1 SELECT * FROM %2").arg(table, old));
    if (table == u"audit_log" || table == u"certification_attempts")
        sql << pg(QStringLiteral("ALTER SEQUENCE %1_id_seq OWNED BY %1.id").arg(table));
    sql << pg(QStringLiteral("DROP TABLE %1").arg(old));
    for (const QString& index : t.indexes)
        sql << pg(index);
    return sql;
}

} // namespace

Migration partitionsMigration()
{
    QStringList sql{
        // Which tables are partitioned by month, on which column, in which unit: what `ssc-platform
        // partitions` and the daily timer read (storage/partitions.h).
        pg(QStringLiteral("CREATE TABLE partitioned_tables (table_name TEXT PRIMARY KEY, key_column TEXT NOT "
                          "NULL, unit_per_second BIGINT NOT NULL)")),
        // The keys that must stay unique across months, which a partitioned table's own unique index cannot
        // hold (it must include the partition key): claimed by a trigger as a row is inserted, given back as
        // it is deleted; a detached month's keys stay claimed.
        pg(QStringLiteral("CREATE TABLE partition_keys (scope TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY "
                          "(scope, key))")),
        // The month's partition, made if missing: rows of that month the DEFAULT partition caught first are
        // moved into it (ATTACH refuses otherwise; their keys stay claimed: ssc.moving_rows), then it is
        // attached, which locks the parent less than CREATE … PARTITION OF. Months are UTC calendar months.
        // Several instances run their daily ensure at once: an advisory lock lets one make the month while
        // the
        // others wait, then find it made.
        // The partition's name when it was made, NULL when it was there already.
        pg(QStringLiteral(
            "CREATE FUNCTION ssc_month_partition(parent text, month date) RETURNS text LANGUAGE plpgsql AS "
            "$f$ "
            "DECLARE spec partitioned_tables%ROWTYPE; "
            "part text := format('%s_y%sm%s', parent, to_char(month, 'YYYY'), to_char(month, 'MM')); "
            "lo bigint; hi bigint; "
            "BEGIN PERFORM pg_advisory_xact_lock(hashtext('ssc_month_partition')); "
            "SELECT * INTO STRICT spec FROM partitioned_tables WHERE table_name = parent; "
            "IF to_regclass(part) IS NOT NULL THEN RETURN NULL; END IF; "
            "lo := extract(epoch FROM date_trunc('month', month::timestamp))::bigint * spec.unit_per_second; "
            "hi := extract(epoch FROM date_trunc('month', month::timestamp) + interval '1 month')::bigint * "
            "spec.unit_per_second; "
            "BEGIN EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS)', part, parent); "
            "EXCEPTION WHEN duplicate_table OR unique_violation THEN RETURN NULL; END; "
            "PERFORM set_config('ssc.moving_rows', 'on', true); "
            "EXECUTE format('WITH moved AS (DELETE FROM %I WHERE %I >= $1 AND %I < $2 RETURNING *) INSERT "
            "INTO "
            "%I SELECT * FROM moved', parent || '_default', spec.key_column, spec.key_column, part) USING "
            "lo, "
            "hi; "
            "PERFORM set_config('ssc.moving_rows', '', true); "
            "EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)', parent, part, "
            "lo, hi); "
            "RETURN part; END $f$")),
    };
    // The append-only audit log, the largest: by its time in ms; its ids come from one sequence, so they stay
    // unique without a claim; nothing references it.
    sql << convert({"audit_log",
                    "at",
                    1000,
                    nullptr,
                    "id, at",
                    {QStringLiteral("audit_log_pkey")},
                    {QStringLiteral("audit_log_at"), QStringLiteral("audit_log_person")},
                    {},
                    {QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
                     QStringLiteral("CREATE INDEX audit_log_person ON audit_log(person_id, at)")}});
    // E-card codes, one a code shown: by issued_at in seconds, which the signed code carries, so the
    // resolve names its partition (ecard/ecardservice.cpp); a code id stays single-use across months.
    sql << convert({"ecard_codes",
                    "issued_at",
                    1,
                    "code_id",
                    "code_id, issued_at",
                    {QStringLiteral("ecard_codes_pkey")},
                    {},
                    {QStringLiteral(", FOREIGN KEY (card_id) REFERENCES cards(id)")},
                    {}});
    // Certification attempts, with their faces and recordings: by created_at in ms; a receipt stays unique
    // across months.
    sql << convert({"certification_attempts",
                    "created_at",
                    1000,
                    "receipt",
                    "id, created_at",
                    {QStringLiteral("certification_attempts_pkey"),
                     QStringLiteral("certification_attempts_receipt_key")},
                    {QStringLiteral("certification_attempts_outcome")},
                    {QStringLiteral(", FOREIGN KEY (person_id) REFERENCES people(id)")},
                    {QStringLiteral("CREATE INDEX certification_attempts_outcome ON "
                                    "certification_attempts(outcome)"),
                     QStringLiteral("CREATE INDEX certification_attempts_receipt ON "
                                    "certification_attempts(receipt)")}});
    return {42,
            "PostgreSQL: the audit log, e-card codes and certification attempts partitioned by month (UTC) "
            "with a "
            "DEFAULT partition, old months detachable (ssc-platform partitions; docs/scaling.md, "
            "\"Partitions\"); receipts and code ids kept unique across months in partition_keys. SQLite: "
            "nothing",
            sql};
}

} // namespace ssc::platform
