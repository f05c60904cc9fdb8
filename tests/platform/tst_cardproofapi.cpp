// The physical card proven to the platform (docs/security.md, "The card"), over real HTTP: a login and a
// citizen's consent open only with the card's answer to the platform's challenge; every way around it found
// when the platform still believed a bare card identifier is refused with its reason, and nothing opened.
// The test plays the card's part with the card's own key (PlatformFixture::cardProof).
#include "platformfixture.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

class TestCardProofApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Response resolveCard(const QJsonObject& body,
                                          const QString& mode = QStringLiteral("kiosk"))
    {
        return platform.asTerminal(mode, "POST", QStringLiteral("/api/v1/card/resolve"), body);
    }

    static QJsonObject with(QJsonObject body, const QString& key, const QJsonValue& value)
    {
        body.insert(key, value);
        return body;
    }

    void expectRefused(const PlatformFixture::Response& r, int status, const char* code)
    {
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), QString::fromLatin1(code));
        QVERIFY(!r.json.contains(QStringLiteral("session")));
        // Said in both languages, with what to do.
        const QJsonObject error = r.json[QStringLiteral("error")].toObject();
        QVERIFY(!error[QStringLiteral("message")].toObject()[QStringLiteral("zh_CN")].toString().isEmpty());
        QVERIFY(!error[QStringLiteral("message")].toObject()[QStringLiteral("en")].toString().isEmpty());
    }

    int sessionsOpened()
    {
        QSqlQuery q(platform.database());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM citizen_sessions")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void generation2CardWithEverythingRead()
    {
        const QJsonObject person = platform.demoPerson(QStringLiteral("zhang-wei"));
        QJsonObject body = platform.cardProof(QStringLiteral("zhang-wei"));
        body.insert(QStringLiteral("ssn"), person[QStringLiteral("ssn")]);
        body.insert(QStringLiteral("cardNumber"), person[QStringLiteral("cardNumber")]);
        const auto r = resolveCard(body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("session")].toObject()[QStringLiteral("method")].toString(),
                 QStringLiteral("card"));
    }

    void generation3CardWithOnlyItsIdentifier()
    {
        const auto r = resolveCard(platform.cardProof(QStringLiteral("chen-unemployed")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("person")].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("陈*")); // masked
    }

    void aChallengeIsRandomSingleUseAndForOneTerminal()
    {
        const QJsonObject a = platform.cardChallenge();
        const QJsonObject b = platform.cardChallenge();
        QCOMPARE(a[QStringLiteral("challenge")].toString().size(), 32);
        QVERIFY(a[QStringLiteral("challenge")] != b[QStringLiteral("challenge")]);
        const qint64 lifetime =
            a[QStringLiteral("expiresAt")].toInteger() - QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(lifetime > 55'000 && lifetime <= 60'000, qPrintable(QString::number(lifetime)));
        // Nobody but a registered terminal gets one.
        QCOMPARE(platform.request("POST", QStringLiteral("/api/v1/card/challenges")).status, 401);
    }

    void aBareIdentifierOpensNothing()
    {
        const int before = sessionsOpened();
        const QJsonObject person = platform.demoPerson(QStringLiteral("zhang-wei"));
        expectRefused(
            resolveCard({{QStringLiteral("cardIdentifier"), person[QStringLiteral("cardIdentifier")]},
                         {QStringLiteral("ssn"), person[QStringLiteral("ssn")]}}),
            401, "card_proof_missing");
        // A challenge id without the card's answer, or an answer that is not 16 bytes, is no better.
        const QJsonObject proof = platform.cardProof(QStringLiteral("zhang-wei"));
        expectRefused(resolveCard(with(proof, QStringLiteral("cryptogram"), QString())), 401,
                      "card_proof_missing");
        expectRefused(resolveCard(with(proof, QStringLiteral("cryptogram"), QStringLiteral("00ff"))), 401,
                      "card_proof_missing");
        QCOMPARE(sessionsOpened(), before);
    }

    void aReplayedAnswerIsRefused()
    {
        const QJsonObject proof = platform.cardProof(QStringLiteral("li-na"));
        QCOMPARE(resolveCard(proof).status, 200);
        const int before = sessionsOpened();
        expectRefused(resolveCard(proof), 409, "card_challenge_used");
        QCOMPARE(sessionsOpened(), before);
    }

    void anAnswerToAnotherChallengeIsRefused()
    {
        const QJsonObject answered = platform.cardProof(QStringLiteral("li-na"));
        const QJsonObject other = platform.cardChallenge();
        expectRefused(
            resolveCard(with(answered, QStringLiteral("challengeId"), other[QStringLiteral("challengeId")])),
            401, "card_proof_invalid");
        // A wrong answer uses the challenge up: guessing costs a challenge a try.
        expectRefused(
            resolveCard(with(answered, QStringLiteral("challengeId"), other[QStringLiteral("challengeId")])),
            409, "card_challenge_used");
    }

    void anAnswerFromAnotherCardIsRefused()
    {
        // 张伟's card answers, but the request names 李娜's card.
        const QJsonObject proof = platform.cardProof(QStringLiteral("zhang-wei"));
        const QJsonObject other = platform.demoPerson(QStringLiteral("li-na"));
        expectRefused(resolveCard(with(proof, QStringLiteral("cardIdentifier"),
                                       other[QStringLiteral("cardIdentifier")])),
                      401, "card_proof_invalid");
        QSqlQuery audit(platform.database());
        QVERIFY(
            audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'card_proof_refused'")));
        QVERIFY(audit.next() && audit.value(0).toInt() >= 1);
    }

    void anotherTerminalsChallengeIsUnknownHere()
    {
        const QJsonObject proof = platform.cardProof(QStringLiteral("li-na"), QStringLiteral("counter"));
        expectRefused(resolveCard(proof, QStringLiteral("kiosk")), 401, "card_challenge_unknown");
        expectRefused(resolveCard(with(proof, QStringLiteral("challengeId"), QStringLiteral("made-up"))), 401,
                      "card_challenge_unknown");
    }

    void anExpiredChallengeIsRefused()
    {
        const QJsonObject proof = platform.cardProof(QStringLiteral("li-na"));
        QSqlQuery expire(platform.database());
        expire.prepare(QStringLiteral("UPDATE card_challenges SET expires_at = ? WHERE id = ?"));
        expire.addBindValue(QDateTime::currentMSecsSinceEpoch() - 1);
        expire.addBindValue(proof[QStringLiteral("challengeId")].toString());
        QVERIFY(expire.exec());
        expectRefused(resolveCard(proof), 410, "card_challenge_expired");
    }

    void whatWasReadMustMatchAndTheCardsStatusCounts()
    {
        QJsonObject mismatch = platform.cardProof(QStringLiteral("zhang-wei"));
        mismatch.insert(QStringLiteral("ssn"), QStringLiteral("11010519491231002X"));
        const auto r = resolveCard(mismatch);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("card_data_mismatch"));
        expectRefused(resolveCard(platform.cardProof(QStringLiteral("wang-qiang-lost"))), 403, "card_lost");
        QCOMPARE(resolveCard({}).errorCode(), QStringLiteral("missing_field"));
    }

    void consentIsTheCardsProofNeverItsIdentifier()
    {
        const auto child = platform.citizenHeaders(QStringLiteral("adult-child"));
        const QString family = QStringLiteral("/api/v1/me/family");
        const QJsonObject parent = platform.demoPerson(QStringLiteral("elderly-parent"));
        // The parent's card identifier alone (printed in every answer about them) binds nobody.
        expectRefused(platform.asTerminal(
                          QStringLiteral("kiosk"), "POST", family,
                          {{QStringLiteral("cardIdentifier"), parent[QStringLiteral("cardIdentifier")]}},
                          child),
                      401, "card_proof_missing");
        QCOMPARE(platform.asTerminal(QStringLiteral("kiosk"), "GET", family, {}, child)
                     .json[QStringLiteral("family")]
                     .toArray()
                     .size(),
                 0);
        // The parent's card, PIN entered, answering this terminal's challenge: their consent.
        const auto bound = platform.asTerminal(QStringLiteral("kiosk"), "POST", family,
                                               platform.cardProof(QStringLiteral("elderly-parent")), child);
        QCOMPARE(bound.status, 201);
        QCOMPARE(bound.json[QStringLiteral("consent")].toString(), QStringLiteral("card"));

        // A clerk cannot confirm a form for the citizen with the citizen's card identifier either.
        const QByteArray token =
            platform.citizenSession(QStringLiteral("li-na"), QStringLiteral("counter")).toLatin1();
        const QString confirmations = QStringLiteral("/api/v1/me/confirmations");
        const QJsonObject lina = platform.demoPerson(QStringLiteral("li-na"));
        expectRefused(
            platform.asTerminal(QStringLiteral("counter"), "POST", confirmations,
                                {{QStringLiteral("cardIdentifier"), lina[QStringLiteral("cardIdentifier")]}},
                                {{"X-SSC-Citizen-Session", token}}),
            401, "card_proof_missing");
        const auto own =
            platform.asTerminal(QStringLiteral("counter"), "POST", confirmations,
                                platform.cardProof(QStringLiteral("li-na"), QStringLiteral("counter")),
                                {{"X-SSC-Citizen-Session", token}});
        QCOMPARE(own.status, 201);
        QCOMPARE(own.json[QStringLiteral("method")].toString(), QStringLiteral("card"));
    }
};

QTEST_MAIN(TestCardProofApi)
#include "tst_cardproofapi.moc"
