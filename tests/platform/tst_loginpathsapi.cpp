// The other way in: scan-to-log-in (login codes). The physical card: tst_cardproofapi.
#include "platformfixture.h"

#include <QSqlQuery>
#include <QTest>

class TestLoginPathsApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void scanToLogIn()
    {
        const auto created =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/login-codes"));
        QCOMPARE(created.status, 201);
        const QString id = created.json[QStringLiteral("id")].toString();
        QVERIFY(created.json[QStringLiteral("qrText")].toString().startsWith(u"SSCLOGIN1."));
        const QString poll = QStringLiteral("/api/v1/login-codes/") + id;
        const QString confirmPath = QStringLiteral("/api/v1/demo/login-codes/%1/confirm").arg(id);

        QCOMPARE(platform.asTerminal(QStringLiteral("kiosk"), "GET", poll)
                     .json[QStringLiteral("state")]
                     .toString(),
                 QStringLiteral("pending"));
        // Another terminal cannot see or take it.
        QCOMPARE(platform.asTerminal(QStringLiteral("counter"), "GET", poll).status, 404);

        const auto confirm = platform.request("POST", confirmPath, R"({"person":"zhang-wei"})");
        QCOMPARE(confirm.status, 200);
        const QString pollPath = QStringLiteral("/api/v1/login-codes/") + id;
        const auto confirmed = platform.asTerminal(QStringLiteral("kiosk"), "GET", pollPath);
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(confirmed.json[QStringLiteral("state")].toString(), QStringLiteral("confirmed"));
        QCOMPARE(confirmed.json[QStringLiteral("session")].toObject()[QStringLiteral("method")].toString(),
                 QStringLiteral("login-code"));
        // Exactly once.
        QCOMPARE(platform.asTerminal(QStringLiteral("kiosk"), "GET", pollPath).errorCode(),
                 QStringLiteral("login_code_consumed"));
    }

    void loginCodeRefusals()
    {
        QCOMPARE(
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/login-codes/nope"))
                .errorCode(),
            QStringLiteral("login_code_unknown"));
        const QString id =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/login-codes"))
                .json[QStringLiteral("id")]
                .toString();
        // The app refuses to confirm with a lost card.
        const auto lost =
            platform.request("POST", QStringLiteral("/api/v1/demo/login-codes/%1/confirm").arg(id),
                             R"({"person":"wang-qiang-lost"})");
        QCOMPARE(lost.errorCode(), QStringLiteral("card_lost"));
        // An expired code.
        QSqlQuery expire(platform.database());
        QVERIFY(expire.exec(QStringLiteral("UPDATE login_codes SET expires_at = 0 WHERE id = '%1'").arg(id)));
        const auto expired =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/login-codes/") + id);
        QCOMPARE(expired.status, 410);
        QCOMPARE(expired.errorCode(), QStringLiteral("login_code_expired"));
    }
};

QTEST_GUILESS_MAIN(TestLoginPathsApi)
#include "tst_loginpathsapi.moc"
