// The other ways in: the physical card (POST /api/v1/card/resolve) and scan-to-log-in (login codes).
#include "platformfixture.h"

#include <QSqlQuery>
#include <QTest>

class TestLoginPathsApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    struct CardRow {
        QString identifier;
        QString cardNumber;
        QString ssn;
    };
    CardRow card(const QString& person)
    {
        QSqlQuery q(platform.database());
        q.prepare(
            QStringLiteral("SELECT c.card_identifier, c.card_number, p.ssn FROM cards c JOIN people p ON "
                           "p.id = c.person_id WHERE p.demo_key = ? ORDER BY c.id"));
        q.addBindValue(person);
        if (!q.exec() || !q.next())
            return {};
        return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    }

    PlatformFixture::Response resolveCard(const QJsonObject& body)
    {
        return platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/card/resolve"),
                                   body);
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void generation2CardWithEverythingRead()
    {
        const CardRow c = card(QStringLiteral("zhang-wei"));
        const auto r = resolveCard({{QStringLiteral("cardIdentifier"), c.identifier},
                                    {QStringLiteral("ssn"), c.ssn},
                                    {QStringLiteral("cardNumber"), c.cardNumber}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("session")].toObject()[QStringLiteral("method")].toString(),
                 QStringLiteral("card"));
    }

    void generation3CardWithOnlyItsIdentifier()
    {
        const auto r = resolveCard(
            {{QStringLiteral("cardIdentifier"), card(QStringLiteral("chen-unemployed")).identifier}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("person")].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("陈杰"));
    }

    void cardRefusals()
    {
        QCOMPARE(resolveCard({{QStringLiteral("cardIdentifier"), QStringLiteral("999999D15600000500000000")}})
                     .errorCode(),
                 QStringLiteral("unknown_card"));
        QCOMPARE(resolveCard({}).errorCode(), QStringLiteral("missing_field"));
        const CardRow c = card(QStringLiteral("zhang-wei"));
        const auto mismatch = resolveCard({{QStringLiteral("cardIdentifier"), c.identifier},
                                           {QStringLiteral("ssn"), QStringLiteral("11010519491231002X")}});
        QCOMPARE(mismatch.status, 409);
        QCOMPARE(mismatch.errorCode(), QStringLiteral("card_data_mismatch"));
        const auto lost = resolveCard(
            {{QStringLiteral("cardIdentifier"), card(QStringLiteral("wang-qiang-lost")).identifier}});
        QCOMPARE(lost.status, 403);
        QCOMPARE(lost.errorCode(), QStringLiteral("card_lost"));
    }

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
