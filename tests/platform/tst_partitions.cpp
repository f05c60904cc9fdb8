// PostgreSQL's monthly partitions (migration 42; docs/scaling.md, "Partitions") through the real
// `ssc-platform`: a database of schema 41 holding rows of several months is migrated and keeps every row,
// each in its month's partition; receipts and e-card code ids stay unique across months, also once their
// month is detached; `partitions ensure` makes the months ahead once and moves what the DEFAULT partition
// caught; `partitions detach` takes old months out of every query while the service goes on; a look-up by
// receipt reads only the months of the receipt's day. On SQLite the commands refuse.
#include "api/receiptspan.h"
#include "platformfixture.h"
#include "storage/database.h"
#include "storage/postgresurl.h"

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace ssc::platform;

namespace {

// Noon UTC on the 10th of the month `offset` months from this one.
QDateTime inMonth(int offset)
{
    const QDate today = QDate::currentDate();
    return QDateTime(QDate(today.year(), today.month(), 10).addMonths(offset), QTime(12, 0), Qt::UTC);
}

QString partitionName(const QString& table, int offset)
{
    return table + inMonth(offset).toString(QStringLiteral("'_y'yyyy'm'MM"));
}

QString month(int offset)
{
    return inMonth(offset).toString(QStringLiteral("yyyy-MM"));
}

} // namespace

class TestPartitions : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QString url;

    static bool postgres() { return qEnvironmentVariable("SSC_TEST_DATABASE") == u"postgresql"; }

    QString command(const QStringList& args, int expectedStatus = 0)
    {
        const auto [status, output] = platform.command(QStringList{QStringLiteral("partitions")} + args);
        if (status != expectedStatus)
            return QStringLiteral("status %1: %2").arg(status).arg(output);
        return output;
    }

    QVariant value(const QString& sql, const QVariantList& bindings = {})
    {
        QSqlQuery q(platform.database());
        q.prepare(sql);
        for (const QVariant& binding : bindings)
            q.addBindValue(binding);
        if (!q.exec() || !q.next())
            return QStringLiteral("failed: ") + q.lastError().text();
        return q.value(0);
    }

    bool exec(const QString& sql, const QVariantList& bindings = {})
    {
        QSqlQuery q(platform.database());
        q.prepare(sql);
        for (const QVariant& binding : bindings)
            q.addBindValue(binding);
        return q.exec();
    }

    // The partition a row was stored in.
    QString partitionOf(const QString& table, const QString& where, const QVariant& binding)
    {
        return value(QStringLiteral("SELECT CAST(CAST(tableoid AS regclass) AS text) FROM %1 WHERE %2")
                         .arg(table, where),
                     {binding})
            .toString();
    }

    // A database of its own in the test cluster, at schema 41, with rows of several months.
    bool makeVersion41Database()
    {
        QFile file(qEnvironmentVariable("SSC_TEST_POSTGRES_URL_FILE"));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QString maintenance = QString::fromUtf8(file.readAll()).trimmed();
        const QString name = QStringLiteral("ssc_partitions_%1").arg(QCoreApplication::applicationPid());
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            QString error;
            if (!configurePostgres(admin, maintenance, &error) || !admin.open())
                return false;
            QSqlQuery create(admin);
            if (!create.exec(QStringLiteral("CREATE DATABASE ") + name))
                return false;
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        QUrl u(maintenance);
        u.setPath(u'/' + name);
        url = u.toString();
        QString error;
        auto db = Database::open(url, &error, 41);
        if (!db || db->schemaVersion() != 41)
            return false;
        auto person = db->run(QStringLiteral(
            "INSERT INTO people (ssn, id_kind, name, sex) VALUES ('11010119400101999X', 'resident', '测试', "
            "'F') RETURNING id"));
        if (!person || !person->next())
            return false;
        const qint64 personId = person->value(0).toLongLong();
        person->finish();
        auto card =
            db->run(QStringLiteral("INSERT INTO cards (person_id, region_code, region_name, card_number, "
                                   "card_identifier, status, generation) VALUES (?, '110000', '北京', "
                                   "'X0000001', 'partition-test-card', 'normal', 3) RETURNING id"),
                    {personId});
        if (!card || !card->next())
            return false;
        const qint64 cardId = card->value(0).toLongLong();
        card->finish();
        // The audit log: 3 rows four months ago, 2 two months ago, 1 this month, 1 from 12 years ago (older
        // than the 10 years the migration makes months for: it waits in DEFAULT).
        const QList<std::pair<int, int>> audit{{-4, 3}, {-2, 2}, {0, 1}, {-144, 1}};
        for (const auto& [offset, rows] : audit)
            for (int i = 0; i < rows; ++i)
                if (!db->run(
                        QStringLiteral("INSERT INTO audit_log (at, action, detail) VALUES (?, 'test', '{}')"),
                        {inMonth(offset).toMSecsSinceEpoch() + i}))
                    return false;
        for (const auto& [code, offset] :
             QList<std::pair<QString, int>>{{QStringLiteral("aa01"), -4}, {QStringLiteral("cc01"), 0}}) {
            const qint64 issued = inMonth(offset).toSecsSinceEpoch();
            if (!db->run(
                    QStringLiteral("INSERT INTO ecard_codes (code_id, card_id, issued_at, expires_at) VALUES "
                                   "(?, ?, ?, ?)"),
                    {code, cardId, issued, issued + 60}))
                return false;
        }
        for (const auto& [receipt, offset] :
             QList<std::pair<QString, int>>{{QStringLiteral("R-OLD"), -4}, {QStringLiteral("R-NOW"), 0}})
            if (!db->run(QStringLiteral(
                             "INSERT INTO certification_attempts (receipt, person_id, method, liveness, "
                             "outcome, created_at) VALUES (?, ?, 'face', 'platform', 'certified', ?)"),
                         {receipt, personId, inMonth(offset).toMSecsSinceEpoch()}))
                return false;
        return true;
    }

