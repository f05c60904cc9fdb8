// The hall manager's alert texts over real Kannel (docs/notifications.md, "Hall managers' alerts"; issue 20):
// the real platform, configured with a real bearerbox, smsbox and fakesmsc on loopback (kannelgateway.h),
// takes terminals' heartbeats over HTTP. A scanner gone is one text to the hall's manager however many
// heartbeats show it; a printer out of paper is a second; the scanner put right and gone again later is a new
// incident and a new text; the texts name the terminal and what is wrong, in Chinese, and nothing else; a
// clerk with a number and another hall's manager get nothing; the per-number hour's limit holds a fourth
// text back; a terminal falling silent is texted too. Run on SQLite and PostgreSQL (ctest).
#include "fleet/fleetalerts.h"
#include "kannelgateway.h"
#include "platformfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString managerPhone = QStringLiteral("19900000021");
const QString hallBManagerPhone = QStringLiteral("19900000022");
const QString clerkPhone = QStringLiteral("19900000023");

QJsonObject beat(bool scannerWorks, QJsonArray reasons = {})
{
    return {{QStringLiteral("version"), QStringLiteral("0.1.0")},
            {QStringLiteral("apiVersion"), 1},
            {QStringLiteral("compatibility"), QStringLiteral("ok")},
            {QStringLiteral("devices"),
             QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("scanner")},
                                    {QStringLiteral("name"), QStringLiteral("Honeywell 7580g")},
                                    {QStringLiteral("working"), scannerWorks}}}},
            {QStringLiteral("printer"), QJsonObject{{QStringLiteral("queue"), QStringLiteral("PDF")},
                                                    {QStringLiteral("reasons"), reasons}}},
            {QStringLiteral("outboxDepth"), 0},
            {QStringLiteral("freeDiskMb"), 20480}};
}

} // namespace

class TestFleetAlerts : public QObject {
    Q_OBJECT
    QTemporaryDir folder;
    std::unique_ptr<KannelGateway> kannel;
    PlatformFixture platform;
    QString kioskName;

    int heartbeat(const QJsonObject& body)
    {
        return platform
            .asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/terminals/heartbeat"), body)
            .status;
    }

    QList<KannelGateway::Text> textsTo(const QString& phone)
    {
        QList<KannelGateway::Text> texts;
        for (const auto& text : kannel->received())
            if (text.to == phone)
                texts.append(text);
        return texts;
    }

    // The outbox's rows for a staff number: what was queued, sent or not.
    int queuedFor(const QString& phone, const QString& state = {})
    {
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM sms_notifications n JOIN staff s ON s.id = n.staff_id "
                                 "WHERE s.phone = ?") +
                  (state.isEmpty() ? QString() : QStringLiteral(" AND n.state = ?")));
        q.addBindValue(phone);
        if (!state.isEmpty())
            q.addBindValue(state);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    // Waits for the sender's poll and the gateway: texts that were going to arrive have by then.
    void settle() { QTest::qWait(2500); }

