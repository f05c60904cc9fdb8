// The platform's store (platform/storage/database.*) on SQLite and PostgreSQL: its cache of prepared
// statements never hands a caller a statement another caller is still reading; on PostgreSQL a lost
// connection (a statement or a COMMIT that lost it) is opened again, and a primary-and-standby URL becomes
// libpq's host and port lists.
#include "notifications/outbox.h"
#include "platformfixture.h"
#include "storage/database.h"
#include "storage/postgresurl.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ssc::platform;

class TestDatabase : public QObject {
    Q_OBJECT

    PlatformFixture m_platform;
    std::unique_ptr<Database> m_db;

    // The server process serving m_db's connection; -1 when it cannot be read.
    qint64 backendPid()
    {
        auto pid = m_db->run(QStringLiteral("SELECT pg_backend_pid()"));
        const qint64 value = pid && pid->next() ? pid->value(0).toLongLong() : -1;
        if (pid)
            pid->finish();
        return value;
    }

    // Ends that server process from another connection, as a primary that stops does, and waits for it.
    bool terminateBackend(qint64 pid)
    {
        QSqlQuery terminate(m_platform.database());
        return terminate.exec(QStringLiteral("SELECT pg_terminate_backend(%1, 5000)").arg(pid));
    }

private slots:
    void initTestCase()
    {
        // The platform creates and migrates the database; the test then opens it as the platform does.
        QVERIFY2(m_platform.start(false), qPrintable(m_platform.error()));
        m_platform.stop();
        QString error;
        m_db = Database::open(m_platform.databaseUrl(), &error);
        QVERIFY2(m_db, qPrintable(error));
        // DDL directly: PostgreSQL prepares only queries and data changes.
        QSqlQuery create(m_db->connection());
        QVERIFY2(create.exec(QStringLiteral("CREATE TABLE nested_reads (n INTEGER)")),
                 qPrintable(create.lastError().text()));
        for (int n = 1; n <= 3; ++n)
            QVERIFY2(m_db->run(QStringLiteral("INSERT INTO nested_reads (n) VALUES (?)"), {n}),
                     qPrintable(m_db->lastError()));
    }

    void aNestedUseOfTheSameStatementLeavesTheOuterCursorAlone()
    {
        const QString sql = QStringLiteral("SELECT n FROM nested_reads WHERE n >= ? ORDER BY n");
        auto outer = m_db->run(sql, {1});
        QVERIFY(outer && outer->next());
        QCOMPARE(outer->value(0).toInt(), 1);
        auto inner = m_db->run(sql, {3}); // inside the outer loop, as a helper called per row would
        QVERIFY(inner && inner->next());
        QCOMPARE(inner->value(0).toInt(), 3);
        QVERIFY(!inner->next());
        inner->finish();
        QVERIFY(outer->next());
        QCOMPARE(outer->value(0).toInt(), 2); // still the outer's rows, where it left them
        QVERIFY(outer->next());
        QCOMPARE(outer->value(0).toInt(), 3);
        QVERIFY(!outer->next());
        outer->finish();
    }

    void aFinishedStatementIsReused()
    {
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM nested_reads WHERE n <= ?");
        for (int limit = 1; limit <= 3; ++limit) {
            auto count = m_db->run(sql, {limit});
            QVERIFY(count && count->next());
            QCOMPARE(count->value(0).toInt(), limit);
            count->finish();
        }
    }

    // The server ended the platform's connection (as a primary that stops does): the statement that finds
    // out fails (its request is answered "try again"), the next one opens the connection again.
    void aLostConnectionIsOpenedAgain()
    {
        if (m_db->dialect() == Database::Dialect::SQLite)
            QSKIP("SQLite is a file, with no connection to lose");
        const qint64 before = backendPid();
        QVERIFY(before > 0);
        QVERIFY(terminateBackend(before));
        const QString count = QStringLiteral("SELECT COUNT(*) FROM nested_reads WHERE n <= ?");
        QVERIFY(!m_db->run(count, {3}));
        auto again = m_db->run(count, {3});
        QVERIFY2(again && again->next(), qPrintable(m_db->lastError()));
        QCOMPARE(again->value(0).toInt(), 3);
        again->finish();
        const qint64 after = backendPid();
        QVERIFY(after > 0 && after != before);
    }

