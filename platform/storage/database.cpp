#include "database.h"

#include "logging/logging.h"
#include "migrations.h"

#include "postgresurl.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>

#include <atomic>

namespace ssc::platform {
namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("ssc-platform-%1").arg(counter++);
}

QString expandPlaceholders(QString sql, Database::Dialect dialect)
{
    const bool sqlite = dialect == Database::Dialect::SQLite;
    // A statement for one dialect only (migrations.h): what one database does in a statement the other
    // cannot (SQLite rebuilds a table to drop NOT NULL, PostgreSQL alters the column).
    const QString only = sqlite ? QStringLiteral("{{postgresql}}") : QStringLiteral("{{sqlite}}");
    if (sql.startsWith(only))
        return {};
    sql.remove(QStringLiteral("{{sqlite}}"));
    sql.remove(QStringLiteral("{{postgresql}}"));
    sql.replace(QStringLiteral("{{id}}"), sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                 : QStringLiteral("BIGSERIAL PRIMARY KEY"));
    sql.replace(QStringLiteral("{{blob}}"), sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA"));
    return sql;
}

// Whether a failed statement lost the connection rather than broke a rule: libpq's own errors carry no
// SQLSTATE (the server closed the connection, no connection to the server), class 08 is a connection
// exception, 57P01-57P03 a server shutting down or starting, and 25006 a server that takes no writes (a
// standby: the connection should find the primary again). A wrong guess costs one reconnect.
bool connectionLost(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    return state.isEmpty() || state.startsWith(u"08") || state.startsWith(u"57P") || state == u"25006";
}

// The database file is made 0600 before SQLite opens it; SQLite gives its journal files (-wal, -shm) the
// database file's mode. A file an older version left readable by others is made private too.
void makePrivate(const QString& file)
{
    if (file == u":memory:" || file.isEmpty())
        return;
    QFile database(file);
    if (!database.exists())
        database.open(QIODevice::WriteOnly);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFile::exists(file + suffix))
            QFile::setPermissions(file + suffix, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace

std::unique_ptr<Database> Database::open(const QString& url, QString* error, int migrateUpTo)
{
    const bool postgres = url.startsWith(u"postgresql://") || url.startsWith(u"postgres://");
    const Dialect dialect = postgres ? Dialect::PostgreSQL : Dialect::SQLite;
    QSqlDatabase db = QSqlDatabase::addDatabase(
        postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), nextConnectionName());
    if (!db.isValid()) {
        *error = QStringLiteral("the Qt SQL driver for %1 is not installed")
                     .arg(postgres ? u"PostgreSQL" : u"SQLite");
        return nullptr;
    }
    if (postgres) {
        if (!configurePostgres(db, url, error))
            return nullptr;
    } else {
        const QString file = url.startsWith(u"sqlite:") ? url.mid(7) : url;
        makePrivate(file);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        *error = db.lastError().text();
        return nullptr;
    }
    std::unique_ptr<Database> database(new Database(db, dialect));
    if (dialect == Dialect::SQLite) {
        // secure_delete: what is deleted or overwritten (a purged recording, a blob replaced by its sealed
        // form) is zeroed in the file, not left in a free page for a copy of the disk to find.
        for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                   "PRAGMA foreign_keys=ON", "PRAGMA secure_delete=ON"})
            if (!database->run(QString::fromLatin1(pragma))) {
                *error = database->lastError();
                return nullptr;
            }
    }
    // A PRAGMA answers with a row and stays active until finished; an active statement makes SQLite refuse
    // DROP TABLE in a migration ("database table is locked").
    database->releaseQueries();
    if (!database->migrate(error, migrateUpTo))
        return nullptr;
    return database;
}

Database::Database(QSqlDatabase db, Dialect dialect) : m_db(std::move(db)), m_dialect(dialect) {}

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_prepared.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

bool Database::reconnect()
{
    // Not inside a transaction: its earlier statements died with the connection, and the rest must not
    // commit alone on a new one. The request fails ("try again"); the next one reconnects.
    if (m_inTransaction)
        return false;
    // Every request while the database is away would wait for a connection attempt: one a quarter second
    // at most, the others fail at once.
    if (m_lastReconnect.isValid() && m_lastReconnect.elapsed() < 250)
        return false;
    m_lastReconnect.start();
    m_prepared.clear(); // prepared on the old connection
    m_db.close();
    if (!m_db.open()) {
        m_lastError = m_db.lastError().text();
        return false;
    }
    m_lost = false;
    qCInfo(lcCore) << "storage: reconnected to" << m_db.hostName();
    return true;
}

