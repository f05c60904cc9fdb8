// 代他人认证 and home visits over real HTTP: staff find the person by name and number together (a wrong name
// answers like an unknown number), open their certification and file their attempt, which names the clerk.
#include "certificationattempts.h"

#include <QSqlQuery>
#include <QTest>

using namespace certificationattempts;

class TestStaffCertificationApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QByteArray staffToken;
    QString parentSsn;

    PlatformFixture::Response asStaff(const QByteArray& method, const QString& path,
                                      const QJsonObject& body = {}, const QByteArray& key = {})
    {
        PlatformFixture::Headers headers{{"X-SSC-Staff-Session", staffToken}};
        if (!key.isEmpty())
            headers.push_back({"Idempotency-Key", key});
        return platform.asTerminal(QStringLiteral("field"), method, path, body, headers);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        const QString login = platform.staffSession(QStringLiteral("visitor01"), QStringLiteral("field"));
        QVERIFY(!login.isEmpty());
        staffToken = login.toLatin1();
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT ssn FROM people WHERE demo_key = 'elderly-parent'")) &&
                q.next());
        parentSsn = q.value(0).toString();
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
            asStaff("POST", path,
                    {{QStringLiteral("name"), QStringLiteral("周德")}, {QStringLiteral("ssn"), parentSsn}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("person_not_found"));
        r = asStaff("POST", path,
                    {{QStringLiteral("name"), QStringLiteral("周德明")},
                     {QStringLiteral("ssn"), QStringLiteral("12345")}});
        QCOMPARE(r.errorCode(), QStringLiteral("invalid_ssn"));
        r = asStaff("POST", path,
                    {{QStringLiteral("name"), QStringLiteral("周德明")}, {QStringLiteral("ssn"), parentSsn}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("name")].toString(), QStringLiteral("周*明"));
        const qint64 id = r.json[QStringLiteral("id")].toInteger();
        // The look-up is audited with whose data it showed.
        QSqlQuery audit(platform.database());
        QVERIFY(audit.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'person_found'")) &&
                audit.next());
        QVERIFY(audit.value(0).toString().contains(QString::number(id)));
        audit.finish(); // SQLite: an unfinished read would keep the test's snapshot from seeing later writes

        r = asStaff("GET", QStringLiteral("/api/v1/staff/people/%1/pension-certification").arg(id));
        QCOMPARE(r.json[QStringLiteral("status")].toString(), QStringLiteral("due"));
        QCOMPARE(asStaff("GET", QStringLiteral("/api/v1/staff/people/999999/pension-certification")).status,
                 404);

        r = asStaff("POST", QStringLiteral("/api/v1/staff/people/%1/pension-certification/attempts").arg(id),
                    attempt(QStringLiteral("actions"), personFrame()), "visit-attempt-01");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("certified"));
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT filed_by FROM certification_attempts")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("visitor01"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('person_read', "
                                      "'certify_other') AND detail LIKE '%\"person\":%1%'")
                           .arg(id)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void nothingAboutAPersonBeforeTheyWereFound()
    {
        // Another staff member who never looked 周德明 up gets nothing about them, whatever the id.
        const QByteArray clerk =
            platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")).toLatin1();
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM people WHERE demo_key = 'elderly-parent'")) &&
                q.next());
        const qint64 id = q.value(0).toLongLong();
        const auto asClerk = [&](const QByteArray& method, const QString& path,
                                 const QJsonObject& body = {}) {
            return platform.asTerminal(
                QStringLiteral("counter"), method, path, body,
                {{"X-SSC-Staff-Session", clerk}, {"Idempotency-Key", "clerk-unfound-01"}});
        };
        auto r = asClerk("GET", QStringLiteral("/api/v1/staff/people/%1/pension-certification").arg(id));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("find_person_first"));
        r = asClerk("POST", QStringLiteral("/api/v1/staff/people/%1/pension-certification/attempts").arg(id),
                    attempt(QStringLiteral("actions"), personFrame()));
        QCOMPARE(r.errorCode(), QStringLiteral("find_person_first"));
        // Found by name and number: now it works, for this clerk.
        QCOMPARE(platform.findPerson(clerk, QStringLiteral("counter"), QStringLiteral("elderly-parent")), id);
        QCOMPARE(
            asClerk("GET", QStringLiteral("/api/v1/staff/people/%1/pension-certification").arg(id)).status,
            200);
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