    // The server ends the connection between a transaction's statements and its COMMIT (a primary stopping
    // at that moment): the commit fails (the request is answered "try again", never told it was filed),
    // nothing of it is stored, and the next statement opens the connection again by itself.
    void aCommitThatLosesTheConnectionFailsAndReconnects()
    {
        if (m_db->dialect() == Database::Dialect::SQLite)
            QSKIP("SQLite is a file, with no connection to lose");
        QVERIFY(m_db->transaction());
        QVERIFY2(m_db->run(QStringLiteral("INSERT INTO nested_reads (n) VALUES (?)"), {99}),
                 qPrintable(m_db->lastError()));
        const qint64 before = backendPid();
        QVERIFY(before > 0);
        QVERIFY(terminateBackend(before));
        QVERIFY(!m_db->commit());
        QVERIFY(!m_db->lastError().isEmpty());
        // The very next statement reconnects (no failed request more on the dead connection).
        const QString count = QStringLiteral("SELECT COUNT(*) FROM nested_reads WHERE n = ?");
        auto rows = m_db->run(count, {99});
        QVERIFY2(rows && rows->next(), qPrintable(m_db->lastError()));
        QCOMPARE(rows->value(0).toInt(), 0);
        rows->finish();
        const qint64 after = backendPid();
        QVERIFY(after > 0 && after != before);
    }

