// Staff login with lockout, logout, and the audit table (docs/api.md, "Staff").
#include "platformfixture.h"

#include <QSqlQuery>
#include <QTest>

class TestStaffApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Response login(const QString& user, const QString& password,
                                    const QString& mode = QStringLiteral("counter"))
    {
        return platform.asTerminal(
            mode, "POST", QStringLiteral("/api/v1/staff/login"),
            {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}});
    }

    int auditRows(const QString& action)
    {
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void loginLogoutAndAudit()
    {
        const auto r = login(QStringLiteral("clerk01"), QStringLiteral("demo-password-2026"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("staff")].toObject()[QStringLiteral("role")].toString(),
                 QStringLiteral("clerk"));
        const QByteArray token = r.json[QStringLiteral("staffSession")].toString().toLatin1();
        QCOMPARE(auditRows(QStringLiteral("staff_login")), 1);

        const auto action = platform.asTerminal(
            QStringLiteral("counter"), "POST", QStringLiteral("/api/v1/audit/events"),
            {{QStringLiteral("action"), QStringLiteral("reveal_number")},
             {QStringLiteral("detail"), QJsonObject{{QStringLiteral("field"), QStringLiteral("ssn")}}}},
            {{"X-SSC-Staff-Session", token}});
        QCOMPARE(action.status, 201);
        QCOMPARE(auditRows(QStringLiteral("terminal:reveal_number")), 1);

        QCOMPARE(platform
                     .asTerminal(QStringLiteral("counter"), "POST", QStringLiteral("/api/v1/staff/logout"),
                                 {}, {{"X-SSC-Staff-Session", token}})
                     .status,
                 204);
        QCOMPARE(auditRows(QStringLiteral("staff_logout")), 1);
        // After logout the token no longer records actions.
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("counter"), "POST", QStringLiteral("/api/v1/audit/events"),
                                 {{QStringLiteral("action"), QStringLiteral("x")}},
                                 {{"X-SSC-Staff-Session", token}})
                     .errorCode(),
                 QStringLiteral("staff_session_missing"));
    }

    void wrongPasswordsLockTheAccount()
    {
        // Each wrong password says how many more the account allows, the last of them locking it.
        for (int left = 4; left >= 1; --left) {
            const auto wrong =
                login(QStringLiteral("visitor01"), QStringLiteral("wrong-password"), QStringLiteral("field"));
            QCOMPARE(wrong.status, 401);
            QCOMPARE(wrong.json[QStringLiteral("error")][QStringLiteral("wrongBeforePause")].toInt(), left);
        }
        const auto locked =
            login(QStringLiteral("visitor01"), QStringLiteral("wrong-password"), QStringLiteral("field"));
        QCOMPARE(locked.status, 423);
        QCOMPARE(locked.errorCode(), QStringLiteral("account_locked"));
        // Even the right password is refused while locked.
        QCOMPARE(
            login(QStringLiteral("visitor01"), QStringLiteral("demo-password-2026"), QStringLiteral("field"))
                .status,
            423);
        QCOMPARE(auditRows(QStringLiteral("staff_sign_in_blocked")), 1);
        QVERIFY(auditRows(QStringLiteral("staff_login_failed")) >= 4);
    }

    void unknownUsersLookLikeWrongPasswords()
    {
        const auto r = login(QStringLiteral("nobody"), QStringLiteral("whatever-password"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("wrong_password"));
    }

    void kiosksHaveNoStaffLogin()
    {
        const auto r =
            login(QStringLiteral("clerk01"), QStringLiteral("demo-password-2026"), QStringLiteral("kiosk"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("staff_not_on_kiosk"));
    }

    void passwordsAreStoredSlowAndSalted()
    {
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM staff")));
        QSet<QString> hashes;
        int accounts = 0;
        while (q.next()) {
            ++accounts;
            QVERIFY(q.value(0).toString().startsWith(u"pbkdf2-sha256$200000$"));
            QVERIFY(!q.value(0).toString().contains(u"demo-password"));
            hashes.insert(q.value(0).toString());
        }
        QVERIFY(accounts >= 2);
        QCOMPARE(hashes.size(), accounts); // same password, different salts
    }
};

QTEST_GUILESS_MAIN(TestStaffApi)
#include "tst_staffapi.moc"
