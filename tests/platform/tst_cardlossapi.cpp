// Reporting a card lost (挂失) and cancelling the report (解挂) over real HTTP (docs/card-services.md,
// "Report lost"): the report from the person's own session, once per Idempotency-Key, its e-card refused at
// once; a cancellation only with the card's answer to the platform's challenge, after which its e-card works
// again. The test plays the card's part with the card's own key (PlatformFixture::cardProofFor).
#include "platformfixture.h"
#include "refusal.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

class TestCardLossApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    const QString lost = QStringLiteral("/api/v1/me/cards/lost");
    const QString found = QStringLiteral("/api/v1/card/found");

    // The card the person's login answer names (as a terminal has it).
    QString cardOf(const QString& person)
    {
        const auto r =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/ecard/resolve"),
                                {{QStringLiteral("code"), platform.mint(person)}});
        return r.json[QStringLiteral("card")].toObject()[QStringLiteral("cardIdentifier")].toString();
    }

    // In a fresh session of the person, or in `session` (a retry comes from the session that asked).
    PlatformFixture::Response report(const QString& person, const QString& card, const QByteArray& key,
                                     const QString& mode = QStringLiteral("kiosk"),
                                     PlatformFixture::Headers extra = {}, QString session = {})
    {
        if (session.isEmpty())
            session = platform.citizenSession(person, mode);
        PlatformFixture::Headers headers{{"X-SSC-Citizen-Session", session.toLatin1()},
                                         {"Idempotency-Key", key}};
        headers.insert(headers.end(), extra.begin(), extra.end());
        return platform.asTerminal(mode, "POST", lost, {{QStringLiteral("cardIdentifier"), card}}, headers);
    }

    PlatformFixture::Response cancel(const QJsonObject& proof, const QByteArray& key)
    {
        return platform.asTerminal(QStringLiteral("kiosk"), "POST", found, proof, {{"Idempotency-Key", key}});
    }

    int auditRows(const QString& action, const QString& card)
    {
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN cards c ON c.person_id = a.person_id "
                                 "WHERE a.action = ? AND c.card_identifier = ?"));
        q.addBindValue(action);
        q.addBindValue(card);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    QString statusOf(const QString& card)
    {
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT status FROM cards WHERE card_identifier = ?"));
        q.addBindValue(card);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    int eCardLogin(const QString& person)
    {
        return platform
            .asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/ecard/resolve"),
                        {{QStringLiteral("code"), platform.mint(person)}})
            .status;
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void reportedOnceItsECardRefusedAtOnce()
    {
        const QString card = cardOf(QStringLiteral("zhao-mover"));
        QVERIFY(!card.isEmpty());
        QCOMPARE(eCardLogin(QStringLiteral("zhao-mover")), 200);
        const QString session = platform.citizenSession(QStringLiteral("zhao-mover"));
        const auto r =
            report(QStringLiteral("zhao-mover"), card, "lost-zhao-1", QStringLiteral("kiosk"), {}, session);
        QCOMPARE(r.status, 201);
        const QString receipt = r.json[QStringLiteral("receipt")].toString();
        QVERIFY(receipt.startsWith(u'R'));
        QCOMPARE(r.json[QStringLiteral("card")].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("lost"));
        QCOMPARE(statusOf(card), QStringLiteral("lost"));
        QCOMPARE(auditRows(QStringLiteral("card_reported_lost"), card), 1);

        // The retry of a lost answer: the same receipt, nothing filed or audited twice.
        const auto again =
            report(QStringLiteral("zhao-mover"), card, "lost-zhao-1", QStringLiteral("kiosk"), {}, session);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json[QStringLiteral("receipt")].toString(), receipt);
        QVERIFY(again.json[QStringLiteral("replayed")].toBool());
        QCOMPARE(auditRows(QStringLiteral("card_reported_lost"), card), 1);

        // A second report under another key is refused, and the e-card no longer logs anyone in.
        expectRefusal(
            report(QStringLiteral("zhao-mover"), card, "lost-zhao-2", QStringLiteral("kiosk"), {}, session),
            409, "card_already_lost");
        QCOMPARE(eCardLogin(QStringLiteral("zhao-mover")), 403);
    }

    void anotherPersonsCardIsNotThere()
    {
        const QString theirs = cardOf(QStringLiteral("zhang-wei"));
        expectRefusal(report(QStringLiteral("li-na"), theirs, "lost-other-1"), 404, "unknown_card");
        QCOMPARE(statusOf(theirs), QStringLiteral("normal"));
        QCOMPARE(auditRows(QStringLiteral("card_reported_lost"), theirs), 0);
    }

    void refusedWithoutAKeyOrACard()
    {
        const QString card = cardOf(QStringLiteral("chen-unemployed"));
        const auto noKey = platform.asTerminal(QStringLiteral("kiosk"), "POST", lost,
                                               {{QStringLiteral("cardIdentifier"), card}},
                                               platform.citizenHeaders(QStringLiteral("chen-unemployed")));
        QCOMPARE(noKey.status, 400);
        QCOMPARE(noKey.errorCode(), QStringLiteral("idempotency_key_missing"));
        expectRefusal(report(QStringLiteral("chen-unemployed"), QString(), "lost-chen-1"), 400,
                      "missing_field");
        // No session, no report.
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "POST", lost,
                                 {{QStringLiteral("cardIdentifier"), card}},
                                 {{"Idempotency-Key", "lost-chen-2"}})
                     .errorCode(),
                 QStringLiteral("citizen_session_missing"));
        QCOMPARE(statusOf(card), QStringLiteral("normal"));
    }

    void atACounterTheClerkIsRecorded()
    {
        // li-na holds two cards: the Shenzhen one is reported, the other keeps working.
        const QJsonObject session =
            platform
                .asTerminal(QStringLiteral("counter"), "POST", QStringLiteral("/api/v1/ecard/resolve"),
                            {{QStringLiteral("code"), platform.mint(QStringLiteral("li-na"))}})
                .json;
        QString shenzhen;
        for (const QJsonValue& c : session[QStringLiteral("cards")].toArray())
            if (c.toObject()[QStringLiteral("regionCode")].toString() == u"440300")
                shenzhen = c.toObject()[QStringLiteral("cardIdentifier")].toString();
        QVERIFY(!shenzhen.isEmpty());
        // Without a clerk signed in, a counter takes no report.
        QCOMPARE(report(QStringLiteral("li-na"), shenzhen, "lost-lina-0", QStringLiteral("counter")).status,
                 401);
        const QByteArray clerk =
            platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")).toLatin1();
        const auto r = report(QStringLiteral("li-na"), shenzhen, "lost-lina-1", QStringLiteral("counter"),
                              {{"X-SSC-Staff-Session", clerk}});
        QCOMPARE(r.status, 201);
        QCOMPARE(statusOf(shenzhen), QStringLiteral("lost"));
        QCOMPARE(eCardLogin(QStringLiteral("li-na")), 200); // her Shanghai card's e-card
        const auto log =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/access-log"), {},
                                platform.citizenHeaders(QStringLiteral("li-na")));
        QJsonObject reported;
        for (const QJsonValue& e : log.json[QStringLiteral("entries")].toArray())
            if (e.toObject()[QStringLiteral("action")].toString() == u"card_reported_lost")
                reported = e.toObject();
        QCOMPARE(reported[QStringLiteral("by")].toString(), QStringLiteral("staff"));
        QCOMPARE(reported[QStringLiteral("staff")].toObject()[QStringLiteral("role")].toString(),
                 QStringLiteral("clerk"));
        QVERIFY(reported[QStringLiteral("card")].toString().contains(u'*'));
        QCOMPARE(reported[QStringLiteral("service")].toObject()[QStringLiteral("zh_CN")].toString().isEmpty(),
                 false);
    }

    void cancelledOnlyWithTheCardProven()
    {
        const QJsonObject person = platform.demoPerson(QStringLiteral("wang-qiang-lost"));
        const QString card = person[QStringLiteral("cardIdentifier")].toString();
        QCOMPARE(statusOf(card), QStringLiteral("lost"));
        QCOMPARE(eCardLogin(QStringLiteral("wang-qiang-lost")), 403);

        // A bare identifier, and an answer that is not this card's, change nothing.
        expectRefusal(cancel({{QStringLiteral("cardIdentifier"), card}}, "found-wang-1"), 401,
                      "card_proof_missing");
        QJsonObject wrong = PlatformFixture::cardProofFor(person, platform.cardChallenge());
        wrong[QStringLiteral("cryptogram")] = QStringLiteral("00112233445566778899aabbccddeeff");
        expectRefusal(cancel(wrong, "found-wang-2"), 401, "card_proof_invalid");
        QCOMPARE(statusOf(card), QStringLiteral("lost"));
        QCOMPARE(auditRows(QStringLiteral("card_loss_cancelled"), card), 0);

        const QJsonObject proof = PlatformFixture::cardProofFor(person, platform.cardChallenge());
        const auto r = cancel(proof, "found-wang-3");
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[QStringLiteral("card")].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("normal"));
        QCOMPARE(statusOf(card), QStringLiteral("normal"));
        QCOMPARE(auditRows(QStringLiteral("card_loss_cancelled"), card), 1);

        // A retry after a lost answer carries the spent challenge: answered from its receipt, not refused.
        const auto again = cancel(proof, "found-wang-3");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json[QStringLiteral("receipt")], r.json[QStringLiteral("receipt")]);
        QCOMPARE(auditRows(QStringLiteral("card_loss_cancelled"), card), 1);

        // Its e-card works again; and a card not reported lost has nothing to cancel.
        QCOMPARE(eCardLogin(QStringLiteral("wang-qiang-lost")), 200);
        expectRefusal(cancel(PlatformFixture::cardProofFor(person, platform.cardChallenge()), "found-wang-4"),
                      409, "card_not_lost");
    }

    void reportedAndCancelledRoundTrip()
    {
        const QJsonObject person = platform.demoPerson(QStringLiteral("liu-retiree"));
        const QString card = person[QStringLiteral("cardIdentifier")].toString();
        QCOMPARE(report(QStringLiteral("liu-retiree"), card, "lost-liu-1").status, 201);
        QCOMPARE(eCardLogin(QStringLiteral("liu-retiree")), 403);
        // A lost card proves itself (the status is the route's to judge) and cancels its report.
        QCOMPARE(
            cancel(PlatformFixture::cardProofFor(person, platform.cardChallenge()), "found-liu-1").status,
            201);
        QCOMPARE(eCardLogin(QStringLiteral("liu-retiree")), 200);
        // Both are in the person's access log as their own doing.
        const auto log =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/access-log"), {},
                                platform.citizenHeaders(QStringLiteral("liu-retiree")));
        QStringList actions;
        for (const QJsonValue& e : log.json[QStringLiteral("entries")].toArray()) {
            const QString action = e.toObject()[QStringLiteral("action")].toString();
            if (action.startsWith(u"card_")) {
                actions << action;
                QCOMPARE(e.toObject()[QStringLiteral("by")].toString(), QStringLiteral("self"));
            }
        }
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("card_loss_cancelled"), QStringLiteral("card_reported_lost")}));
    }

    void notOnAFieldLaptop()
    {
        const QString token = platform.citizenSession(QStringLiteral("adult-child"), QStringLiteral("field"));
        if (token.isEmpty())
            QSKIP("no citizen session on the field terminal");
        const auto r = platform.asTerminal(
            QStringLiteral("field"), "POST", lost,
            {{QStringLiteral("cardIdentifier"), cardOf(QStringLiteral("adult-child"))}},
            {{"X-SSC-Citizen-Session", token.toLatin1()}, {"Idempotency-Key", "lost-field-1"}});
        expectRefusal(r, 403, "card_loss_not_here");
    }
};

QTEST_GUILESS_MAIN(TestCardLossApi)
#include "tst_cardlossapi.moc"