    void aPrimaryAndStandbyUrlBecomesLibpqLists()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("url-check"));
        QString error;
        QVERIFY(configurePostgres(db,
                                  QStringLiteral("postgresql://ssc:p%40ss@10.1.0.11:5432,[::1]:5433/ssc"
                                                 "?target_session_attrs=read-write"),
                                  &error));
        QCOMPARE(db.hostName(), QStringLiteral("10.1.0.11,::1"));
        QCOMPARE(db.userName(), QStringLiteral("ssc"));
        QCOMPARE(db.password(), QStringLiteral("p@ss"));
        QCOMPARE(db.databaseName(), QStringLiteral("ssc"));
        QCOMPARE(db.port(), -1); // QPSQL's port is one number: the list is an option
        QCOMPARE(db.connectOptions(),
                 QStringLiteral("target_session_attrs='read-write' port='5432,5433' connect_timeout=5"));
        // The single-server forms as before: a socket folder and its port.
        QVERIFY(configurePostgres(
            db, QStringLiteral("postgresql://postgres@/postgres?host=/tmp/s&port=55001"), &error));
        QCOMPARE(db.hostName(), QStringLiteral("/tmp/s"));
        QCOMPARE(db.connectOptions(), QStringLiteral("port='55001' connect_timeout=5"));
        // What libpq would not understand is refused, not passed on.
        QVERIFY(!configurePostgres(db, QStringLiteral("postgresql://u@h/db?bad key=1"), &error));
        QVERIFY(!configurePostgres(db, QStringLiteral("postgresql://u@h:5432"), &error));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("url-check"));
    }

    // A database made by an earlier release is upgraded in place. SQLite on purpose, whatever the run's kind:
    // an open statement (the PRAGMAs answer with a row) made SQLite refuse migration 17's DROP TABLE, which a
    // fresh database never showed.
    void aVersion16DatabaseIsUpgradedKeepingItsKeysPublicHalves()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("old.db"));
        QString error;
        {
            auto old = Database::open(file, &error, 16);
            QVERIFY2(old, qPrintable(error));
            QCOMPARE(old->schemaVersion(), 16);
            QVERIFY(old->run(
                QStringLiteral("INSERT INTO signing_keys (key_id, private_key, public_key, created_at) "
                               "VALUES (1, ?, ?, 1000)"),
                {QByteArray(32, 'p'), QByteArray(32, 'k')}));
        }
        auto upgraded = Database::open(file, &error);
        QVERIFY2(upgraded, qPrintable(error));
        QVERIFY(upgraded->schemaVersion() > 16);
        auto key =
            upgraded->run(QStringLiteral("SELECT public_key, retired_at FROM ecard_keys WHERE key_id = 1"));
        QVERIFY(key && key->next());
        QCOMPARE(key->value(0).toByteArray(), QByteArray(32, 'k'));
        QVERIFY(!key->value(1).isNull()); // retired: it never signs again
        key->finish();
    }

    // Migration 34 rebuilds the text outbox on SQLite (person_id may be NULL for a text to staff): the texts
    // queued before keep their ids and tokens (a delivery report on its way names them), and new texts go on
    // from the highest id. PostgreSQL alters the column instead, which every fresh database runs.
    void version33TextsSurviveTheOutboxRebuild()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("v33.db"));
        QString error;
        {
            auto old = Database::open(file, &error, 33);
            QVERIFY2(old, qPrintable(error));
            QVERIFY(
                old->run(QStringLiteral("INSERT INTO people (id, ssn, id_kind, name, sex, phone) VALUES "
                                        "(5, '11010519491231002X', 'resident', 'x', 'F', '13800000005')")));
            QVERIFY(old->run(QStringLiteral(
                "INSERT INTO sms_notifications (id, receipt, status, person_id, body, state, attempts, "
                "next_attempt_at, created_at, sent_at, token) VALUES (41, 'R1', 'approved', 5, 'b', 'sent', "
                "1, "
                "10, 10, 11, 'tok41')")));
        }
        auto upgraded = Database::open(file, &error);
        QVERIFY2(upgraded, qPrintable(error));
        QVERIFY(upgraded->schemaVersion() >= 34);
        auto kept = upgraded->run(QStringLiteral("SELECT receipt, person_id, staff_id, state, token, sent_at "
                                                 "FROM sms_notifications WHERE id = 41"));
        QVERIFY(kept && kept->next());
        QCOMPARE(kept->value(0).toString(), QStringLiteral("R1"));
        QCOMPARE(kept->value(1).toLongLong(), 5);
        QVERIFY(kept->value(2).isNull());
        QCOMPARE(kept->value(3).toString(), QStringLiteral("sent"));
        QCOMPARE(kept->value(4).toString(), QStringLiteral("tok41"));
        QCOMPARE(kept->value(5).toLongLong(), 11);
        kept->finish();
        QVERIFY(upgraded->run(QStringLiteral("INSERT INTO staff (username, display_name, role, "
                                             "password_hash) VALUES ('m', 'm', 'manager', 'h')")));
        QVERIFY(queueStaffText(*upgraded, QStringLiteral("fleet-incident:1"), 1, QStringLiteral("body"), 20));
        auto next = upgraded->run(
            QStringLiteral("SELECT id, person_id FROM sms_notifications WHERE receipt = 'fleet-incident:1'"));
        QVERIFY(next && next->next());
        QCOMPARE(next->value(0).toLongLong(), 42);
        QVERIFY(next->value(1).isNull());
        next->finish();
    }

    // Migration 36 makes a second open incident of a kind for a terminal impossible; the duplicates two
    // instances' sweeps left before are closed first (the oldest stays open), or the index could not be made.
    void version35DuplicateIncidentsAreClosedBeforeTheIndex()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("v35.db"));
        QString error;
        {
            auto old = Database::open(file, &error, 35);
            QVERIFY2(old, qPrintable(error));
            for (const char* row : {"(1, 'k1', 'silent', 100, NULL)", "(2, 'k1', 'silent', 100, NULL)",
                                    "(3, 'k1', 'scanner_gone', 90, NULL)", "(4, 'k1', 'silent', 50, 60)"})
                QVERIFY(
                    old->run(QStringLiteral("INSERT INTO fleet_incidents (id, terminal_id, kind, opened_at, "
                                            "closed_at) VALUES ") +
                             QLatin1String(row)));
        }
        auto upgraded = Database::open(file, &error);
        QVERIFY2(upgraded, qPrintable(error));
        QVERIFY(upgraded->schemaVersion() >= 36);
        auto rows =
            upgraded->run(QStringLiteral("SELECT id, closed_at, flaps FROM fleet_incidents ORDER BY id"));
        QVERIFY(rows);
        QList<QVariant> closed;
        while (rows->next()) {
            closed.append(rows->value(1));
            QCOMPARE(rows->value(2).toInt(), 0);
        }
        rows->finish();
        QCOMPARE(closed.size(), 4);
        QVERIFY(closed[0].isNull());           // the oldest duplicate stays open
        QCOMPARE(closed[1].toLongLong(), 100); // the other closed as opened
        QVERIFY(closed[2].isNull());           // another kind: its own incident
        QCOMPARE(closed[3].toLongLong(), 60);  // a closed one is left as it was
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("INSERT INTO fleet_incidents")));
        QVERIFY(
            !upgraded->run(QStringLiteral("INSERT INTO fleet_incidents (terminal_id, kind, opened_at) VALUES "
                                          "('k1', 'silent', 200)")));
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
