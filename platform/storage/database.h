#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <climits>
#include <memory>
#include <optional>

namespace ssc::platform {

// The platform's one store: SQLite (one file, WAL) by default, PostgreSQL when given a postgresql:// URL.
// Every piece of state lives here, none in the service's memory, so instances can share one database.
class Database {
public:
    enum class Dialect { SQLite, PostgreSQL };

    // "sqlite:/path/to/platform.db" (or a plain path), "postgresql://user:password@host:port/dbname", or
    // "postgresql://user@/dbname?host=/socket/dir&port=5432". Opens and migrates; nullptr with *error set.
    // migrateUpTo: the schema version to stop at (an upgrade's starting point in tests); by default the
    // newest.
    static std::unique_ptr<Database> open(const QString& url, QString* error, int migrateUpTo = INT_MAX);
    ~Database();

    Dialect dialect() const { return m_dialect; }
    QString dialectName() const
    {
        return m_dialect == Dialect::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    }
    QSqlDatabase& connection() { return m_db; }
    int schemaVersion();

    // Runs a statement with positional bindings through a cache of prepared statements. nullopt (and the
    // driver's message in lastError()) when it fails: callers answer 503, never crash. On PostgreSQL a
    // statement that lost the connection (the primary stopped, a failover) has the next statement outside a
    // transaction reconnect first (docs/scaling.md, "Failover").
    std::optional<QSqlQuery> run(const QString& sql, const QVariantList& bindings = {});
    QString lastError() const { return m_lastError; }

    // Ends the result sets of all cached statements (an open SELECT cursor blocks COMMIT on SQLite). Called
    // after every request and before every commit.
    void releaseQueries();

    // After rows were deleted or overwritten. SQLite has zeroed their content already (secure_delete) and now
    // writes back and empties its log. PostgreSQL keeps old row versions until a vacuum: `rewrite` rewrites
    // the tables (VACUUM FULL, which locks them: for the plain bytes sealed at start-up, before serving),
    // otherwise a plain VACUUM frees the space for reuse without locking (the daily purge, whose old versions
    // were sealed anyway). False with lastError() set.
    bool reclaimFreedSpace(const QStringList& tables, bool rewrite);

    // Immediate: on SQLite the write lock is taken at the start (BEGIN IMMEDIATE, waiting as any write does),
    // so a transaction that reads before it writes never finds its snapshot stale at its first write (another
    // instance on the same file wrote meanwhile: refused at once, without the busy wait). PostgreSQL: BEGIN.
    bool transaction(bool immediate = false);
    // False when the COMMIT failed: nothing of the transaction is known to be stored, and the caller answers
    // "try again" (503). A COMMIT that lost the connection marks it lost like any statement (run()).
    bool commit();
    void rollback()
    {
        m_inTransaction = false;
        m_db.rollback();
    }

private:
    Database(QSqlDatabase db, Dialect dialect);
    bool migrate(QString* error, int upTo);
    bool reconnect();                         // after a lost connection; false while it cannot (yet)
    void noteFailure(const QSqlError& error); // keeps its message; a lost connection is opened again later

    QSqlDatabase m_db;
    Dialect m_dialect;
    QHash<QString, QSqlQuery> m_prepared;
    QString m_lastError;
    bool m_lost = false;
    bool m_inTransaction = false;
    QElapsedTimer m_lastReconnect;
};

// Commits on success(), rolls back otherwise when it goes out of scope.
class Transaction {
public:
    enum class Mode { Deferred, Immediate }; // Database::transaction
    explicit Transaction(Database& db, Mode mode = Mode::Deferred)
        : m_db(db), m_open(db.transaction(mode == Mode::Immediate))
    {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool ok() const { return m_open; }
    bool commit()
    {
        const bool done = m_open && m_db.commit();
        m_open = false;
        return done;
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    Database& m_db;
    bool m_open;
};

} // namespace ssc::platform
