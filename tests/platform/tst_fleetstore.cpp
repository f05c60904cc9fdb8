// The fleet's incidents in the store itself (platform/fleet/fleetstore.*; docs/operations.md, "Fleet"), on
// SQLite and PostgreSQL, with explicit clock values instead of waiting:
// - two instances (two FleetStores on two connections to one database) opening the same incident, or sweeping
//   for silence together, make one open incident and one text: the database refuses a second open incident of
//   a kind (migration 36), whatever a caller looked at before (issue 21);
// - a scanner unplugged and replugged every few seconds is one incident, one text and a count of flaps; the
//   incident closes only after the quiet window, as of when it was put right, and the scanner gone after that
//   is a new incident and a new text; a terminal dropping off the network and back is the same (issue 20).
#include "fleet/fleetstore.h"
#include "platformfixture.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <thread>
#include <vector>

using namespace ssc::platform;

namespace {

constexpr qint64 quietMs = 600000; // the default quiet window, 10 minutes
constexpr qint64 silentMs = 180000;
constexpr int concurrentRounds = 8;

FleetStore::Heartbeat beat(bool scannerWorks)
{
    FleetStore::Heartbeat b;
    b.version = QStringLiteral("0.1.0");
    b.apiVersion = 1;
    b.compatibility = QStringLiteral("ok");
    b.report = {{QStringLiteral("devices"),
                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("scanner")},
                                        {QStringLiteral("name"), QStringLiteral("Honeywell 7580g")},
                                        {QStringLiteral("working"), scannerWorks}}}},
                {QStringLiteral("outboxDepth"), 0},
                {QStringLiteral("freeDiskMb"), 20480}};
    return b;
}

} // namespace

class TestFleetStore : public QObject {
    Q_OBJECT
    PlatformFixture m_platform;
    std::unique_ptr<Database> m_first;  // one instance's connection
    std::unique_ptr<Database> m_second; // another instance's, to the same database
    const qint64 m_start = QDateTime::currentMSecsSinceEpoch();

