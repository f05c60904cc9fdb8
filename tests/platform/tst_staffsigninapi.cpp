// Staff sign-in that reveals nothing (issue 16, part 3), over real HTTP: unknown and known user names
// answered alike, through the block too; one spelling of a user name (normalised, never trimmed: "clerk01 "
// refused with the reason); back-off per account and per terminal, so one terminal cannot lock every clerk
// out; blocks audited; the hall manager's counter view and clearing (docs/security.md, "Staff sign-in").
#include "platformfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString rightPassword = QStringLiteral("demo-password-2026");
const QString wrongPassword = QStringLiteral("not-the-password");

} // namespace

class TestStaffSignInApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    std::map<QString, QByteArray> secrets; // counter terminals registered for this test

    // A counter terminal of its own, so each test's failures count against a terminal nobody else uses.
    bool registerCounter(const QString& id)
    {
        const auto [status, output] =
            platform.command({QStringLiteral("register-terminal"), id, QStringLiteral("counter"),
                              QStringLiteral("Hall ") + id});
        secrets[id] = output.trimmed().toLatin1();
        return status == 0;
    }

    PlatformFixture::Response at(const QString& terminal, const QByteArray& method, const QString& path,
                                 const QJsonObject& body = {}, PlatformFixture::Headers headers = {})
    {
        headers.push_back({"Authorization", "Bearer " + terminal.toLatin1() + ':' + secrets[terminal]});
        headers.push_back({"X-SSC-Terminal-Mode", "counter"});
        return platform.request(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    PlatformFixture::Response signIn(const QString& terminal, const QString& user, const QString& password)
    {
        return at(terminal, "POST", QStringLiteral("/api/v1/staff/login"),
                  {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}});
    }

    PlatformFixture::Headers managerAt(const QString& terminal)
    {
        const auto r = signIn(terminal, QStringLiteral("manager01"), rightPassword);
        return {{"X-SSC-Staff-Session", r.json[QStringLiteral("staffSession")].toString().toLatin1()}};
    }

    int auditRows(const QString& action, const QString& detailPart = {})
    {
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND detail LIKE ?"));
        q.addBindValue(action);
        q.addBindValue(QStringLiteral("%") + detailPart + QStringLiteral("%"));
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    // An answer without its times, to compare two answers.
    static QString shape(const PlatformFixture::Response& r)
    {
        QJsonObject error = r.json[QStringLiteral("error")].toObject();
        error.remove(QStringLiteral("lockedUntil"));
        error.remove(QStringLiteral("message")); // says the time of day the block ends
        return QString::number(r.status) +
               QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        for (const char* id : {"hall-a", "hall-b", "hall-c", "hall-d", "hall-e", "hall-f"})
            QVERIFY(registerCounter(QString::fromLatin1(id)));
    }

    // Five tries used to tell whether an account exists: known names locked, unknown never did.
    void unknownAndKnownNamesAnswerAlike()
    {
        QStringList known;
        QStringList unknown;
        for (int i = 0; i < 6; ++i) {
            known << shape(signIn(QStringLiteral("hall-a"), QStringLiteral("reviewer01"), wrongPassword));
            unknown << shape(signIn(QStringLiteral("hall-b"), QStringLiteral("reviewer99"), wrongPassword));
        }
        QCOMPARE(unknown, known);
        QVERIFY2(known[3].startsWith(u"401") && known[4].startsWith(u"423") && known[5].startsWith(u"423"),
                 qPrintable(known.join(u'\n')));
        // A block that begins is audited, the unknown name not written down (it may be a mistyped password).
        QCOMPARE(auditRows(QStringLiteral("staff_sign_in_blocked"), QStringLiteral("reviewer01")), 1);
        QCOMPARE(auditRows(QStringLiteral("staff_sign_in_blocked"), QStringLiteral("no such account")), 1);
        QCOMPARE(auditRows(QStringLiteral("staff_sign_in_blocked"), QStringLiteral("reviewer99")), 0);
    }

    void aUserNameHasOneSpelling()
    {
        const int failuresBefore = auditRows(QStringLiteral("staff_login_failed"));
        const auto spaced = signIn(QStringLiteral("hall-c"), QStringLiteral("clerk01 "), rightPassword);
        QCOMPARE(spaced.status, 400);
        QCOMPARE(spaced.errorCode(), QStringLiteral("username_spaces"));
        const QJsonObject message =
            spaced.json[QStringLiteral("error")].toObject()[QStringLiteral("message")].toObject();
        QVERIFY(message[QStringLiteral("zh_CN")].toString().contains(QStringLiteral("空格")));
        QVERIFY(message[QStringLiteral("en")].toString().contains(QStringLiteral("space")));
        QCOMPARE(signIn(QStringLiteral("hall-c"), QStringLiteral(" clerk01"), rightPassword).status, 400);
        QCOMPARE(signIn(QStringLiteral("hall-c"), QStringLiteral("clerk01\u3000"), rightPassword).status,
                 400);
        QCOMPARE(signIn(QStringLiteral("hall-c"), QStringLiteral("clerk\u000101"), rightPassword).errorCode(),
                 QStringLiteral("username_invalid"));
        // Refused names count for nothing: no counter grew.
        QCOMPARE(auditRows(QStringLiteral("staff_login_failed")), failuresBefore);
        // Case and a Chinese input method's full-width letters are the same name.
        QCOMPARE(signIn(QStringLiteral("hall-c"), QStringLiteral("Clerk01"), rightPassword).status, 200);
        QCOMPARE(signIn(QStringLiteral("hall-c"), QStringLiteral("ｃｌｅｒｋ０１"), rightPassword).status,
                 200);
    }

    // One terminal trying every clerk's account blocks two accounts at most, then is paused itself; every
    // other clerk signs in at another terminal.
    void oneTerminalCannotLockEveryClerkOut()
    {
        QList<int> answers;
        for (const char* user : {"clerk01", "visitor01", "senior01"})
            for (int i = 0; i < 5; ++i)
                answers << signIn(QStringLiteral("hall-d"), QString::fromLatin1(user), wrongPassword).status;
        QCOMPARE(answers.mid(0, 10), (QList<int>{401, 401, 401, 401, 423, 401, 401, 401, 401, 423}));
        // The tenth failure paused hall-d: nothing more is tried there, so the third account stays open.
        QCOMPARE(answers.mid(10), (QList<int>{429, 429, 429, 429, 429}));
        const auto paused = signIn(QStringLiteral("hall-d"), QStringLiteral("manager01"), rightPassword);
        QCOMPARE(paused.status, 429);
        QCOMPARE(paused.errorCode(), QStringLiteral("terminal_sign_in_paused"));
        QCOMPARE(signIn(QStringLiteral("hall-e"), QStringLiteral("senior01"), rightPassword).status, 200);
        // The two blocked accounts are blocked everywhere until they are cleared or the block ends.
        QCOMPARE(signIn(QStringLiteral("hall-e"), QStringLiteral("clerk01"), rightPassword).status, 423);
        QCOMPARE(auditRows(QStringLiteral("staff_sign_in_blocked"), QStringLiteral("hall-d")), 1);
    }

    // A wrong password's answer says how many more wrong ones the nearer counter allows, the last of them
    // pausing: the account's four at first, fewer once the terminal has tried many names.
    void aWrongPasswordSaysHowManyMoreBeforeAPause()
    {
        QList<int> left;
        for (int i = 1; i <= 8; ++i) {
            const auto r = signIn(QStringLiteral("hall-f"), QStringLiteral("nobody%1").arg(i), wrongPassword);
            QCOMPARE(r.status, 401);
            left << r.json[QStringLiteral("error")][QStringLiteral("wrongBeforePause")].toInt();
        }
        // The terminal pauses at its tenth failure: after its sixth, four more; after its eighth, two.
        QCOMPARE(left, (QList<int>{4, 4, 4, 4, 4, 4, 3, 2}));
        const auto anotherName = [&](int i) {
            return signIn(QStringLiteral("hall-f"), QStringLiteral("nobody%1").arg(i), wrongPassword);
        };
        QCOMPARE(anotherName(9).json[QStringLiteral("error")][QStringLiteral("wrongBeforePause")].toInt(), 1);
        QCOMPARE(anotherName(10).errorCode(), QStringLiteral("terminal_sign_in_paused"));
    }

    void theHallManagerSeesAndClearsCounters()
    {
        const auto manager = managerAt(QStringLiteral("hall-e"));
        const auto view = at(QStringLiteral("hall-e"), "GET",
                             QStringLiteral("/api/v1/staff/sign-in-counters"), {}, manager);
        QCOMPARE(view.status, 200);
        QStringList blocked;
        for (const QJsonValue& v : view.json[QStringLiteral("counters")].toArray())
            if (v.toObject().contains(QStringLiteral("blockedUntil")))
                blocked << v.toObject()[QStringLiteral("kind")].toString() + u':' +
                               v.toObject()[QStringLiteral("name")].toString();
        QVERIFY2(blocked.contains(QStringLiteral("account:clerk01")), qPrintable(blocked.join(u' ')));
        QVERIFY(blocked.contains(QStringLiteral("terminal:hall-d")));
        // A terminal's counter says what kind of terminal it is, for the screen to show beside its name.
        for (const QJsonValue& v : view.json[QStringLiteral("counters")].toArray())
            if (v.toObject()[QStringLiteral("name")].toString() == u"hall-d")
                QCOMPARE(v.toObject()[QStringLiteral("terminalMode")].toString(), QStringLiteral("counter"));
        QVERIFY(!blocked.join(u' ').contains(QStringLiteral("reviewer99"))); // unknown names only counted
        QVERIFY(view.json[QStringLiteral("unknownNames")].toInt() >= 1);

        // Only a manager.
        const auto clerk = signIn(QStringLiteral("hall-e"), QStringLiteral("senior01"), rightPassword);
        const PlatformFixture::Headers clerkSession{
            {"X-SSC-Staff-Session", clerk.json[QStringLiteral("staffSession")].toString().toLatin1()}};
        QCOMPARE(at(QStringLiteral("hall-e"), "GET", QStringLiteral("/api/v1/staff/sign-in-counters"), {},
                    clerkSession)
                     .status,
                 403);

        const auto clear = [&](const char* kind, const char* name) {
            return at(QStringLiteral("hall-e"), "POST",
                      QStringLiteral("/api/v1/staff/sign-in-counters/clear"),
                      {{QStringLiteral("kind"), QString::fromLatin1(kind)},
                       {QStringLiteral("name"), QString::fromLatin1(name)}},
                      manager);
        };
        QCOMPARE(clear("account", "clerk01").status, 200);
        QCOMPARE(signIn(QStringLiteral("hall-e"), QStringLiteral("clerk01"), rightPassword).status, 200);
        QCOMPARE(clear("terminal", "hall-d").status, 200);
        QCOMPARE(signIn(QStringLiteral("hall-d"), QStringLiteral("senior01"), wrongPassword).status, 401);
        QCOMPARE(clear("terminal", "hall-d").status, 200);
        QCOMPARE(clear("terminal", "hall-d").errorCode(), QStringLiteral("sign_in_counter_unknown"));
        QCOMPARE(clear("printer", "hall-d").errorCode(), QStringLiteral("sign_in_counter_kind"));
        QCOMPARE(auditRows(QStringLiteral("sign_in_counter_cleared"), QStringLiteral("clerk01")), 1);
        QCOMPARE(auditRows(QStringLiteral("sign_in_counters_read")), 1);
    }
};

QTEST_MAIN(TestStaffSignInApi)
#include "tst_staffsigninapi.moc"
