// The citizen's access log and the counter's audited reveal over real HTTP (docs/api.md, "The citizen's
// access log"): a clerk's look-up shows in that person's log and nobody else's, the person's own logins show,
// a reveal is audited with whose numbers, which fields and why, and no session reads another person's log.
#include "platformfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestAccessLogApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QByteArray clerkToken;

    PlatformFixture::Response accessLog(const QString& token, const QString& query = {},
                                        const QString& mode = QStringLiteral("kiosk"))
    {
        return platform.asTerminal(mode, "GET", QStringLiteral("/api/v1/me/access-log") + query, {},
                                   {{"X-SSC-Citizen-Session", token.toLatin1()}});
    }

    QJsonArray entries(const QString& token)
    {
        const auto r = accessLog(token);
        [&] { QCOMPARE(r.status, 200); }();
        return r.json.value(QStringLiteral("entries")).toArray();
    }

    static QStringList actions(const QJsonArray& list)
    {
        QStringList result;
        for (const QJsonValue& e : list)
            result << e.toObject().value(QStringLiteral("action")).toString();
        return result;
    }

    qint64 personId(const QString& demoKey)
    {
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT id FROM people WHERE demo_key = ?"));
        q.addBindValue(demoKey);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    PlatformFixture::Response reveal(const QJsonObject& body, const QString& citizenToken,
                                     const QByteArray& staffToken)
    {
        PlatformFixture::Headers headers;
        if (!staffToken.isEmpty())
            headers.push_back({"X-SSC-Staff-Session", staffToken});
        if (!citizenToken.isEmpty())
            headers.push_back({"X-SSC-Citizen-Session", citizenToken.toLatin1()});
        return platform.asTerminal(QStringLiteral("counter"), "POST", QStringLiteral("/api/v1/staff/reveal"),
                                   body, headers);
    }

    int reveals()
    {
        QSqlQuery q(platform.database());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'numbers_revealed'")) &&
                       q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        clerkToken = platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")).toLatin1();
        QVERIFY(!clerkToken.isEmpty());
    }

    void aClerksLookUpShowsInThatPersonsLogAndNobodyElses()
    {
        QCOMPARE(platform.findPerson(clerkToken, QStringLiteral("counter"), QStringLiteral("elderly-parent")),
                 personId(QStringLiteral("elderly-parent")));
        const QString parent = platform.citizenSession(QStringLiteral("elderly-parent"));
        const auto r = accessLog(parent);
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.json.value(QStringLiteral("entries")).toArray();
        // Newest first: the login just now, then the clerk's look-up.
        QCOMPARE(actions(list),
                 (QStringList{QStringLiteral("citizen_login"), QStringLiteral("person_found")}));
        const QJsonObject login = list[0].toObject();
        QCOMPARE(login.value(QStringLiteral("by")).toString(), QStringLiteral("self"));
        QCOMPARE(login.value(QStringLiteral("method")).toString(), QStringLiteral("ecard"));
        QCOMPARE(login[QStringLiteral("terminal")][QStringLiteral("mode")].toString(),
                 QStringLiteral("kiosk"));
        // The terminal's name in both languages (migration 35).
        QCOMPARE(
            login[QStringLiteral("terminal")][QStringLiteral("name")][QStringLiteral("zh_CN")].toString(),
            QStringLiteral("演示自助机"));
        QCOMPARE(login[QStringLiteral("terminal")][QStringLiteral("name")][QStringLiteral("en")].toString(),
                 QStringLiteral("Demo kiosk"));
        const QJsonObject found = list[1].toObject();
        QCOMPARE(found.value(QStringLiteral("by")).toString(), QStringLiteral("staff"));
        QCOMPARE(found[QStringLiteral("staff")][QStringLiteral("name")].toString(), QStringLiteral("王*"));
        QCOMPARE(found[QStringLiteral("staff")][QStringLiteral("role")].toString(), QStringLiteral("clerk"));
        QCOMPARE(found[QStringLiteral("terminal")][QStringLiteral("mode")].toString(),
                 QStringLiteral("counter"));
        QVERIFY(!found[QStringLiteral("service")][QStringLiteral("zh_CN")].toString().isEmpty());
        QVERIFY(!found[QStringLiteral("service")][QStringLiteral("en")].toString().isEmpty());
        QVERIFY(found.value(QStringLiteral("at")).toInteger() <=
                login.value(QStringLiteral("at")).toInteger());
        QVERIFY(!r.raw.contains("王芳")); // the clerk's name masked
        QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(r.json.value(QStringLiteral("byStaff")).toInt(), 1); // the clerk's look-up, not her login
        // Someone else: only their own login, nothing of the parent's.
        const auto other = accessLog(platform.citizenSession(QStringLiteral("li-na")));
        QCOMPARE(actions(other.json.value(QStringLiteral("entries")).toArray()),
                 QStringList{QStringLiteral("citizen_login")});
        QVERIFY(!other.raw.contains("person_found"));
    }

    void theLogIsPagedNewestFirst()
    {
        const QString first = platform.citizenSession(QStringLiteral("chen-unemployed"));
        platform.citizenSession(QStringLiteral("chen-unemployed"), QStringLiteral("counter"));
        const QString last = platform.citizenSession(QStringLiteral("chen-unemployed"));
        auto r = accessLog(last, QStringLiteral("?page=1&pageSize=2"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(r.json.value(QStringLiteral("byStaff")).toInt(), 0); // her own logins only
        QCOMPARE(r.json.value(QStringLiteral("entries")).toArray().size(), 2);
        QCOMPARE(r.json[QStringLiteral("entries")][1][QStringLiteral("terminal")][QStringLiteral("mode")]
                     .toString(),
                 QStringLiteral("counter"));
        r = accessLog(last, QStringLiteral("?page=2&pageSize=2"));
        QCOMPARE(r.json.value(QStringLiteral("entries")).toArray().size(), 1);
        QCOMPARE(r.json.value(QStringLiteral("page")).toInt(), 2);
        r = accessLog(last, QStringLiteral("?page=3&pageSize=2"));
        QCOMPARE(r.json.value(QStringLiteral("entries")).toArray().size(), 0);
        for (const QString& bad : {QStringLiteral("?page=0"), QStringLiteral("?page=x"),
                                   QStringLiteral("?pageSize=51"), QStringLiteral("?pageSize=0")})
            QCOMPARE(accessLog(first, bad).errorCode(), QStringLiteral("bad_page"));
    }

    void aRevealIsAuditedWithWhoseNumbersWhichFieldsAndWhy()
    {
        const QString citizen =
            platform.citizenSession(QStringLiteral("zhang-wei"), QStringLiteral("counter"));
        const QJsonObject body{
            {QStringLiteral("fields"), QJsonArray{QStringLiteral("ssn"), QStringLiteral("bankAccount")}},
            {QStringLiteral("reason"), QStringLiteral("citizen_asked")}};
        // Refused without a staff member, without the citizen, without a reason, for unknown fields: and
        // nothing recorded, nothing answered.
        QCOMPARE(reveal(body, citizen, {}).errorCode(), QStringLiteral("staff_session_missing"));
        QCOMPARE(reveal(body, {}, clerkToken).errorCode(), QStringLiteral("citizen_session_missing"));
        QCOMPARE(reveal({{QStringLiteral("fields"), body[QStringLiteral("fields")]}}, citizen, clerkToken)
                     .errorCode(),
                 QStringLiteral("missing_field"));
        QCOMPARE(reveal({{QStringLiteral("fields"), body[QStringLiteral("fields")]},
                         {QStringLiteral("reason"), QStringLiteral("curious")}},
                        citizen, clerkToken)
                     .errorCode(),
                 QStringLiteral("bad_reason"));
        QCOMPARE(reveal({{QStringLiteral("fields"), QJsonArray{QStringLiteral("password")}},
                         {QStringLiteral("reason"), QStringLiteral("citizen_asked")}},
                        citizen, clerkToken)
                     .errorCode(),
                 QStringLiteral("bad_field"));
        QCOMPARE(reveals(), 0);

        const auto r = reveal(body, citizen, clerkToken);
        QCOMPARE(r.status, 200);
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT ssn FROM people WHERE demo_key = 'zhang-wei'")) && q.next());
        const QString ssn = q.value(0).toString();
        q.finish();
        QCOMPARE(r.json[QStringLiteral("person")][QStringLiteral("ssn")].toString(), ssn);
        QVERIFY(!r.json[QStringLiteral("person")].toObject().contains(QStringLiteral("name"))); // not asked
        const QJsonArray cards = r.json.value(QStringLiteral("cards")).toArray();
        QVERIFY(!cards.isEmpty());
        QVERIFY(!cards[0][QStringLiteral("bankAccount")].toString().isEmpty());
        QVERIFY(!cards[0].toObject().contains(QStringLiteral("cardNumber")));

        // Who, which terminal, whose numbers, which fields, why.
        QVERIFY(
            q.exec(QStringLiteral("SELECT a.person_id, a.terminal_id, s.username, a.detail FROM audit_log a "
                                  "JOIN staff s ON s.id = a.staff_id WHERE a.action = 'numbers_revealed'")) &&
            q.next());
        QCOMPARE(q.value(0).toLongLong(), personId(QStringLiteral("zhang-wei")));
        QCOMPARE(q.value(1).toString(), QStringLiteral("demo-counter"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("clerk01"));
        const QJsonObject detail = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QCOMPARE(detail[QStringLiteral("fields")].toArray(), body[QStringLiteral("fields")].toArray());
        QCOMPARE(detail[QStringLiteral("reason")].toString(), QStringLiteral("citizen_asked"));
        QVERIFY(!q.value(3).toString().contains(ssn)); // the audit holds no number
        QVERIFY(!q.next());
        q.finish();

        // And the person sees it in their log, with the fields.
        const QJsonArray list = entries(platform.citizenSession(QStringLiteral("zhang-wei")));
        QCOMPARE(actions(list).mid(0, 3),
                 (QStringList{QStringLiteral("citizen_login"), QStringLiteral("numbers_revealed"),
                              QStringLiteral("citizen_login")}));
        const QJsonObject shown = list[1].toObject();
        QCOMPARE(shown[QStringLiteral("fields")].toArray(), body[QStringLiteral("fields")].toArray());
        QCOMPARE(shown[QStringLiteral("reason")].toString(), QStringLiteral("citizen_asked"));
        QCOMPARE(shown[QStringLiteral("staff")][QStringLiteral("name")].toString(), QStringLiteral("王*"));
    }

    void noSessionReadsAnotherPersonsLog()
    {
        QCOMPARE(accessLog(QString()).errorCode(), QStringLiteral("citizen_session_missing"));
        // A session opened at the counter is not the kiosk's.
        const QString counter =
            platform.citizenSession(QStringLiteral("zhang-wei"), QStringLiteral("counter"));
        QCOMPARE(accessLog(counter).errorCode(), QStringLiteral("citizen_session_missing"));
        QCOMPARE(accessLog(counter, {}, QStringLiteral("counter")).status, 200);
        // Li Na's session answers Li Na's entries only, whatever the query asks.
        const QString lina = platform.citizenSession(QStringLiteral("li-na"));
        const auto r =
            accessLog(lina, QStringLiteral("?person=%1").arg(personId(QStringLiteral("zhang-wei"))));
        QCOMPARE(r.status, 200);
        for (const QJsonValue& e : r.json.value(QStringLiteral("entries")).toArray())
            QCOMPARE(e[QStringLiteral("action")].toString(), QStringLiteral("citizen_login"));
        QVERIFY(!r.raw.contains("numbers_revealed"));
        QCOMPARE(r.json.value(QStringLiteral("total")).toInt(), 2); // her two logins in this test run
    }

    void olderRowsAreListedAfterTheNextStart()
    {
        // A clerk's look-up written before migration 24: whose data only in its detail.
        const qint64 liuId = personId(QStringLiteral("liu-retiree"));
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("INSERT INTO audit_log (at, terminal_id, staff_id, action, detail) "
                                 "SELECT ?, terminal_id, staff_id, 'person_found', ? FROM audit_log WHERE "
                                 "action = 'person_found' ORDER BY id LIMIT 1"));
        q.addBindValue(qint64(1764000000000));
        q.addBindValue(QStringLiteral("{\"person\":%1}").arg(liuId));
        QVERIFY2(q.exec() && q.numRowsAffected() == 1, qPrintable(q.lastError().text()));
        const auto listed = [&] {
            const auto r = accessLog(platform.citizenSession(QStringLiteral("liu-retiree")));
            QStringList actions;
            for (const QJsonValue& e : r.json.value(QStringLiteral("entries")).toArray())
                if (e[QStringLiteral("by")].toString() == u"staff")
                    actions << e[QStringLiteral("action")].toString();
            return actions;
        };
        QCOMPARE(listed(), QStringList());
        QVERIFY2(platform.restart(), qPrintable(platform.error()));
        QCOMPARE(listed(), QStringList{QStringLiteral("person_found")});
        QVERIFY(platform.restart()); // and only once
        QCOMPARE(listed(), QStringList{QStringLiteral("person_found")});
    }
};

QTEST_MAIN(TestAccessLogApi)
#include "tst_accesslogapi.moc"