std::optional<QSqlQuery> Database::run(const QString& sql, const QVariantList& bindings)
{
    if (m_lost && !reconnect())
        return std::nullopt; // lastError(): why the connection failed, or the statement that lost it
    // A cached statement still active belongs to a caller reading its rows (a nested use of the same
    // statement inside that loop): executing it again would move that caller's cursor. Such a use gets a
    // statement of its own, prepared for this one call; the first use of a statement is the one cached.
    const auto cached = m_prepared.constFind(sql);
    const bool reusable = cached != m_prepared.cend() && !cached->isActive();
    // A copy of a QSqlQuery shares its statement and result (Qt deprecates copying for that surprise; the
    // cache relies on it, and hands out a shared one only when nobody is reading it).
    std::optional<QSqlQuery> shared;
    if (reusable)
        shared.emplace(*cached);
    QSqlQuery query = reusable ? std::move(*shared) : QSqlQuery(m_db);
    if (!reusable) {
        if (!query.prepare(sql)) {
            m_lastError = query.lastError().text();
            return std::nullopt;
        }
        if (cached == m_prepared.cend())
            m_prepared.insert(sql, query);
    }
    for (qsizetype i = 0; i < bindings.size(); ++i)
        query.bindValue(static_cast<int>(i), bindings[i]);
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        noteFailure(error);
        // The statement's text and the driver's message, never the values bound to it (person data).
        qCWarning(lcCore) << "storage:" << sql.left(60) << "failed:" << m_lastError;
        return std::nullopt;
    }
    return query;
}

void Database::noteFailure(const QSqlError& error)
{
    m_lastError = error.text();
    if (m_dialect == Dialect::PostgreSQL && connectionLost(error)) {
        m_lost = true;
        m_lastReconnect.invalidate(); // the first attempt straight away, at the next statement
    }
}

bool Database::transaction(bool immediate)
{
    if (m_lost && !reconnect())
        return false;
    if (immediate && m_dialect == Dialect::SQLite) {
        // Qt's transaction() says BEGIN (deferred); COMMIT and ROLLBACK are the same either way.
        QSqlQuery begin(m_db);
        m_inTransaction = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_inTransaction)
            noteFailure(begin.lastError());
        return m_inTransaction;
    }
    m_inTransaction = m_db.transaction();
    return m_inTransaction;
}

bool Database::commit()
{
    releaseQueries();
    m_inTransaction = false;
    if (m_db.commit())
        return true;
    // The server went away between the transaction's statements and its COMMIT (a primary stopped, a
    // failover): whether the commit happened is not known here, so the request is answered "try again" and
    // its idempotency key files it once. Without marking the connection lost, the next request would fail on
    // the dead connection too.
    noteFailure(m_db.lastError());
    qCWarning(lcCore) << "storage: COMMIT failed:" << m_lastError;
    return false;
}

int Database::schemaVersion()
{
    auto query = run(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    const int version = query && query->next() ? query->value(0).toInt() : 0;
    if (query)
        query->finish();
    return version;
}

void Database::releaseQueries()
{
    for (QSqlQuery& query : m_prepared)
        if (query.isActive())
            query.finish();
}

bool Database::migrate(QString* error, int upTo)
{
    QSqlQuery create(m_db);
    if (!create.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                           "description TEXT NOT NULL, applied_at BIGINT NOT NULL)"))) {
        *error = create.lastError().text();
        return false;
    }
    const int current = schemaVersion();
    for (const Migration& migration : migrations()) {
        if (migration.version <= current)
            continue;
        if (migration.version > upTo)
            break;
        Transaction transaction(*this);
        for (const QString& statement : migration.statements) {
            const QString sql = expandPlaceholders(statement, m_dialect);
            if (sql.isEmpty())
                continue; // the other dialect's
            QSqlQuery query(m_db);
            if (!query.exec(sql)) {
                *error = QStringLiteral("migration %1 failed: %2")
                             .arg(migration.version)
                             .arg(query.lastError().text());
                return false;
            }
        }
        QSqlQuery record(m_db);
        record.prepare(QStringLiteral(
            "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(QString::fromUtf8(migration.description));
        record.addBindValue(QDateTime::currentMSecsSinceEpoch());
        const bool recorded = record.exec();
        record.finish();
        if (!recorded || !transaction.commit()) {
            *error = QStringLiteral("migration %1 could not be recorded: %2")
                         .arg(migration.version)
                         .arg(m_db.lastError().text());
            return false;
        }
    }
    return true;
}

bool Database::reclaimFreedSpace(const QStringList& tables, bool rewrite)
{
    releaseQueries();
    QSqlQuery q(m_db);
    if (m_dialect == Dialect::SQLite) {
        // The old pages' copies in the write-ahead log: written back and the log emptied.
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
            m_lastError = q.lastError().text();
            return false;
        }
        return true;
    }
    for (const QString& table : tables)
        if (!q.exec(QString::fromLatin1(rewrite ? "VACUUM FULL %1" : "VACUUM %1").arg(table))) {
            m_lastError = q.lastError().text();
            return false;
        }
    return true;
}

} // namespace ssc::platform