    qint64 scalar(const QString& sql, const QVariantList& bindings)
    {
        auto q = m_first->run(sql, bindings);
        if (!q || !q->next())
            return -1;
        const qint64 n = q->value(0).toLongLong();
        q->finish();
        return n;
    }
    int count(const QString& sql, const QVariantList& bindings) { return int(scalar(sql, bindings)); }
    int incidents(const QString& terminal, const QString& kind, bool openOnly)
    {
        return count(
            QStringLiteral("SELECT COUNT(*) FROM fleet_incidents WHERE terminal_id = ? AND kind = ?") +
                (openOnly ? QStringLiteral(" AND closed_at IS NULL") : QString()),
            {terminal, kind});
    }
    // The texts queued for the terminal's incidents of a kind (manager01, the one manager with a number).
    int texts(const QString& terminal, const QString& kind)
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM sms_notifications n JOIN fleet_incidents i ON "
                                    "n.receipt = 'fleet-incident:' || CAST(i.id AS TEXT) WHERE i.terminal_id "
                                    "= ? AND i.kind = ? AND n.staff_id IS NOT NULL"),
                     {terminal, kind});
    }
    std::optional<FleetStore::Incident> openOne(const QString& terminal, const QString& kind)
    {
        FleetStore store(*m_first, quietMs);
        const auto list = store.terminals(std::nullopt, m_start, 1LL << 50);
        if (!list)
            return std::nullopt;
        for (const auto& t : *list)
            for (const auto& i : t.incidents)
                if (t.id == terminal && i.kind == kind)
                    return i;
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_platform.start(), qPrintable(m_platform.error()));
        // The demo's terminals and these have no hall: manager01 is their manager.
        QCOMPARE(m_platform
                     .command({QStringLiteral("manager-alerts"), QStringLiteral("manager01"),
                               QStringLiteral("19900000031")})
                     .first,
                 0);
        QStringList ids{QStringLiteral("race-kiosk"), QStringLiteral("sweep-kiosk"),
                        QStringLiteral("flap-kiosk"), QStringLiteral("drop-kiosk"),
                        QStringLiteral("plain-kiosk")};
        for (int round = 0; round < concurrentRounds; ++round)
            ids << QStringLiteral("together-%1").arg(round);
        for (const QString& id : ids)
            QCOMPARE(
                m_platform.command({QStringLiteral("register-terminal"), id, QStringLiteral("kiosk"), id})
                    .first,
                0);
        m_platform.stop();
        QString error;
        m_first = Database::open(m_platform.databaseUrl(), &error);
        QVERIFY2(m_first, qPrintable(error));
        m_second = Database::open(m_platform.databaseUrl(), &error);
        QVERIFY2(m_second, qPrintable(error));
    }

    // The loser of a race has looked and seen none open; the database alone turns its insert away.
    void twoInstancesOpeningOneIncidentMakeOneRowAndOneText()
    {
        const QString id = QStringLiteral("race-kiosk");
        const QString kind = QStringLiteral("silent");
        QCOMPARE(FleetStore(*m_first, quietMs).openIncident(id, kind, m_start), std::optional<bool>(true));
        QCOMPARE(FleetStore(*m_second, quietMs).openIncident(id, kind, m_start + 1),
                 std::optional<bool>(false));
        QCOMPARE(incidents(id, kind, true), 1);
        QCOMPARE(texts(id, kind), 1);
        // Nor can anything else write a second open one: the rule is the database's.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("INSERT INTO fleet_incidents")));
        QVERIFY(!m_second->run(
            QStringLiteral("INSERT INTO fleet_incidents (terminal_id, kind, opened_at) VALUES (?, ?, ?)"),
            {id, kind, m_start + 2}));
        QCOMPARE(incidents(id, kind, true), 1);
        // Another kind for the same terminal is its own incident.
        QCOMPARE(FleetStore(*m_second, quietMs).openIncident(id, QStringLiteral("scanner_gone"), m_start),
                 std::optional<bool>(true));
        QCOMPARE(texts(id, QStringLiteral("scanner_gone")), 1);
    }

    void twoInstancesSweepingTogetherOpenOneSilentIncident()
    {
        const QString id = QStringLiteral("sweep-kiosk");
        QVERIFY(FleetStore(*m_first, quietMs).record(id, beat(true), m_start));
        const qint64 later = m_start + silentMs + 1;
        const auto first = FleetStore(*m_first, quietMs).sweepSilent(later, silentMs);
        const auto second = FleetStore(*m_second, quietMs).sweepSilent(later, silentMs);
        QVERIFY(first && second);
        const auto about = [&](const QList<FleetStore::Incident>& opened) {
            return std::count_if(opened.begin(), opened.end(),
                                 [&](const auto& i) { return i.terminalId == id; });
        };
        QCOMPARE(about(*first) + about(*second), 1);
        QCOMPARE(incidents(id, QStringLiteral("silent"), false), 1);
        QCOMPARE(texts(id, QStringLiteral("silent")), 1);
    }

    // Two instances' timers firing at the same moment, each sweep on its own thread and connection, started
    // together: a terminal gone silent gets one incident and one text each round. On PostgreSQL the second
    // insert waits for the first's commit and then does nothing; on SQLite the second writer may instead be
    // refused (its snapshot is older than the first's commit) and its sweep fails, to be run again by its
    // timer: either way nothing is written twice.
    void twoInstancesSweepingAtTheSameMomentOpenOneIncident()
    {
        const QString url = m_platform.databaseUrl();
        const bool postgres = m_first->dialect() == Database::Dialect::PostgreSQL;
        for (int round = 0; round < concurrentRounds; ++round) {
            const QString id = QStringLiteral("together-%1").arg(round);
            const qint64 beatAt = m_start + 10000000LL * (round + 1);
            QVERIFY(FleetStore(*m_first, quietMs).record(id, beat(true), beatAt));
            QSemaphore ready;
            QSemaphore go;
            std::optional<QList<FleetStore::Incident>> swept[2];
            bool opened[2] = {false, false};
            std::vector<std::thread> instances;
            for (int i = 0; i < 2; ++i)
                instances.emplace_back([&, i] {
                    QString error;
                    auto db = Database::open(url, &error);
                    opened[i] = db != nullptr;
                    ready.release();
                    go.acquire();
                    if (db)
                        swept[i] = FleetStore(*db, quietMs).sweepSilent(beatAt + silentMs + 1, silentMs);
                });
            ready.acquire(2);
            go.release(2);
            for (auto& t : instances)
                t.join();
            QVERIFY(opened[0] && opened[1]);
            QVERIFY(swept[0] || swept[1]);
            if (postgres)
                QVERIFY(swept[0] && swept[1]);
            int reported = 0;
            for (const auto& list : swept)
                if (list)
                    for (const auto& incident : *list)
                        reported += incident.terminalId == id;
            QCOMPARE(reported, 1);
            QCOMPARE(incidents(id, QStringLiteral("silent"), false), 1);
            QCOMPARE(texts(id, QStringLiteral("silent")), 1);
        }
    }

    void aFlappingScannerIsOneIncidentAndOneText()
    {
        const QString id = QStringLiteral("flap-kiosk");
        const QString kind = QStringLiteral("scanner_gone");
        FleetStore first(*m_first, quietMs);
        FleetStore second(*m_second, quietMs);
        QVERIFY(first.record(id, beat(true), m_start));
        const auto opened = first.record(id, beat(false), m_start + 1000);
        QVERIFY(opened);
        QCOMPARE(opened->size(), 1);
        // Replugged and unplugged every few seconds for a minute, heartbeats going to either instance.
        qint64 t = m_start + 1000;
        for (int flap = 1; flap <= 10; ++flap) {
            QVERIFY((flap % 2 ? first : second).record(id, beat(true), t += 3000));
            const auto again = (flap % 2 ? second : first).record(id, beat(false), t += 3000);
            QVERIFY(again);
            QVERIFY(again->isEmpty());
        }
        QCOMPARE(incidents(id, kind, false), 1);
        QCOMPARE(texts(id, kind), 1);
        auto incident = openOne(id, kind);
        QVERIFY(incident);
        QCOMPARE(incident->flaps, 10);
        QCOMPARE(incident->openedAt, m_start + 1000);
        QCOMPARE(incident->clearedAt, 0);

        // Put right: open through the window, its last millisecond included.
        const qint64 right = t + 3000;
        QVERIFY(first.record(id, beat(true), right));
        QVERIFY(first.record(id, beat(true), right + quietMs - 1));
        incident = openOne(id, kind);
        QVERIFY(incident);
        QCOMPARE(incident->clearedAt, right);
        QCOMPARE(incidents(id, kind, true), 1);
        // The window passed: closed, as of when it was put right.
        QVERIFY(second.record(id, beat(true), right + quietMs));
        QCOMPARE(incidents(id, kind, true), 0);
        QCOMPARE(
            scalar(QStringLiteral("SELECT closed_at FROM fleet_incidents WHERE terminal_id = ? AND kind = ?"),
                   {id, kind}),
            right);
        // Gone again after the window: a new incident, and a new text.
        const auto anew = first.record(id, beat(false), right + quietMs + 5000);
        QVERIFY(anew);
        QCOMPARE(anew->size(), 1);
        QCOMPARE(incidents(id, kind, false), 2);
        QCOMPARE(texts(id, kind), 2);
        QCOMPARE(openOne(id, kind)->flaps, 0);
    }

    // A terminal off the network and back inside the window: the same silent incident, one text. Put right
    // and then switched off for the night, its incidents are closed by the sweep, with no heartbeat to do it.
    void aTerminalDroppingOffAndBackIsOneSilentIncident()
    {
        const QString id = QStringLiteral("drop-kiosk");
        const QString kind = QStringLiteral("silent");
        FleetStore first(*m_first, quietMs);
        FleetStore second(*m_second, quietMs);
        QVERIFY(first.record(id, beat(true), m_start));
        qint64 t = m_start;
        for (int drop = 0; drop < 3; ++drop) {
            QVERIFY(second.sweepSilent(t += silentMs + 1, silentMs));
            QCOMPARE(incidents(id, kind, true), 1);
            QVERIFY(first.record(id, beat(true), t += 1000)); // back
            QCOMPARE(openOne(id, kind)->clearedAt, t);
        }
        QCOMPARE(incidents(id, kind, false), 1);
        QCOMPARE(texts(id, kind), 1);
        QCOMPARE(openOne(id, kind)->flaps, 2);
        // Its scanner fails once more and is put right; then nothing is heard from it. The sweep closes both
        // incidents when their windows pass and, the terminal being silent by then, opens a new silent one:
        // the quiet window is over, so that is news.
        QVERIFY(first.record(id, beat(false), t += 1000));
        QVERIFY(first.record(id, beat(true), t += 1000));
        QVERIFY(first.sweepSilent(t + quietMs - 1, 1LL << 50));
        QCOMPARE(incidents(id, QStringLiteral("scanner_gone"), true), 1);
        const auto swept = second.sweepSilent(t + quietMs, silentMs);
        QVERIFY(swept);
        QCOMPARE(incidents(id, QStringLiteral("scanner_gone"), true), 0);
        QCOMPARE(incidents(id, kind, false), 2);
        QCOMPARE(incidents(id, kind, true), 1);
        QCOMPARE(texts(id, kind), 2);
    }

    // With no quiet window (--incident-quiet-window 0) an incident closes with the first heartbeat that no
    // longer shows it, and the next failure is a new incident and text.
    void withNoQuietWindowEachFailureIsAnIncident()
    {
        const QString id = QStringLiteral("plain-kiosk");
        const QString kind = QStringLiteral("scanner_gone");
        FleetStore store(*m_first, 0);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(store.record(id, beat(false), m_start + 2000 * i));
            QVERIFY(store.record(id, beat(true), m_start + 2000 * i + 1000));
            QCOMPARE(incidents(id, kind, true), 0);
        }
        QCOMPARE(incidents(id, kind, false), 3);
        QCOMPARE(texts(id, kind), 3);
    }
};

QTEST_GUILESS_MAIN(TestFleetStore)
#include "tst_fleetstore.moc"
