// The citizen session check of every citizen request, read with the terminal's credentials in one statement
// (auth/terminalauth.cpp): a live session of this terminal passes; an expired, ended or other terminal's one,
// or a token nobody has, answers 401 citizen_session_missing; the terminal itself stays authenticated
// whatever session header it sends.
#include "platformfixture.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

class TestSessionCheck : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Response current(const QString& token, const QString& mode = QStringLiteral("kiosk"))
    {
        return platform.asTerminal(mode, "GET", QStringLiteral("/api/v1/sessions/current"), {},
                                   {{"X-SSC-Citizen-Session", token.toLatin1()}});
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void aLiveSessionOfThisTerminalPasses()
    {
        const QString token = platform.citizenSession(QStringLiteral("zhang-wei"));
        QVERIFY(!token.isEmpty());
        const auto r = current(token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("session")].toObject()[QStringLiteral("method")].toString(),
                 QStringLiteral("ecard"));
        QCOMPARE(current(token, QStringLiteral("counter")).status, 401); // bound to the kiosk
    }

    void anExpiredSessionIsRefused()
    {
        const QString token = platform.citizenSession(QStringLiteral("zhang-wei"));
        QCOMPARE(current(token).status, 200);
        QSqlQuery expire(platform.database());
        expire.prepare(QStringLiteral("UPDATE citizen_sessions SET expires_at = ? WHERE ended_at IS NULL"));
        expire.addBindValue(QDateTime::currentMSecsSinceEpoch() - 1);
        QVERIFY(expire.exec());
        const auto r = current(token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QStringLiteral("citizen_session_missing"));
    }

    void anEndedSessionIsRefused()
    {
        const QString token = platform.citizenSession(QStringLiteral("li-na"));
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "DELETE",
                                 QStringLiteral("/api/v1/sessions/current"), {},
                                 {{"X-SSC-Citizen-Session", token.toLatin1()}})
                     .status,
                 204);
        QCOMPARE(current(token).errorCode(), QStringLiteral("citizen_session_missing"));
    }

    void anUnknownTokenLeavesTheTerminalAuthenticated()
    {
        QCOMPARE(current(QStringLiteral("no-such-session")).errorCode(),
                 QStringLiteral("citizen_session_missing"));
        // A route for the terminal alone answers as without the header.
        const auto keys =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/ecard/keys"), {},
                                {{"X-SSC-Citizen-Session", "no-such-session"}});
        QCOMPARE(keys.status, 200);
        // A wrong terminal secret is refused with or without a session header.
        const auto forged = platform.request(
            "GET", QStringLiteral("/api/v1/sessions/current"), {},
            {{"Authorization", "Bearer demo-kiosk:wrong"},
             {"X-SSC-Terminal-Mode", "kiosk"},
             {"X-SSC-Citizen-Session", platform.citizenSession(QStringLiteral("zhang-wei")).toLatin1()}});
        QCOMPARE(forged.status, 401);
        QCOMPARE(forged.errorCode(), QStringLiteral("terminal_unauthenticated"));
    }
};

QTEST_GUILESS_MAIN(TestSessionCheck)
#include "tst_sessioncheck.moc"
