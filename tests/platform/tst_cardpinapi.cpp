// A card's PIN change acknowledged to the platform (docs/card-services.md, "Change the PIN"), over real HTTP
// on both databases: each step needs the logged-in person's own card proven by its answer to a fresh
// challenge; a change concludes once, the same answer again is the same, a contradiction is refused; the
// person's access log says what happened. The test plays the card's part with its key
// (PlatformFixture::cardProof).
#include "platformfixture.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

class TestCardPinApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Response post(const QString& person, const QString& path, const QJsonObject& body)
    {
        const PlatformFixture::Headers headers = platform.citizenHeaders(person);
        return platform.asTerminal(QStringLiteral("kiosk"), "POST", path, body, headers);
    }

    QString begin(const QString& person)
    {
        const auto r = post(person, QStringLiteral("/api/v1/card/pin-changes"), platform.cardProof(person));
        if (r.status != 201)
            return {};
        return r.json[QStringLiteral("changeId")].toString();
    }

    PlatformFixture::Response conclude(const QString& person, const QString& id, const QString& outcome,
                                       const QString& cardOf = {})
    {
        QJsonObject body = platform.cardProof(cardOf.isEmpty() ? person : cardOf);
        body.insert(QStringLiteral("outcome"), outcome);
        return post(person, QStringLiteral("/api/v1/card/pin-changes/%1").arg(id), body);
    }

    QStringList auditActions(const QString& change)
    {
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT action FROM audit_log WHERE detail LIKE ? ORDER BY id"));
        q.addBindValue(QStringLiteral("%\"change\":\"%1\"%").arg(change));
        QStringList actions;
        if (q.exec())
            while (q.next())
                actions << q.value(0).toString();
        return actions;
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void aChangeBegunAndConcludedByTheCardItself()
    {
        const QString id = begin(QStringLiteral("zhang-wei"));
        QVERIFY(!id.isEmpty());
        const auto done = conclude(QStringLiteral("zhang-wei"), id, QStringLiteral("changed"));
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json[QStringLiteral("outcome")].toString(), QStringLiteral("changed"));
        QCOMPARE(auditActions(id),
                 (QStringList{QStringLiteral("card_pin_change_begun"), QStringLiteral("card_pin_changed")}));
        // The same conclusion again (an answer lost on the way) is the same answer, recorded once.
        const auto again = conclude(QStringLiteral("zhang-wei"), id, QStringLiteral("changed"));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json[QStringLiteral("concludedAt")], done.json[QStringLiteral("concludedAt")]);
        QCOMPARE(auditActions(id).size(), 2);
        // Another outcome for it is a contradiction.
        const auto contrary = conclude(QStringLiteral("zhang-wei"), id, QStringLiteral("unchanged"));
        QCOMPARE(contrary.status, 409);
        QCOMPARE(contrary.errorCode(), QStringLiteral("pin_change_concluded"));
        // The person's access log says it in their words, as done by themselves.
        const auto log =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/access-log"), {},
                                platform.citizenHeaders(QStringLiteral("zhang-wei")));
        QCOMPARE(log.status, 200);
        bool listed = false;
        for (const QJsonValue& e : log.json[QStringLiteral("entries")].toArray())
            listed |= e[QStringLiteral("action")].toString() == u"card_pin_changed" &&
                      e[QStringLiteral("by")].toString() == u"self";
        QVERIFY(listed);
    }

    void everyStepNeedsTheCardsOwnAnswer()
    {
        // A bare identifier proves nothing.
        const QJsonObject proof = platform.cardProof(QStringLiteral("zhang-wei"));
        QJsonObject bare{{QStringLiteral("cardIdentifier"), proof[QStringLiteral("cardIdentifier")]}};
        QCOMPARE(
            post(QStringLiteral("zhang-wei"), QStringLiteral("/api/v1/card/pin-changes"), bare).errorCode(),
            QStringLiteral("card_proof_missing"));
        // A proof used once is used up.
        QCOMPARE(post(QStringLiteral("zhang-wei"), QStringLiteral("/api/v1/card/pin-changes"), proof).status,
                 201);
        QCOMPARE(
            post(QStringLiteral("zhang-wei"), QStringLiteral("/api/v1/card/pin-changes"), proof).errorCode(),
            QStringLiteral("card_challenge_used"));
        // Without a citizen session: nobody to change it for.
        const auto anonymous =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/card/pin-changes"),
                                platform.cardProof(QStringLiteral("zhang-wei")));
        QCOMPARE(anonymous.status, 401);
    }

    void anotherPersonsCardIsRefused()
    {
        const auto r = post(QStringLiteral("zhang-wei"), QStringLiteral("/api/v1/card/pin-changes"),
                            platform.cardProof(QStringLiteral("li-na")));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("card_of_another_person"));
        const QString id = begin(QStringLiteral("zhang-wei"));
        QCOMPARE(conclude(QStringLiteral("zhang-wei"), id, QStringLiteral("changed"), QStringLiteral("li-na"))
                     .status,
                 403);
    }

    void unknownChangesAndOutcomesAreRefused()
    {
        QCOMPARE(conclude(QStringLiteral("zhang-wei"), QStringLiteral("00ff00ff00ff00ff00ff00ff"),
                          QStringLiteral("changed"))
                     .errorCode(),
                 QStringLiteral("pin_change_unknown"));
        const QString id = begin(QStringLiteral("zhang-wei"));
        QCOMPARE(conclude(QStringLiteral("zhang-wei"), id, QStringLiteral("maybe")).errorCode(),
                 QStringLiteral("bad_outcome"));
        QCOMPARE(conclude(QStringLiteral("zhang-wei"), id, QStringLiteral("unchanged")).status, 200);
        QCOMPARE(auditActions(id).last(), QStringLiteral("card_pin_unchanged"));
    }

    void noPinIsEverStored()
    {
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM card_pin_changes")));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                QVERIFY(!q.value(i).toString().contains(QStringLiteral("123456")));
    }
};

QTEST_MAIN(TestCardPinApi)
#include "tst_cardpinapi.moc"
