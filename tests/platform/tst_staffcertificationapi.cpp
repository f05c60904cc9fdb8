// 代他人认证 and home visits over real HTTP: staff find the person by name and number together (a wrong name
// answers like an unknown number), open their certification, get the platform's challenge for them (now at a
// counter, or ahead for a day's visit list on a field laptop) and file their attempt, which names the staff
// member. The platform decides from the recording in every mode.
#include "certificationattempts.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace certificationattempts;

class TestStaffCertificationApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QByteArray visitorToken, clerkToken;
    QString parentSsn;
    qint64 parentId = 0;

    PlatformFixture::Response asStaff(const QString& mode, const QByteArray& method, const QString& path,
                                      const QJsonObject& body = {}, const QByteArray& key = {})
    {
        PlatformFixture::Headers headers{
            {"X-SSC-Staff-Session", mode == u"field" ? visitorToken : clerkToken}};
        if (!key.isEmpty())
            headers.push_back({"Idempotency-Key", key});
        return platform.asTerminal(mode, method, path, body, headers);
    }

    QString filedBy(const QString& receipt)
    {
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT filed_by FROM certification_attempts WHERE receipt = ?"));
        q.addBindValue(receipt);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    void makeDueAgain()
    {
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE pension_certifications SET last_certified_on = '2026-04-20'")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        visitorToken = platform.staffSession(QStringLiteral("visitor01"), QStringLiteral("field")).toLatin1();
        clerkToken = platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")).toLatin1();
        QVERIFY(!visitorToken.isEmpty() && !clerkToken.isEmpty());
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT ssn, id FROM people WHERE demo_key = 'elderly-parent'")) &&
                q.next());
        parentSsn = q.value(0).toString();
        parentId = q.value(1).toLongLong();
        q.finish();
    }

    void thePersonIsFoundByNameAndNumberTogether()
    {
        const QString path = QStringLiteral("/api/v1/staff/people/lookup");
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("field"), "POST", path,
                                 {{QStringLiteral("name"), QStringLiteral("周德明")},
                                  {QStringLiteral("ssn"), parentSsn}})
                     .status,
                 401); // staff only
        auto r =
            asStaff(QStringLiteral("field"), "POST", path,
                    {{QStringLiteral("name"), QStringLiteral("周德")}, {QStringLiteral("ssn"), parentSsn}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("person_not_found"));
        r = asStaff(QStringLiteral("field"), "POST", path,
                    {{QStringLiteral("name"), QStringLiteral("周德明")},
                     {QStringLiteral("ssn"), QStringLiteral("12345")}});
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_ssn"));
        r = asStaff(QStringLiteral("field"), "POST", path,
                    {{QStringLiteral("name"), QStringLiteral("周德明")}, {QStringLiteral("ssn"), parentSsn}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("name")].toString(), QStringLiteral("周*明"));
        QCOMPARE(r.json[QStringLiteral("id")].toInteger(), parentId);
        // The look-up is audited with whose data it showed.
        QSqlQuery audit(platform.database());
        QVERIFY(audit.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'person_found'")) &&
                audit.next());
        QVERIFY(audit.value(0).toString().contains(QString::number(parentId)));
        audit.finish(); // SQLite: an unfinished read would keep the test's snapshot from seeing later writes
        r = asStaff(QStringLiteral("field"), "GET",
                    QStringLiteral("/api/v1/staff/people/%1/pension-certification").arg(parentId));
        QCOMPARE(r.json[QStringLiteral("status")].toString(), QStringLiteral("due"));
        QCOMPARE(asStaff(QStringLiteral("field"), "GET",
                         QStringLiteral("/api/v1/staff/people/999999/pension-certification"))
                     .status,
                 404);
    }

    void aClerkCertifiesSomeoneAtTheCounter()
    {
        const QString base = QStringLiteral("/api/v1/staff/people/%1/pension-certification").arg(parentId);
        QCOMPARE(platform.asTerminal(QStringLiteral("counter"), "POST", base + QStringLiteral("/challenges"))
                     .status,
                 401); // staff only
        // Nothing about a person this clerk has not found by name and number, whatever the id.
        auto r = asStaff(QStringLiteral("counter"), "GET", base);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("find_person_first"));
        QCOMPARE(asStaff(QStringLiteral("counter"), "POST", base + QStringLiteral("/challenges")).errorCode(),
                 QStringLiteral("find_person_first"));
        QCOMPARE(platform.findPerson(clerkToken, QStringLiteral("counter"), QStringLiteral("elderly-parent")),
                 parentId);
        // 周德明 agrees to the notice about his face with his own code (the clerk cannot for him).
        QCOMPARE(agree(platform, QStringLiteral("counter"), base, QStringLiteral("elderly-parent"),
                       {{"X-SSC-Staff-Session", clerkToken}})
                     .status,
                 201);
        r = asStaff(QStringLiteral("counter"), "POST", base + QStringLiteral("/challenges"));
        QCOMPARE(r.status, 201);
        const QJsonObject asked = r.json;
        r = asStaff(QStringLiteral("counter"), "POST", base + QStringLiteral("/attempts"),
                    attempt(platform, QStringLiteral("actions"), asked, doingWhatIsAsked(asked)),
                    "counter-attempt-1");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("certified"));
        QCOMPARE(filedBy(r.json[QStringLiteral("receipt")].toString()), QStringLiteral("clerk01"));
        // The counter's challenge is not the field laptop's.
        makeDueAgain();
        const QJsonObject counters =
            asStaff(QStringLiteral("counter"), "POST", base + QStringLiteral("/challenges")).json;
        r = asStaff(QStringLiteral("field"), "POST", base + QStringLiteral("/attempts"),
                    attempt(platform, QStringLiteral("actions"), counters, doingWhatIsAsked(counters)),
                    "counter-attempt-2");
        QCOMPARE(r.errorCode(), QStringLiteral("challenge_unknown"));
    }

    void aVisitListsChallengesAreIssuedAheadForTheFieldLaptop()
    {
        const QString path = QStringLiteral("/api/v1/staff/visits/challenges");
        const QJsonObject list{{QStringLiteral("people"), QJsonArray{parentId}}};
        QCOMPARE(platform.asTerminal(QStringLiteral("field"), "POST", path, list).status, 401);
        QCOMPARE(
            asStaff(QStringLiteral("counter"), "POST", path, list).errorCode(),
            QStringLiteral("staff_role_forbidden")); // home visits are visiting staff's, on a field laptop
        QCOMPARE(asStaff(QStringLiteral("field"), "POST", path, {{QStringLiteral("people"), QJsonArray{}}})
                     .errorCode(),
                 QStringLiteral("invalid_visit_list"));
        QCOMPARE(asStaff(QStringLiteral("field"), "POST", path,
                         {{QStringLiteral("people"), QJsonArray{parentId, parentId}}})
                     .errorCode(),
                 QStringLiteral("invalid_visit_list"));
        QCOMPARE(
            asStaff(QStringLiteral("field"), "POST", path, {{QStringLiteral("people"), QJsonArray{999999}}})
                .errorCode(),
            QStringLiteral("person_not_found"));
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM people WHERE demo_key = 'zhang-wei'")) && q.next());
        const qint64 noPension = q.value(0).toLongLong();
        q.finish(); // a statement left open keeps the platform from writing (SQLite)
        QCOMPARE(asStaff(QStringLiteral("field"), "POST", path,
                         {{QStringLiteral("people"), QJsonArray{noPension}}})
                     .errorCode(),
                 QStringLiteral("find_person_first")); // not found by this visitor yet
        QCOMPARE(platform.findPerson(visitorToken, QStringLiteral("field"), QStringLiteral("zhang-wei")),
                 noPension);
        QCOMPARE(asStaff(QStringLiteral("field"), "POST", path,
                         {{QStringLiteral("people"), QJsonArray{noPension}}})
                     .errorCode(),
                 QStringLiteral("not_a_recipient"));
        // The staff read about the person, not addressed as them: "该人员…", never the citizen's "您目前…".
        const QJsonObject instead =
            asStaff(QStringLiteral("field"), "GET",
                    QStringLiteral("/api/v1/staff/people/%1/pension-certification").arg(noPension))
                .json[QStringLiteral("instead")]
                .toObject();
        QVERIFY2(instead[QStringLiteral("zh_CN")].toString().startsWith(u"该人员目前没有领取养老金"),
                 qPrintable(instead[QStringLiteral("zh_CN")].toString()));
        QVERIFY(instead[QStringLiteral("en")].toString().startsWith(u"This person does not draw a pension"));
        QCOMPARE(asStaff(QStringLiteral("field"), "POST", path,
                         {{QStringLiteral("people"), QJsonArray{parentId}},
                          {QStringLiteral("day"), QDate::currentDate().addDays(-1).toString(Qt::ISODate)}})
                     .errorCode(),
                 QStringLiteral("invalid_visit_day"));

        auto r = asStaff(QStringLiteral("field"), "POST", path, list);
        QCOMPARE(r.status, 201);
        const QJsonObject asked = r.json[QStringLiteral("challenges")].toArray().first().toObject();
        QCOMPARE(asked[QStringLiteral("person")].toInteger(), parentId);
        // Recorded by the end of the visit day, sent within three days after.
        const qint64 endOfDay = QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
        QCOMPARE(asked[QStringLiteral("recordBy")].toInteger(), endOfDay);
        QCOMPARE(asked[QStringLiteral("expiresAt")].toInteger(), endOfDay + 3 * 24 * 3600 * 1000LL);

        // At the person's home, later: the attempt with the visit's challenge.
        makeDueAgain();
        const QString attempts =
            QStringLiteral("/api/v1/staff/people/%1/pension-certification/attempts").arg(parentId);
        r = asStaff(QStringLiteral("field"), "POST", attempts,
                    attempt(platform, QStringLiteral("actions"), asked, doingWhatIsAsked(asked)),
                    "visit-attempt-01");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("certified"));
        QCOMPARE(filedBy(r.json[QStringLiteral("receipt")].toString()), QStringLiteral("visitor01"));
        // Used once.
        r = asStaff(QStringLiteral("field"), "POST", attempts,
                    attempt(platform, QStringLiteral("actions"), asked, doingWhatIsAsked(asked)),
                    "visit-attempt-02");
        QCOMPARE(r.errorCode(), QStringLiteral("challenge_used"));
        // A visit day long over (the grace for syncing too): expired.
        r = asStaff(QStringLiteral("field"), "POST", path, list);
        const QJsonObject late = r.json[QStringLiteral("challenges")].toArray().first().toObject();
        QVERIFY(q.prepare(QStringLiteral(
            "UPDATE certification_challenges SET record_by = ?, expires_at = ? WHERE id = ?")));
        q.addBindValue(endOfDay - 5 * 24 * 3600 * 1000LL);
        q.addBindValue(endOfDay - 2 * 24 * 3600 * 1000LL);
        q.addBindValue(late[QStringLiteral("challenge")].toString());
        QVERIFY(q.exec());
        r = asStaff(QStringLiteral("field"), "POST", attempts,
                    attempt(platform, QStringLiteral("actions"), late, doingWhatIsAsked(late)),
                    "visit-attempt-03");
        QCOMPARE(r.errorCode(), QStringLiteral("challenge_expired"));
    }

    void rolesMeanSomething()
    {
        // A reviewer finds and certifies nobody; a visiting-staff account does not sign in at a counter.
        const QByteArray reviewer =
            platform.staffSession(QStringLiteral("reviewer01"), QStringLiteral("counter")).toLatin1();
        QVERIFY(!reviewer.isEmpty());
        const auto lookup = platform.asTerminal(
            QStringLiteral("counter"), "POST", QStringLiteral("/api/v1/staff/people/lookup"),
            {{QStringLiteral("name"), QStringLiteral("周德明")}, {QStringLiteral("ssn"), parentSsn}},
            {{"X-SSC-Staff-Session", reviewer}});
        QCOMPARE(lookup.status, 403);
        QCOMPARE(lookup.errorCode(), QStringLiteral("staff_role_forbidden"));
        const auto visitorAtCounter =
            platform.asTerminal(QStringLiteral("counter"), "POST", QStringLiteral("/api/v1/staff/login"),
                                {{QStringLiteral("username"), QStringLiteral("visitor01")},
                                 {QStringLiteral("password"), QStringLiteral("demo-password-2026")}});
        QCOMPARE(visitorAtCounter.status, 403);
        QCOMPARE(visitorAtCounter.errorCode(), QStringLiteral("staff_role_not_for_terminal"));
        QVERIFY(!visitorAtCounter.json.contains(QStringLiteral("staffSession")));
    }
};

QTEST_GUILESS_MAIN(TestStaffCertificationApi)
#include "tst_staffcertificationapi.moc"