private slots:
    void initTestCase()
    {
        QVERIFY(folder.isValid());
        kannel = std::make_unique<KannelGateway>(folder.path());
        QVERIFY2(kannel->start(), qPrintable(kannel->error()));
        platform.setExtraArguments(kannel->platformArguments() +
                                   QStringList{QStringLiteral("--sms-rate"), QStringLiteral("3"),
                                               QStringLiteral("--terminal-silent-after"), QStringLiteral("8"),
                                               QStringLiteral("--incident-quiet-window"),
                                               QStringLiteral("2")});
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        // The demo's terminals have no hall: manager01 is the manager of the terminals without one. The
        // demo kiosk beats at most a few seconds apart until the last test, so it falls silent only there.
        QCOMPARE(
            platform.command({QStringLiteral("manager-alerts"), QStringLiteral("manager01"), managerPhone})
                .first,
            0);
        QCOMPARE(
            platform.command({QStringLiteral("manager-alerts"), QStringLiteral("clerk01"), clerkPhone}).first,
            0);
        QCOMPARE(platform
                     .command({QStringLiteral("manager-alerts"), QStringLiteral("manager01"),
                               QStringLiteral("12345")})
                     .first,
                 2);
        QCOMPARE(platform.command({QStringLiteral("manager-alerts"), QStringLiteral("nobody"), managerPhone})
                     .first,
                 1);
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM terminals WHERE id = 'demo-kiosk'")) && q.next());
        kioskName = q.value(0).toString();
        QVERIFY(!kioskName.isEmpty());
    }

    // Every alert fits one UCS-2 message (70 characters) with the longest names the text keeps.
    void everyAlertFitsOneMessage()
    {
        for (const char* kind : {"scanner_gone", "printer_out_of_paper", "printer_out_of_toner", "silent"}) {
            const auto text =
                ssc::platform::fleetAlertText(QLatin1String(kind), QString(40, u'终'), QString(40, u'厅'));
            QVERIFY2(text, kind);
            QVERIFY2(text->size() <= 70, qPrintable(*text));
        }
        QVERIFY(!ssc::platform::fleetAlertText(QStringLiteral("disk_low"), kioskName, {}));
    }

    void aDeadScannerIsTextedOnce()
    {
        QCOMPARE(heartbeat(beat(true)), 200);
        QCOMPARE(heartbeat(beat(false)), 200);
        QVERIFY(kannel->waitForTexts(1, 15000));
        const auto texts = textsTo(managerPhone);
        QCOMPARE(texts.size(), 1);
        const QString expected =
            QStringLiteral("【终端告警】%1：扫码器停止工作或已拔出。请到终端状态页查看。").arg(kioskName);
        QCOMPARE(texts[0].body, expected);
        QCOMPARE(texts[0].from, QStringLiteral("12333"));

        // Ten more heartbeats with the scanner still gone: the incident is open, nothing more is sent.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(heartbeat(beat(false)), 200);
        settle();
        QCOMPARE(textsTo(managerPhone).size(), 1);
        QCOMPARE(queuedFor(managerPhone), 1);
        QCOMPARE(queuedFor(clerkPhone), 0);
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM fleet_incidents WHERE terminal_id = 'demo-kiosk' "
                                      "AND kind = 'scanner_gone' AND alerted_at IS NOT NULL")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void anEmptyPrinterIsASecondText()
    {
        QCOMPARE(heartbeat(beat(false, {QStringLiteral("media-empty-error")})), 200);
        QVERIFY(QTest::qWaitFor([&] { return textsTo(managerPhone).size() == 2; }, 15000));
        QCOMPARE(textsTo(managerPhone)[1].body,
                 QStringLiteral("【终端告警】%1：打印机缺纸。请到终端状态页查看。").arg(kioskName));
        QCOMPARE(heartbeat(beat(false, {QStringLiteral("media-empty-error")})), 200);
        settle();
        QCOMPARE(textsTo(managerPhone).size(), 2);
    }

    // Put right and gone again at once (inside the 2 s quiet window): the same incident, no text. Put right
    // for longer than the window, the incidents close; the scanner gone again then is a new incident and a
    // new text.
    void aClosedIncidentReopenedIsTextedAgain()
    {
        QCOMPARE(heartbeat(beat(true)), 200);
        QCOMPARE(heartbeat(beat(false)), 200);
        QCOMPARE(heartbeat(beat(true)), 200);
        settle();
        QCOMPARE(textsTo(managerPhone).size(), 2);
        QSqlQuery q(platform.database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT flaps FROM fleet_incidents WHERE terminal_id = 'demo-kiosk' AND "
                                  "kind = 'scanner_gone'")) &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish(); // an open SQLite cursor would keep this connection reading the database as it is now
        QCOMPARE(heartbeat(beat(false)), 200);
        QVERIFY(QTest::qWaitFor([&] { return textsTo(managerPhone).size() == 3; }, 15000));
        QVERIFY(textsTo(managerPhone)[2].body.contains(u"扫码器"));
        QCOMPARE(queuedFor(managerPhone), 3);
    }

    // --sms-rate 3: the number's fourth text in the hour waits for the hour to pass.
    void theHoursLimitHoldsAFourthTextBack()
    {
        QCOMPARE(heartbeat(beat(false, {QStringLiteral("toner-empty")})), 200);
        QVERIFY(QTest::qWaitFor(
            [&] {
                QSqlQuery q(platform.database());
                return q.exec(QStringLiteral("SELECT COUNT(*) FROM sms_notifications WHERE last_error = "
                                             "'rate_limited' AND state = 'pending'")) &&
                       q.next() && q.value(0).toInt() == 1;
            },
            15000));
        settle();
        QCOMPARE(textsTo(managerPhone).size(), 3);
        QCOMPARE(queuedFor(managerPhone), 4);
    }

    // Another hall's terminal texts its own manager, not this one; a terminal falling silent is texted too.
    void anotherHallsManagerAndSilence()
    {
        const auto [status, secret] =
            platform.command({QStringLiteral("register-terminal"), QStringLiteral("hall-b-kiosk"),
                              QStringLiteral("kiosk"), QStringLiteral("B1"), QStringLiteral("东城大厅")});
        QCOMPARE(status, 0);
        QCOMPARE(platform
                     .command({QStringLiteral("add-staff"), QStringLiteral("manager02"),
                               QStringLiteral("钱进"), QStringLiteral("manager")},
                              "a long password\n")
                     .first,
                 0);
        QCOMPARE(platform
                     .command({QStringLiteral("manager-alerts"), QStringLiteral("manager02"),
                               hallBManagerPhone, QStringLiteral("东城大厅")})
                     .first,
                 0);
        const auto r =
            platform.request("POST", QStringLiteral("/api/v1/terminals/heartbeat"),
                             QJsonDocument(beat(false)).toJson(QJsonDocument::Compact),
                             {{"Authorization", "Bearer hall-b-kiosk:" + secret.trimmed().toLatin1()},
                              {"X-SSC-Terminal-Mode", "kiosk"}});
        QCOMPARE(r.status, 200);
        QVERIFY(QTest::qWaitFor([&] { return textsTo(hallBManagerPhone).size() == 1; }, 15000));
        QCOMPARE(textsTo(hallBManagerPhone)[0].body,
                 QStringLiteral("【终端告警】东城大厅 B1：扫码器停止工作或已拔出。请到终端状态页查看。"));
        // Hall B's kiosk now says nothing past --terminal-silent-after: silent, texted once as such.
        QVERIFY(QTest::qWaitFor([&] { return textsTo(hallBManagerPhone).size() == 2; }, 30000));
        QVERIFY2(textsTo(hallBManagerPhone)[1].body.contains(u"终端无法联系"),
                 qPrintable(textsTo(hallBManagerPhone)[1].body));
        // The demo kiosk fell silent too: its text is queued for manager01, and waits behind the hour's
        // limit.
        QVERIFY(QTest::qWaitFor([&] { return queuedFor(managerPhone) == 5; }, 15000));
        settle();
        QCOMPARE(textsTo(hallBManagerPhone).size(), 2);
        QCOMPARE(textsTo(managerPhone).size(), 3);
        QCOMPARE(textsTo(clerkPhone).size(), 0);
    }

    // The reviewers' list of texts is the people's: a manager's alert is neither listed nor sent again there.
    void aReviewerCannotTouchAManagersText()
    {
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT MIN(id) FROM sms_notifications WHERE staff_id IS NOT NULL")) &&
                q.next());
        const qint64 id = q.value(0).toLongLong();
        const QByteArray reviewer =
            platform.staffSession(QStringLiteral("reviewer01"), QStringLiteral("counter")).toLatin1();
        QVERIFY(!reviewer.isEmpty());
        const auto retry = platform.asTerminal(QStringLiteral("counter"), "POST",
                                               QStringLiteral("/api/v1/staff/notifications/%1/retry").arg(id),
                                               QJsonObject{}, {{"X-SSC-Staff-Session", reviewer}});
        QCOMPARE(retry.status, 404);
        const auto list = platform.asTerminal(QStringLiteral("counter"), "GET",
                                              QStringLiteral("/api/v1/staff/notifications?state=delivered"),
                                              {}, {{"X-SSC-Staff-Session", reviewer}});
        QCOMPARE(list.status, 200);
        QVERIFY2(!QString::fromUtf8(list.raw).contains(u"终端告警"), list.raw.constData());
    }
};

QTEST_MAIN(TestFleetAlerts)
#include "tst_fleetalerts.moc"
