// The platform's store (platform/storage/database.*) on SQLite and PostgreSQL: its cache of prepared
// statements never hands a caller a statement another caller is still reading.
#include "platformfixture.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ssc::platform;

class TestDatabase : public QObject {
    Q_OBJECT

    PlatformFixture m_platform;
    std::unique_ptr<Database> m_db;

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

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