private slots:
    void onSqliteTheCommandsRefuse()
    {
        if (postgres())
            QSKIP("PostgreSQL has partitions: the other cases");
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        for (const QStringList& args :
             {QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("ensure")},
              QStringList{QStringLiteral("detach"), month(-3)}}) {
            const QString output = command(args, 1);
            QVERIFY2(output.contains(QStringLiteral("partitions exist on PostgreSQL only")),
                     qPrintable(output));
        }
        // The service itself runs as before (its daily ensure is PostgreSQL's only).
        QVERIFY(!platform.citizenSession(QStringLiteral("zhang-wei")).isEmpty());
    }

    void aVersion41DatabaseIsPartitionedKeepingItsRows()
    {
        if (!postgres())
            QSKIP("partitions are PostgreSQL's");
        QVERIFY(makeVersion41Database());
        platform.setDatabaseUrl(url);
        // The real binary migrates as it opens the database.
        const QString listed = command({QStringLiteral("list")});
        QVERIFY2(listed.contains(partitionName(QStringLiteral("audit_log"), -4) + QStringLiteral(": 3 rows")),
                 qPrintable(listed));
        QCOMPARE(value(QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt(), 42);
        for (const QString& table : {QStringLiteral("audit_log"), QStringLiteral("ecard_codes"),
                                     QStringLiteral("certification_attempts")})
            QCOMPARE(
                value(QStringLiteral("SELECT CAST(relkind AS text) FROM pg_class WHERE relname = ?"), {table})
                    .toString(),
                QStringLiteral("p"));
        // A month from the oldest row (four months ago) to two months ahead, and DEFAULT.
        QCOMPARE(
            value(QStringLiteral("SELECT COUNT(*) FROM pg_inherits WHERE inhparent = CAST(? AS regclass)"),
                  {QStringLiteral("ecard_codes")})
                .toInt(),
            8);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 7);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM ecard_codes")).toInt(), 2);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM certification_attempts")).toInt(), 2);
        // Each row in its month's partition; the one older than ten years in DEFAULT.
        QCOMPARE(partitionOf(QStringLiteral("audit_log"), QStringLiteral("at = ?"),
                             inMonth(-2).toMSecsSinceEpoch()),
                 partitionName(QStringLiteral("audit_log"), -2));
        QCOMPARE(partitionOf(QStringLiteral("audit_log"), QStringLiteral("at = ?"),
                             inMonth(-144).toMSecsSinceEpoch()),
                 QStringLiteral("audit_log_default"));
        QCOMPARE(
            partitionOf(QStringLiteral("ecard_codes"), QStringLiteral("code_id = ?"), QStringLiteral("aa01")),
            partitionName(QStringLiteral("ecard_codes"), -4));
        QCOMPARE(partitionOf(QStringLiteral("certification_attempts"), QStringLiteral("receipt = ?"),
                             QStringLiteral("R-NOW")),
                 partitionName(QStringLiteral("certification_attempts"), 0));
        // The ids go on from the sequence the old table had.
        QVERIFY(exec(QStringLiteral("INSERT INTO audit_log (at, action, detail) VALUES (?, 'test', '{}')"),
                     {QDateTime::currentMSecsSinceEpoch()}));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(DISTINCT id) FROM audit_log")).toInt(), 8);
    }

    void keysStayUniqueAcrossMonths()
    {
        if (!postgres())
            QSKIP("partitions are PostgreSQL's");
        const qint64 now = inMonth(0).toMSecsSinceEpoch() + 1;
        // A receipt of four months ago, filed again this month: refused, as the old UNIQUE refused it.
        QVERIFY(
            !exec(QStringLiteral("INSERT INTO certification_attempts (receipt, person_id, method, liveness, "
                                 "outcome, created_at) SELECT 'R-OLD', person_id, 'face', 'platform', "
                                 "'certified', ? FROM certification_attempts LIMIT 1"),
                  {now}));
        // An e-card code id of four months ago issued again this month, or again in its own month.
        for (const int offset : {0, -4})
            QVERIFY(!exec(
                QStringLiteral("INSERT INTO ecard_codes (code_id, card_id, issued_at, expires_at) SELECT "
                               "'aa01', card_id, ?, ? FROM ecard_codes LIMIT 1"),
                {inMonth(offset).toSecsSinceEpoch() + 5, inMonth(offset).toSecsSinceEpoch() + 65}));
        // A new receipt is taken, and lands in this month's partition.
        QVERIFY(
            exec(QStringLiteral("INSERT INTO certification_attempts (receipt, person_id, method, liveness, "
                                "outcome, created_at) SELECT 'R-NEW', person_id, 'face', 'platform', "
                                "'certified', ? FROM certification_attempts LIMIT 1"),
                 {now}));
        QCOMPARE(partitionOf(QStringLiteral("certification_attempts"), QStringLiteral("receipt = ?"),
                             QStringLiteral("R-NEW")),
                 partitionName(QStringLiteral("certification_attempts"), 0));
        // A deleted row gives its key back (the retention purge deletes expired codes).
        QVERIFY(exec(QStringLiteral("DELETE FROM ecard_codes WHERE code_id = 'cc01'")));
        QVERIFY(
            exec(QStringLiteral("INSERT INTO ecard_codes (code_id, card_id, issued_at, expires_at) SELECT "
                                "'cc01', card_id, ?, ? FROM ecard_codes LIMIT 1"),
                 {inMonth(0).toSecsSinceEpoch(), inMonth(0).toSecsSinceEpoch() + 60}));
    }

    // A receipt names its day: a look-up with its span (receiptSpan) reads this month's partition of
    // certification attempts and not the one of four months ago, which a look-up by the receipt alone reads.
    // Plan-time pruning, as PostgreSQL shows it in EXPLAIN; the service binds the same span as parameters,
    // which PostgreSQL prunes at the executor's start.
    void aLookUpByReceiptReadsOnlyTheMonthsOfItsDay()
    {
        if (!postgres())
            QSKIP("partitions are PostgreSQL's");
        const QString receipt = QStringLiteral("R%1-0123456789AB").arg(inMonth(0).toString(u"yyyyMMdd"));
        const auto span = receiptSpan(receipt);
        QVERIFY(span);
        QVERIFY(span->fromMs < inMonth(0).toMSecsSinceEpoch() &&
                inMonth(0).toMSecsSinceEpoch() < span->untilMs);
        const auto plan = [this](const QString& where) {
            QSqlQuery q(platform.database());
            QString text;
            if (!q.exec(QStringLiteral("EXPLAIN SELECT outcome FROM certification_attempts WHERE ") + where))
                return QStringLiteral("failed: ") + q.lastError().text();
            while (q.next())
                text += q.value(0).toString() + u'\n';
            return text;
        };
        const QString thisMonth = partitionName(QStringLiteral("certification_attempts"), 0);
        const QString old = partitionName(QStringLiteral("certification_attempts"), -4);
        const QString byReceiptAlone = plan(QStringLiteral("receipt = '%1'").arg(receipt));
        QVERIFY2(byReceiptAlone.contains(thisMonth) && byReceiptAlone.contains(old),
                 qPrintable(byReceiptAlone));
        const QString withSpan =
            plan(QStringLiteral("receipt = '%1' AND created_at >= %2 AND created_at < %3")
                     .arg(receipt)
                     .arg(span->fromMs)
                     .arg(span->untilMs));
        QVERIFY2(withSpan.contains(thisMonth) && !withSpan.contains(old), qPrintable(withSpan));
        QVERIFY(!receiptSpan(QStringLiteral("R-OLD")));
        QVERIFY(!receiptSpan(QStringLiteral("R20261399-0123456789AB"))); // no 13th month
    }

    void ensureMakesTheMonthsAheadOnce()
    {
        if (!postgres())
            QSKIP("partitions are PostgreSQL's");
        // The migration made this month and the next two already.
        QVERIFY(
            command({QStringLiteral("ensure")}).startsWith(QStringLiteral("every partition was there\n")));
        // A row five months ahead reaches DEFAULT; ensuring through that month moves it into its partition.
        const qint64 ahead = inMonth(5).toMSecsSinceEpoch();
        QVERIFY(exec(QStringLiteral("INSERT INTO audit_log (at, action, detail) VALUES (?, 'test', '{}')"),
                     {ahead}));
        QCOMPARE(partitionOf(QStringLiteral("audit_log"), QStringLiteral("at = ?"), ahead),
                 QStringLiteral("audit_log_default"));
        const QString made = command({QStringLiteral("ensure"), month(5)});
        QCOMPARE(made.count(QStringLiteral(" made\n")), 9); // three months ahead of the two, three tables
        QVERIFY2(made.contains(partitionName(QStringLiteral("ecard_codes"), 3) + QStringLiteral(" made")),
                 qPrintable(made));
        QCOMPARE(partitionOf(QStringLiteral("audit_log"), QStringLiteral("at = ?"), ahead),
                 partitionName(QStringLiteral("audit_log"), 5));
        QVERIFY(command({QStringLiteral("ensure"), month(5)})
                    .startsWith(QStringLiteral("every partition was there\n")));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 9);
        // Two instances' daily ensure at once: each month made once, neither fails.
        const QStringList args{QStringLiteral("partitions"), QStringLiteral("ensure"), month(8),
                               QStringLiteral("--db"), url};
        QProcess a;
        QProcess b;
        a.start(QStringLiteral(SSC_PLATFORM_PATH), args);
        b.start(QStringLiteral(SSC_PLATFORM_PATH), args);
        QVERIFY(a.waitForFinished(30000) && b.waitForFinished(30000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const QString both = QString::fromUtf8(a.readAllStandardOutput() + b.readAllStandardOutput());
        QCOMPARE(both.count(QStringLiteral(" made\n")), 9);
        QVERIFY2(both.contains(partitionName(QStringLiteral("certification_attempts"), 8) +
                               QStringLiteral(" made")),
                 qPrintable(both));
    }

    void detachTakesOldMonthsOutWhileTheServiceGoesOn()
    {
        if (!postgres())
            QSKIP("partitions are PostgreSQL's");
        // Never this month or later: its rows would fall into DEFAULT.
        QVERIFY(command({QStringLiteral("detach"), month(1)}, 2).contains(QStringLiteral("at the latest")));
        const QString detached = command({QStringLiteral("detach"), month(-1)});
        QVERIFY2(
            detached.contains(partitionName(QStringLiteral("audit_log"), -2) + QStringLiteral(" detached")),
            qPrintable(detached));
        QVERIFY(!detached.contains(partitionName(QStringLiteral("audit_log"), -1)));
        // Out of every query, kept as tables of their own for the archive.
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE at < ?"),
                       {inMonth(-1).addDays(-9).toMSecsSinceEpoch()})
                     .toInt(),
                 1); // the row of twelve years ago, in DEFAULT
        QCOMPARE(
            value(
                QStringLiteral("SELECT COUNT(*) FROM %1").arg(partitionName(QStringLiteral("audit_log"), -4)))
                .toInt(),
            3);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM ecard_codes WHERE code_id = 'aa01'")).toInt(), 0);
        QVERIFY(command({QStringLiteral("list")})
                    .contains(partitionName(QStringLiteral("certification_attempts"), -4) +
                              QStringLiteral(": 1 rows (detached)")));
        // The detached month's receipt stays claimed.
        QVERIFY(
            !exec(QStringLiteral("INSERT INTO certification_attempts (receipt, person_id, method, liveness, "
                                 "outcome, created_at) SELECT 'R-OLD', person_id, 'face', 'platform', "
                                 "'certified', ? FROM certification_attempts LIMIT 1"),
                  {inMonth(0).toMSecsSinceEpoch()}));
        QVERIFY(command({QStringLiteral("detach"), month(-1)})
                    .startsWith(QStringLiteral("no month before %1 was attached\n").arg(month(-1))));
        // The service on the partitioned database: a login resolves a fresh e-card code (in this month's
        // partition, used once) and writes its audit rows there.
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        const int auditBefore = value(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
        QVERIFY(!platform.citizenSession(QStringLiteral("zhang-wei")).isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM ecard_codes WHERE used_at IS NOT NULL AND "
                                      "CAST(CAST(tableoid AS regclass) AS text) = ?"),
                       {partitionName(QStringLiteral("ecard_codes"), 0)})
                     .toInt(),
                 1);
        QVERIFY(value(QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() > auditBefore);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log_default WHERE at > ?"),
                       {inMonth(-1).toMSecsSinceEpoch()})
                     .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestPartitions)
#include "tst_partitions.moc"
