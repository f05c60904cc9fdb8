// The fleet over real HTTP (docs/api.md, "Fleet"; docs/operations.md, "Fleet" and "Updates"): the platform
// announces its API version and the oldest terminal it serves; terminals' heartbeats are stored as defined
// and nothing else (no person data gets in); the hall manager, and only they, sees the hall's terminals with
// what is wrong in codes; a dead scanner or an empty printer is one incident however many heartbeats show it,
// closed when put right; a terminal silent past the limit is an incident too; another hall's terminal is not
// shown.
#include "platformfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

namespace {

QJsonObject beat(QJsonArray devices = {}, QJsonArray reasons = {})
{
    return {{QStringLiteral("version"), QStringLiteral("0.1.0")},
            {QStringLiteral("apiVersion"), 1},
            {QStringLiteral("compatibility"), QStringLiteral("too_old")},
            {QStringLiteral("devices"), devices},
            {QStringLiteral("printer"), QJsonObject{{QStringLiteral("queue"), QStringLiteral("PDF")},
                                                    {QStringLiteral("reasons"), reasons}}},
            {QStringLiteral("outboxDepth"), 0},
            {QStringLiteral("freeDiskMb"), 20480}};
}

QJsonArray scanner(bool working)
{
    return {QJsonObject{{QStringLiteral("kind"), QStringLiteral("scanner")},
                        {QStringLiteral("name"), QStringLiteral("Honeywell 7580g")},
                        {QStringLiteral("working"), working}}};
}

QStringList codes(const QJsonObject& terminal, const char* list, const char* key)
{
    QStringList found;
    for (const QJsonValue& v : terminal.value(QLatin1String(list)).toArray())
        found << v.toObject().value(QLatin1String(key)).toString();
    return found;
}

} // namespace

class TestFleetApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QByteArray manager;

    PlatformFixture::Response heartbeat(const QString& mode, const QJsonObject& body)
    {
        return platform.asTerminal(mode, "POST", QStringLiteral("/api/v1/terminals/heartbeat"), body);
    }

    PlatformFixture::Response fleet() { return fleetAs(manager); }
    PlatformFixture::Response fleetAs(const QByteArray& staff)
    {
        return platform.asTerminal(QStringLiteral("counter"), "GET", QStringLiteral("/api/v1/staff/fleet"),
                                   {}, {{"X-SSC-Staff-Session", staff}});
    }

    QJsonObject terminal(const QString& id)
    {
        const auto r = fleet();
        for (const QJsonValue& v : r.json[QStringLiteral("terminals")].toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }

    int incidentRows(const QString& terminal, const QString& kind, bool openOnly)
    {
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM fleet_incidents WHERE terminal_id = ? AND kind = ?") +
                  (openOnly ? QStringLiteral(" AND closed_at IS NULL") : QString()));
        q.addBindValue(terminal);
        q.addBindValue(kind);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        platform.setExtraArguments({QStringLiteral("--minimum-terminal-version"), QStringLiteral("0.2.0"),
                                    QStringLiteral("--terminal-silent-after"), QStringLiteral("2")});
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        manager = platform.staffSession(QStringLiteral("manager01"), QStringLiteral("counter")).toLatin1();
        QVERIFY(!manager.isEmpty());
    }

    void thePlatformAnnouncesItsVersions()
    {
        const auto health = platform.request("GET", QStringLiteral("/api/v1/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json[QStringLiteral("apiVersion")].toInt(), 1);
        QCOMPARE(health.json[QStringLiteral("minimumTerminalVersion")].toString(), QStringLiteral("0.2.0"));
        const auto r = heartbeat(QStringLiteral("kiosk"), beat(scanner(true)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("apiVersion")].toInt(), 1);
        QCOMPARE(r.json[QStringLiteral("minimumTerminalVersion")].toString(), QStringLiteral("0.2.0"));
        QCOMPARE(r.json[QStringLiteral("heartbeatSeconds")].toInt(), 60);
        QCOMPARE(heartbeat(QStringLiteral("kiosk"), {}).status, 400); // no version
    }

    void onlyTheHallManagerSeesTheFleet()
    {
        const QByteArray clerk =
            platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")).toLatin1();
        const auto asClerk = fleetAs(clerk);
        QCOMPARE(asClerk.status, 403);
        QCOMPARE(asClerk.errorCode(), QStringLiteral("staff_role_forbidden"));
        QCOMPARE(
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/staff/fleet")).status,
            401);
        const auto r = fleet();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("silentAfterSeconds")].toInt(), 2);
        QVERIFY(r.json[QStringLiteral("terminals")].toArray().size() >=
                3); // the demo's kiosk, counter, field
    }

    // Only the defined fields are kept: a name, a message or an unknown key sent along is not stored.
    void theReportHoldsNoPersonData()
    {
        QJsonObject body = beat(scanner(true));
        body.insert(QStringLiteral("person"), QStringLiteral("张伟"));
        body.insert(QStringLiteral("lastError"), QStringLiteral("张伟 110105194912310021 not found"));
        QCOMPARE(heartbeat(QStringLiteral("kiosk"), body).status, 200);
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT report FROM terminal_heartbeats WHERE terminal_id = 'demo-kiosk'")));
        QVERIFY(q.next());
        const QString report = q.value(0).toString();
        QVERIFY2(!report.contains(u"张伟") && !report.contains(u"1101051949"), qPrintable(report));
        body.insert(QStringLiteral("lastError"), QStringLiteral("platform_unreachable"));
        QCOMPARE(heartbeat(QStringLiteral("kiosk"), body).status, 200);
        const QJsonObject kiosk = terminal(QStringLiteral("demo-kiosk"));
        QCOMPARE(kiosk[QStringLiteral("report")].toObject()[QStringLiteral("lastError")].toString(),
                 QStringLiteral("platform_unreachable"));
        QCOMPARE(kiosk[QStringLiteral("version")].toString(), QStringLiteral("0.1.0"));
        QVERIFY(kiosk[QStringLiteral("needsUpdate")].toBool()); // 0.1.0 < 0.2.0
    }

    void aDeadScannerAndAnEmptyPrinterAreOneIncidentEach()
    {
        const QJsonArray outOfPaper{QStringLiteral("media-empty-error"), QStringLiteral("toner-low-report")};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(heartbeat(QStringLiteral("kiosk"), beat(scanner(false), outOfPaper)).status, 200);
        QCOMPARE(incidentRows(QStringLiteral("demo-kiosk"), QStringLiteral("scanner_gone"), false), 1);
        QCOMPARE(incidentRows(QStringLiteral("demo-kiosk"), QStringLiteral("printer_out_of_paper"), false),
                 1);
        QCOMPARE(incidentRows(QStringLiteral("demo-kiosk"), QStringLiteral("printer_toner_low"), false), 0);
        const QJsonObject kiosk = terminal(QStringLiteral("demo-kiosk"));
        const QStringList problems = codes(kiosk, "problems", "code");
        QVERIFY2(problems.contains(QStringLiteral("scanner_gone")) &&
                     problems.contains(QStringLiteral("printer_out_of_paper")) &&
                     problems.contains(QStringLiteral("printer_toner_low")),
                 qPrintable(problems.join(u',')));
        QVERIFY(codes(kiosk, "incidents", "kind").contains(QStringLiteral("printer_out_of_paper")));

        // Put right: both stay open through the quiet window (the default 10 minutes), marked as put right;
        // out of paper again inside it is the same incident, one flap more (tst_fleetstore: the window's
        // end).
        QCOMPARE(heartbeat(QStringLiteral("kiosk"), beat(scanner(true))).status, 200);
        QCOMPARE(incidentRows(QStringLiteral("demo-kiosk"), QStringLiteral("scanner_gone"), true), 1);
        QCOMPARE(incidentRows(QStringLiteral("demo-kiosk"), QStringLiteral("printer_out_of_paper"), true), 1);
        QCOMPARE(
            heartbeat(QStringLiteral("kiosk"), beat(scanner(true), {QStringLiteral("media-empty")})).status,
            200);
        QCOMPARE(incidentRows(QStringLiteral("demo-kiosk"), QStringLiteral("printer_out_of_paper"), false),
                 1);
        for (const QJsonValue& v :
             terminal(QStringLiteral("demo-kiosk"))[QStringLiteral("incidents")].toArray()) {
            const QJsonObject incident = v.toObject();
            const bool paper = incident[QStringLiteral("kind")] == QStringLiteral("printer_out_of_paper");
            QCOMPARE(incident[QStringLiteral("flaps")].toInt(), paper ? 1 : 0);
            QCOMPARE(incident.contains(QStringLiteral("clearedAt")), !paper);
        }
    }

    void aSilentTerminalIsAnIncidentOnce()
    {
        QCOMPARE(heartbeat(QStringLiteral("field"), beat()).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(codes(terminal(QStringLiteral("demo-field")), "problems", "code")
                                     .contains(QStringLiteral("silent")),
                                 15000);
        fleet();
        QCOMPARE(incidentRows(QStringLiteral("demo-field"), QStringLiteral("silent"), true), 1);
        QCOMPARE(heartbeat(QStringLiteral("field"), beat()).status, 200);
        // Heard from again: put right, open until the quiet window has passed.
        QVERIFY(terminal(QStringLiteral("demo-field"))[QStringLiteral("incidents")]
                    .toArray()
                    .at(0)
                    .toObject()
                    .contains(QStringLiteral("clearedAt")));
        QVERIFY(!codes(terminal(QStringLiteral("demo-field")), "problems", "code")
                     .contains(QStringLiteral("silent")));
    }

    void anotherHallsTerminalIsNotShown()
    {
        const auto [status, secret] =
            platform.command({QStringLiteral("register-terminal"), QStringLiteral("hall-b-kiosk"),
                              QStringLiteral("kiosk"), QStringLiteral("B 1"), QStringLiteral("hall-b")});
        QCOMPARE(status, 0);
        const auto r =
            platform.request("POST", QStringLiteral("/api/v1/terminals/heartbeat"),
                             QJsonDocument(beat(scanner(false))).toJson(QJsonDocument::Compact),
                             {{"Authorization", "Bearer hall-b-kiosk:" + secret.trimmed().toLatin1()},
                              {"X-SSC-Terminal-Mode", "kiosk"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(incidentRows(QStringLiteral("hall-b-kiosk"), QStringLiteral("scanner_gone"), true), 1);
        QVERIFY(terminal(QStringLiteral("hall-b-kiosk")).isEmpty());
        QVERIFY(!terminal(QStringLiteral("demo-kiosk")).isEmpty());
    }

    // A terminal's name in both languages: the demo's, one registered with --name-en, one without (the
    // English is then the Chinese).
    void aTerminalsNameComesInBothLanguages()
    {
        const QJsonObject demo = terminal(QStringLiteral("demo-kiosk"))[QStringLiteral("name")].toObject();
        QCOMPARE(demo[QStringLiteral("zh_CN")].toString(), QStringLiteral("演示自助机"));
        QCOMPARE(demo[QStringLiteral("en")].toString(), QStringLiteral("Demo kiosk"));
        QCOMPARE(platform
                     .command({QStringLiteral("register-terminal"), QStringLiteral("floor-2-kiosk"),
                               QStringLiteral("kiosk"), QStringLiteral("二楼 2 号机"),
                               QStringLiteral("--name-en"), QStringLiteral("Second floor, kiosk 2")})
                     .first,
                 0);
        QCOMPARE(platform
                     .command({QStringLiteral("register-terminal"), QStringLiteral("floor-3-kiosk"),
                               QStringLiteral("kiosk"), QStringLiteral("三楼 1 号机")})
                     .first,
                 0);
        const QJsonObject named =
            terminal(QStringLiteral("floor-2-kiosk"))[QStringLiteral("name")].toObject();
        QCOMPARE(named[QStringLiteral("zh_CN")].toString(), QStringLiteral("二楼 2 号机"));
        QCOMPARE(named[QStringLiteral("en")].toString(), QStringLiteral("Second floor, kiosk 2"));
        const QJsonObject plain =
            terminal(QStringLiteral("floor-3-kiosk"))[QStringLiteral("name")].toObject();
        QCOMPARE(plain[QStringLiteral("en")].toString(), QStringLiteral("三楼 1 号机"));
    }
};

QTEST_MAIN(TestFleetApi)
#include "tst_fleetapi.moc"
