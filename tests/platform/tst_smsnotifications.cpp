// Review texts over real Kannel (docs/notifications.md): a real bearerbox, smsbox and fakesmsc on loopback
// (kannelgateway.h) and the real platform configured to use them. A decision made over HTTP arrives at
// fakesmsc as the Chinese text, to the person's number on file; Kannel's delivery report reaches the
// platform; a repeated decision texts nothing more; a text sent while Kannel is down is retried with
// back-off and arrives once it is up again, or ends "failed" when its attempts run out, and a reviewer sends
// it again from the staff list; a number gets at most --sms-rate texts an hour; without a gateway texts wait.
#include "kannelgateway.h"
#include "notifications/decisiontext.h"
#include "platformfixture.h"
#include "registrationbody.h"
#include "waitingapplication.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestSmsNotifications : public QObject {
    Q_OBJECT
    QTemporaryDir folder;
    std::unique_ptr<KannelGateway> kannel;
    PlatformFixture platform;
    int receiptNumber = 0;

    QString phoneOf(const QString& person)
    {
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT phone FROM people WHERE demo_key = ?"));
        q.addBindValue(person);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    // An application waiting for its review (waitingapplication.h), under a receipt of this test's own.
    QString waitingApplication(PlatformFixture& on, const QString& person,
                               const QString& kind = QStringLiteral("unemployment-registration"))
    {
        const QString receipt = QStringLiteral("R20261204-SMS%1%2")
                                    .arg(on.databaseKind().left(1).toUpper())
                                    .arg(++receiptNumber, 5, 16, QChar(u'0'))
                                    .toUpper();
        return ::waitingApplication(on, receipt, person, kind);
    }

    PlatformFixture::Response decide(PlatformFixture& on, const QString& receipt,
                                     const QString& decision = QStringLiteral("approve"))
    {
        return decideApplication(on, receipt, decision);
    }

    // The outbox row of this receipt: state, attempts, last error (empty strings when none).
    QStringList textRow(PlatformFixture& on, const QString& receipt)
    {
        QSqlQuery q(on.database());
        q.prepare(
            QStringLiteral("SELECT state, attempts, last_error FROM sms_notifications WHERE receipt = ?"));
        q.addBindValue(receipt);
        if (!q.exec() || !q.next())
            return {};
        return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    }

    bool waitForState(const QString& receipt, const QString& state, int timeoutMs)
    {
        return QTest::qWaitFor([&] { return textRow(platform, receipt).value(0) == state; }, timeoutMs);
    }

    int textsTo(const QString& phone)
    {
        int n = 0;
        for (const auto& text : kannel->received())
            n += text.to == phone ? 1 : 0;
        return n;
    }

    PlatformFixture::Response staffList(const QByteArray& token, const QString& state)
    {
        auto headers = PlatformFixture::terminalHeaders(QStringLiteral("counter"));
        headers.push_back({"X-SSC-Staff-Session", token});
        return platform.request("GET", QStringLiteral("/api/v1/staff/notifications?state=%1").arg(state), {},
                                headers);
    }

    PlatformFixture::Response staffRetry(const QByteArray& token, qint64 id)
    {
        auto headers = PlatformFixture::terminalHeaders(QStringLiteral("counter"));
        headers.push_back({"X-SSC-Staff-Session", token});
        headers.push_back({"Content-Type", "application/json"});
        return platform.request("POST", QStringLiteral("/api/v1/staff/notifications/%1/retry").arg(id), "{}",
                                headers);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(folder.isValid());
        kannel = std::make_unique<KannelGateway>(folder.path());
        QVERIFY2(kannel->start(), qPrintable(kannel->error()));
        // Five attempts, the first retry after 0.5 s (then 1, 2, 4 s): failed after about 7.5 s.
        platform.setExtraArguments(kannel->platformArguments() +
                                   QStringList{QStringLiteral("--sms-retries"), QStringLiteral("5,0.5"),
                                               QStringLiteral("--sms-rate"), QStringLiteral("3")});
        QVERIFY2(platform.start(), qPrintable(platform.error()));
    }

    // Every text fits one UCS-2 message (70 characters): a longer one would arrive in parts, or not at all
    // where the gateway does not join them.
    void everyTextFitsOneMessage()
    {
        // Each kind with every status its decisions reach (core/applications/applicationkinds.h, the
        // certification review).
        const std::pair<const char*, QStringList> reached[] = {
            {"unemployment-registration", {QStringLiteral("approved"), QStringLiteral("returned")}},
            {"unemployment-benefit",
             {QStringLiteral("approved"), QStringLiteral("returned"), QStringLiteral("stopped")}},
            {"unemployment-subsidy",
             {QStringLiteral("approved"), QStringLiteral("returned"), QStringLiteral("stopped")}},
            {"labour-dispute",
             {QStringLiteral("accepted"), QStringLiteral("returned"), QStringLiteral("mediating"),
              QStringLiteral("settled"), QStringLiteral("arbitration")}},
            {"pension-transfer",
             {QStringLiteral("agreed"), QStringLiteral("returned"), QStringLiteral("transferring"),
              QStringLiteral("completed")}},
            {"card-replacement", {QStringLiteral("making"), QStringLiteral("ready")}},
            {"pension-certification",
             {QStringLiteral("certified"), QStringLiteral("already_certified"), QStringLiteral("rejected")}},
        };
        for (const auto& [kind, statuses] : reached)
            for (const QString& status : statuses) {
                const auto text = ssc::platform::decisionText(QLatin1String(kind), status,
                                                              QStringLiteral("R20261204-0000007B7A"));
                QVERIFY2(text, qPrintable(QLatin1String(kind) + u' ' + status));
                QVERIFY2(text->size() <= 70, qPrintable(*text));
            }
        QVERIFY(!ssc::platform::decisionText(QStringLiteral("labour-dispute"), QStringLiteral("submitted"),
                                             QStringLiteral("R20261204-0000007B7A")));
    }

    void aDecisionIsTextedOnceAndItsDeliveryReported()
    {
        const auto session = platform.citizenHeaders(QStringLiteral("zhang-wei"), "sms-reg-0001");
        const auto filed =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/applications"),
                                registrationBody(), session);
        QCOMPARE(filed.status, 201);
        const QString receipt = filed.json[QStringLiteral("receipt")].toString();
        const QString phone = phoneOf(QStringLiteral("zhang-wei"));
        QVERIFY(phone.size() == 11);
        const auto before = kannel->received().size();
        QCOMPARE(decide(platform, receipt).status, 200);
        QVERIFY(kannel->waitForTexts(before + 1, 10000));
        const auto text = kannel->received().last();
        QCOMPARE(text.to, phone);
        QCOMPARE(text.from, QStringLiteral("12333"));
        QCOMPARE(text.body,
                 QStringLiteral("【电子社保卡】您的失业登记（回执号尾号%1）已审核通过，详情请在社保自助"
                                "终端或电子社保卡“我的办件”查看。")
                     .arg(receipt.right(4)));
        QVERIFY(!text.body.contains(phone) && !text.body.contains(receipt));
        // Kannel's report "delivered" reached the platform's dlr-url.
        QVERIFY2(waitForState(receipt, QStringLiteral("delivered"), 10000),
                 qPrintable(textRow(platform, receipt).join(u' ')));
        // The same decision again is refused, and a repeated status queues nothing: still one text.
        QCOMPARE(decide(platform, receipt).status, 409);
        QTest::qWait(1500);
        QCOMPARE(kannel->received().size(), before + 1);
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM sms_notifications WHERE receipt = ?"));
        q.addBindValue(receipt);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // A delivery report without the text's own token changes nothing.
        QSqlQuery id(platform.database());
        id.prepare(QStringLiteral("SELECT id FROM sms_notifications WHERE receipt = ?"));
        id.addBindValue(receipt);
        QVERIFY(id.exec() && id.next());
        const auto forged =
            platform.request("GET", QStringLiteral("/api/v1/sms/delivery-reports?id=%1&token=%2&status=2")
                                        .arg(id.value(0).toLongLong())
                                        .arg(QStringLiteral("0123456789abcdef0123456789abcdef")));
        QCOMPARE(forged.status, 404);
        QCOMPARE(textRow(platform, receipt).value(0), QStringLiteral("delivered"));
    }

    // The decision and its text commit together or not at all: with the outbox refusing every row (a trigger
    // the test adds), the decision is answered 503 and the application has not moved.
    void theDecisionAndItsTextCommitTogether()
    {
        const QString receipt = waitingApplication(platform, QStringLiteral("elderly-parent"));
        const bool postgres = platform.databaseKind() == u"postgresql";
        const QStringList refuse =
            postgres
                ? QStringList{QStringLiteral(
                                  "CREATE FUNCTION sms_refused() RETURNS trigger AS $$ BEGIN RAISE "
                                  "EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql"),
                              QStringLiteral(
                                  "CREATE TRIGGER sms_refused BEFORE INSERT ON sms_notifications FOR "
                                  "EACH ROW EXECUTE FUNCTION sms_refused()")}
                : QStringList{QStringLiteral("CREATE TRIGGER sms_refused BEFORE INSERT ON sms_notifications "
                                             "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")};
        QSqlQuery q(platform.database());
        for (const QString& statement : refuse)
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        QCOMPARE(decide(platform, receipt).status, 503);
        QVERIFY(q.exec(QStringLiteral("SELECT status, reviewed_at FROM applications WHERE receipt = '%1'")
                           .arg(receipt)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("submitted"));
        QVERIFY(q.value(1).isNull());
        QVERIFY(textRow(platform, receipt).isEmpty());
        QVERIFY(q.exec(postgres ? QStringLiteral("DROP TRIGGER sms_refused ON sms_notifications")
                                : QStringLiteral("DROP TRIGGER sms_refused")));
        // The outbox taking rows again, the same decision goes through with its text.
        QCOMPARE(decide(platform, receipt).status, 200);
        QVERIFY(waitForState(receipt, QStringLiteral("delivered"), 10000));
    }

    void everyStepOfADisputeIsTexted()
    {
        const QString receipt =
            waitingApplication(platform, QStringLiteral("li-na"), QStringLiteral("labour-dispute"));
        QVERIFY(!receipt.isEmpty());
        const auto before = kannel->received().size();
        QCOMPARE(decide(platform, receipt, QStringLiteral("accept")).status, 200);
        QCOMPARE(decide(platform, receipt, QStringLiteral("mediate")).status, 200);
        QVERIFY(kannel->waitForTexts(before + 2, 10000));
        const auto texts = kannel->received().mid(before);
        QVERIFY(texts[0].body.contains(
            QStringLiteral("劳动人事争议调解申请（回执号尾号%1）已受理").arg(receipt.right(4))));
        QVERIFY(texts[1].body.contains(QStringLiteral("已进入调解")));
    }

    void retriedUntilTheGatewayIsBack()
    {
        const QString receipt = waitingApplication(platform, QStringLiteral("chen-unemployed"));
        const QString phone = phoneOf(QStringLiteral("chen-unemployed"));
        kannel->stop();
        QCOMPARE(decide(platform, receipt).status, 200);
        // Refused at least twice (connection refused), waiting with back-off.
        QVERIFY(QTest::qWaitFor([&] { return textRow(platform, receipt).value(1).toInt() >= 2; }, 10000));
        const QStringList waiting = textRow(platform, receipt);
        QCOMPARE(waiting.value(0), QStringLiteral("pending"));
        QVERIFY2(waiting.value(2).startsWith(QStringLiteral("network error")), qPrintable(waiting.value(2)));
        QVERIFY2(kannel->start(), qPrintable(kannel->error()));
        QVERIFY2(waitForState(receipt, QStringLiteral("delivered"), 15000),
                 qPrintable(textRow(platform, receipt).join(u' ')));
        QCOMPARE(textsTo(phone), 1);
        QVERIFY(textRow(platform, receipt).value(1).toInt() >= 3);
    }

    void failedWhenTheAttemptsRunOutThenSentAgainByAReviewer()
    {
        const QString receipt = waitingApplication(platform, QStringLiteral("zhao-mover"));
        const QString phone = phoneOf(QStringLiteral("zhao-mover"));
        kannel->stop();
        QCOMPARE(decide(platform, receipt, QStringLiteral("return")).status, 400); // a reason is needed
        QCOMPARE(platform
                     .request("POST", QStringLiteral("/api/v1/demo/applications/%1/review").arg(receipt),
                              R"({"decision":"return","reason":"材料不全"})",
                              {{"Content-Type", "application/json"}})
                     .status,
                 200);
        QVERIFY2(waitForState(receipt, QStringLiteral("failed"), 20000),
                 qPrintable(textRow(platform, receipt).join(u' ')));
        QCOMPARE(textRow(platform, receipt).value(1), QStringLiteral("5"));
        // The staff list: reviewers only; the number masked, never whole.
        const QByteArray clerk =
            platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")).toLatin1();
        QCOMPARE(staffList(clerk, QStringLiteral("failed")).status, 403);
        const QByteArray reviewer =
            platform.staffSession(QStringLiteral("reviewer01"), QStringLiteral("counter")).toLatin1();
        const auto failed = staffList(reviewer, QStringLiteral("failed"));
        QCOMPARE(failed.status, 200);
        QCOMPARE(failed.json[QStringLiteral("gatewayConfigured")].toBool(), true);
        QVERIFY(!failed.raw.contains(phone.toLatin1()));
        QJsonObject listed;
        for (const auto& t : failed.json[QStringLiteral("texts")].toArray())
            if (t.toObject()[QStringLiteral("receipt")].toString() == receipt)
                listed = t.toObject();
        QCOMPARE(listed[QStringLiteral("phone")].toString(),
                 phone.left(3) + QStringLiteral("****") + phone.right(4));
        QCOMPARE(listed[QStringLiteral("attempts")].toInt(), 5);
        QVERIFY(listed[QStringLiteral("text")].toString().contains(QStringLiteral("已退回")));
        QVERIFY(!listed[QStringLiteral("text")].toString().contains(QStringLiteral("材料不全"))); // no reason
        const qint64 id = listed[QStringLiteral("id")].toInteger();
        QVERIFY(id > 0);
        // Sent again once the gateway is back.
        QVERIFY2(kannel->start(), qPrintable(kannel->error()));
        const auto retried = staffRetry(reviewer, id);
        QCOMPARE(retried.status, 200);
        QVERIFY2(waitForState(receipt, QStringLiteral("delivered"), 10000),
                 qPrintable(textRow(platform, receipt).join(u' ')));
        QCOMPARE(textsTo(phone), 1);
        QCOMPARE(staffRetry(reviewer, id).status, 409); // delivered: nothing to send again
        QCOMPARE(staffRetry(reviewer, 999999).status, 404);
    }

    void aNumberGetsAtMostItsHourlyTexts()
    {
        const QString person = QStringLiteral("liu-retiree");
        const QString phone = phoneOf(person);
        QStringList receipts;
        for (int i = 0; i < 4; ++i)
            receipts << waitingApplication(platform, person, QStringLiteral("labour-dispute"));
        for (const QString& receipt : receipts)
            QCOMPARE(decide(platform, receipt, QStringLiteral("accept")).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return textsTo(phone) >= 3; }, 10000));
        QTest::qWait(1500);
        QCOMPARE(textsTo(phone), 3); // --sms-rate 3
        int waiting = 0;
        for (const QString& receipt : receipts) {
            const QStringList row = textRow(platform, receipt);
            if (row.value(0) == u"pending") {
                ++waiting;
                QCOMPARE(row.value(2), QStringLiteral("rate_limited"));
                QCOMPARE(row.value(1), QStringLiteral("0")); // waiting is not a failed attempt
            }
        }
        QCOMPARE(waiting, 1);
    }

    // Two platform instances on one database and one gateway: each text is claimed by one of them and
    // arrives once, whichever instance recorded its decision.
    void twoInstancesSendEachTextOnce()
    {
        PlatformFixture second;
        second.setDatabaseFile(platform.databaseUrl());
        second.setKeyStore(platform.keyStore());
        second.setExtraArguments(
            kannel->platformArguments() +
            QStringList{QStringLiteral("--issuer-key"),
                        QDir(platform.folder()).filePath(QStringLiteral("issuer-master.key")),
                        QStringLiteral("--sms-retries"), QStringLiteral("5,0.5")});
        QVERIFY2(second.start(), qPrintable(second.error()));
        // People the other tests did not text, one decision each (the hourly limit stays out of the way).
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT demo_key FROM people WHERE demo_key IS NOT NULL AND id NOT IN "
                                      "(SELECT person_id FROM sms_notifications) AND phone IS NOT NULL")));
        QStringList people;
        while (q.next())
            people << q.value(0).toString();
        QVERIFY2(people.size() >= 3, qPrintable(people.join(u',')));
        const auto before = kannel->received().size();
        QStringList receipts;
        for (int i = 0; i < people.size(); ++i) {
            receipts << waitingApplication(platform, people[i]);
            QCOMPARE(decide(i % 2 ? second : platform, receipts.last()).status, 200);
        }
        for (const QString& receipt : receipts)
            QVERIFY2(waitForState(receipt, QStringLiteral("delivered"), 10000), qPrintable(receipt));
        QTest::qWait(1500);
        QCOMPARE(kannel->received().size(), before + people.size());
        for (const QString& person : people)
            QCOMPARE(textsTo(phoneOf(person)), 1);
    }

    void withoutAGatewayTextsWait()
    {
        PlatformFixture bare;
        QVERIFY2(bare.start(), qPrintable(bare.error()));
        const QString receipt = waitingApplication(bare, QStringLiteral("zhang-wei"));
        QCOMPARE(decide(bare, receipt).status, 200);
        QTest::qWait(1500);
        QCOMPARE(textRow(bare, receipt),
                 (QStringList{QStringLiteral("pending"), QStringLiteral("0"), QString()}));
        auto headers = PlatformFixture::terminalHeaders(QStringLiteral("counter"));
        headers.push_back(
            {"X-SSC-Staff-Session",
             bare.staffSession(QStringLiteral("reviewer01"), QStringLiteral("counter")).toLatin1()});
        const auto listed =
            bare.request("GET", QStringLiteral("/api/v1/staff/notifications?state=pending"), {}, headers);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json[QStringLiteral("gatewayConfigured")].toBool(), false);
        QCOMPARE(listed.json[QStringLiteral("texts")].toArray().size(), 1);
    }

    void cleanupTestCase() { kannel->stop(); }
};

QTEST_MAIN(TestSmsNotifications)
#include "tst_smsnotifications.moc"
