// Field visits that work offline (docs/security.md, "Field visits"), over real HTTP: the day's visit list
// with its offline sign-in credential, what the list lets the visitor do, revocation; and on the laptop's
// side (core/session/fieldday.h, stafflogin.h) finding a person offline by name and number and signing in
// offline.
#include "demoterminal.h"
#include "platformfixture.h"

#include "session/fieldday.h"
#include "session/stafflogin.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ssc;

class TestFieldVisitsApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QTemporaryDir dir;
    QByteArray visitor;
    QString parentSsn;
    qint64 parentId = 0;
    QJsonObject day; // the visit list as downloaded

    static constexpr auto password = "demo-password-2026";

    PlatformFixture::Response asVisitor(const QByteArray& method, const QString& path,
                                        const QJsonObject& body = {})
    {
        return platform.asTerminal(QStringLiteral("field"), method, path, body,
                                   {{"X-SSC-Staff-Session", visitor}});
    }

    static quint16 closedPort()
    {
        QTcpServer server; // a port nobody listens on once this closes: no network
        server.listen(QHostAddress::LocalHost);
        return server.serverPort();
    }

    FieldDay::Credential visitor01() const
    {
        return {{}, 0, QStringLiteral("visitor01"), QStringLiteral("李明"), QStringLiteral("visitor"), {}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        visitor = platform.staffSession(QStringLiteral("visitor01"), QStringLiteral("field")).toLatin1();
        QVERIFY(!visitor.isEmpty());
        const QJsonObject parent = platform.demoPerson(QStringLiteral("elderly-parent"));
        parentSsn = parent[QStringLiteral("ssn")].toString();
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM people WHERE demo_key = 'elderly-parent'")) &&
                q.next());
        parentId = q.value(0).toLongLong();
    }

    void theDaysListComesWithAnOfflineCredential()
    {
        const QString status = QStringLiteral("/api/v1/staff/people/%1/pension-certification").arg(parentId);
        QCOMPARE(asVisitor("GET", status).errorCode(), QStringLiteral("find_person_first"));
        // Only visiting staff, on a field laptop.
        const QByteArray clerk =
            platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")).toLatin1();
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("counter"), "GET", QStringLiteral("/api/v1/staff/visits"), {},
                                 {{"X-SSC-Staff-Session", clerk}})
                     .errorCode(),
                 QStringLiteral("staff_role_forbidden"));
        const auto r = asVisitor("GET", QStringLiteral("/api/v1/staff/visits"));
        QCOMPARE(r.status, 200);
        day = r.json;
        const QJsonArray visits = r.json[QStringLiteral("visits")].toArray();
        QCOMPARE(visits.size(), 1);
        const QJsonObject visit = visits.first().toObject();
        QCOMPARE(visit[QStringLiteral("personId")].toInteger(), parentId);
        QCOMPARE(visit[QStringLiteral("name")].toString(), QStringLiteral("周*明")); // masked
        QVERIFY(!visit[QStringLiteral("address")].toString().isEmpty());
        QCOMPARE(visit[QStringLiteral("certification")].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("due"));
        // Least data: no number travels, only the salted key to check a typed name and number against.
        QVERIFY(!r.raw.contains(parentSsn.toLatin1()));
        QCOMPARE(visit[QStringLiteral("lookupKey")].toString().size(), 64);
        const QJsonObject credential = r.json[QStringLiteral("offlineCredential")].toObject();
        QCOMPARE(credential[QStringLiteral("expiresAt")].toInteger(),
                 QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)).toMSecsSinceEpoch()); // midnight
        // On the list counts as found: the visitor may now see and certify the person.
        QCOMPARE(asVisitor("GET", status).status, 200);
    }

    void theLaptopFindsThePersonOfflineAsOnline()
    {
        auto kept = FieldDay::fromPlatform(day, visitor01(), QString::fromLatin1(password));
        QVERIFY(kept);
        QCOMPARE(kept->find(QStringLiteral("周德明"), parentSsn)->personId, parentId);
        QCOMPARE(kept->find(QStringLiteral(" 周德明 "), parentSsn.toLower())->personId, parentId); // as typed
        QVERIFY(!kept->find(QStringLiteral("周德"), parentSsn));
        QVERIFY(!kept->find(QStringLiteral("周德明"), QStringLiteral("11010519491231002X")));
        const QString path = dir.filePath(QStringLiteral("field-day.json"));
        QVERIFY(kept->save(path));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(!QFile(path).readAll().contains(password));
        const auto loaded = FieldDay::load(path);
        QVERIFY(loaded);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(loaded->admits(QStringLiteral("visitor01"), QString::fromLatin1(password), now));
        // One spelling offline too: case and full-width letters are the same name, spaces around it are not.
        QVERIFY(loaded->admits(QStringLiteral("Visitor01"), QString::fromLatin1(password), now));
        QVERIFY(loaded->admits(QStringLiteral("ｖｉｓｉｔｏｒ０１"), QString::fromLatin1(password), now));
        QVERIFY(!loaded->admits(QStringLiteral("visitor01 "), QString::fromLatin1(password), now));
        QVERIFY(!loaded->admits(QStringLiteral("visitor01"), QStringLiteral("wrong password"), now));
        QVERIFY(!loaded->admits(QStringLiteral("clerk01"), QString::fromLatin1(password), now));
        QVERIFY(!loaded->admits(QStringLiteral("visitor01"), QString::fromLatin1(password),
                                loaded->credential().expiresAt)); // after midnight: no more
        QVERIFY(
            !FieldDay::fromPlatform({}, visitor01(), QString::fromLatin1(password))); // not the API's shape
    }

    void signingInOfflineWithTheDaysCredential()
    {
        PlatformClient offline(demoterminal::config(closedPort(), TerminalMode::Field));
        StaffLogin login(offline);
        login.useFieldDay(dir.filePath(QStringLiteral("field-day.json")));
        QVERIFY(login.fieldDay());
        QSignalSpy changed(&login, &StaffLogin::changed);
        login.login(QStringLiteral("visitor01"), QStringLiteral("wrong password"));
        QTRY_VERIFY_WITH_TIMEOUT(!login.busy(), 20000);
        QVERIFY(!login.staff());
        QVERIFY(!login.lastError().isEmpty());
        login.login(QStringLiteral("visitor01"), QString::fromLatin1(password));
        QTRY_VERIFY_WITH_TIMEOUT(login.staff().has_value(), 20000);
        QVERIFY(login.offline());
        QCOMPARE(login.staff()->roles(), QStringList{QStringLiteral("visitor")});
    }

    void anOnlineSignInKeepsTheDayAndARevokedCredentialIsWiped()
    {
        const QString path = dir.filePath(QStringLiteral("online-day.json"));
        {
            PlatformClient online(demoterminal::config(platform.port(), TerminalMode::Field));
            StaffLogin login(online);
            login.useFieldDay(path);
            login.login(QStringLiteral("visitor01"), QString::fromLatin1(password));
            QTRY_VERIFY_WITH_TIMEOUT(login.fieldDay().has_value(), 20000); // downloaded after the sign-in
            QVERIFY(!login.offline());
            QCOMPARE(login.fieldDay()->visits().size(), 1);
            QVERIFY(QFile::exists(path));
            const QString id = login.fieldDay()->credential().id;
            QCOMPARE(asVisitor("GET", QStringLiteral("/api/v1/staff/offline-credentials/") + id)
                         .json[QStringLiteral("state")]
                         .toString(),
                     QStringLiteral("valid"));
            // The laptop is reported lost: every credential of this visitor is revoked.
            const auto revoked =
                asVisitor("POST", QStringLiteral("/api/v1/staff/offline-credentials/revoke"));
            QCOMPARE(revoked.status, 200);
            QVERIFY(revoked.json[QStringLiteral("revoked")].toInt() >= 1);
            QCOMPARE(asVisitor("GET", QStringLiteral("/api/v1/staff/offline-credentials/") + id)
                         .json[QStringLiteral("state")]
                         .toString(),
                     QStringLiteral("revoked"));
            // Another terminal learns nothing of this one's credential.
            QCOMPARE(platform
                         .asTerminal(QStringLiteral("counter"), "GET",
                                     QStringLiteral("/api/v1/staff/offline-credentials/") + id)
                         .json[QStringLiteral("state")]
                         .toString(),
                     QStringLiteral("revoked"));
        }
        // The laptop starts again and reaches the platform: the revoked day is wiped.
        PlatformClient online(demoterminal::config(platform.port(), TerminalMode::Field));
        StaffLogin login(online);
        login.useFieldDay(path);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(path), 20000);
        QVERIFY(!login.fieldDay());
    }
};

QTEST_MAIN(TestFieldVisitsApi)
#include "tst_fieldvisitsapi.moc"
