// Replacing a card (补换卡) over real HTTP on both databases (docs/card-services.md, "Replace the card"): the
// application from the person's own session with the fee by its reason, once per Idempotency-Key, in "my
// applications" with its progress; the refusals (another person's card, an unknown reason, a lost card not
// reported lost, a cancelled card, a second one under way); at a counter the new card made by the platform,
// personalised by the emulated instant-issue encoder (EF05/EF06 and the keys), and the cards' statuses
// changed only when that card answers the platform's challenge: then the old card and its e-card are
// refused and the new card logs in.
#include "cardreader/ssseapplication.h"
#include "cardservices/cardreplacement.h"
#include "platformfixture.h"
#include "refusal.h"
#include "simulator/emulatedcardencoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace ssc;

class TestCardReplacementApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QByteArray clerk;

    const QString base = QStringLiteral("/api/v1/me/card-replacements");

    // A session of the person on that terminal (at a counter with the clerk signed in beside it).
    struct Served {
        QString mode;
        PlatformFixture::Headers headers;
    };
    Served serve(const QString& person, const QString& mode = QStringLiteral("kiosk"))
    {
        Served s{mode, {{"X-SSC-Citizen-Session", platform.citizenSession(person, mode).toLatin1()}}};
        if (mode == u"counter")
            s.headers.emplace_back("X-SSC-Staff-Session", clerk);
        return s;
    }

    PlatformFixture::Response call(const Served& s, const QString& path, const QJsonObject& body = {},
                                   const QByteArray& key = {}, const QByteArray& method = "POST")
    {
        PlatformFixture::Headers headers = s.headers;
        if (!key.isEmpty())
            headers.emplace_back("Idempotency-Key", key);
        return platform.asTerminal(s.mode, method, path, body, headers);
    }

    PlatformFixture::Response apply(const Served& s, const QString& card, const QString& reason,
                                    const QByteArray& key)
    {
        return call(s, base, {{QStringLiteral("cardIdentifier"), card}, {QStringLiteral("reason"), reason}},
                    key);
    }

    QString value(const QString& sql, const QVariantList& args)
    {
        QSqlQuery q(platform.database());
        q.prepare(sql);
        for (const QVariant& a : args)
            q.addBindValue(a);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    QString statusOf(const QString& card)
    {
        return value(QStringLiteral("SELECT status FROM cards WHERE card_identifier = ?"), {card});
    }

    int auditRows(const QString& action, const QString& receipt)
    {
        return value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND detail LIKE ?"),
                     {action, QStringLiteral("%") + receipt + u'%'})
            .toInt();
    }

    QString applicationStatus(const Served& s, const QString& receipt)
    {
        const auto list = call(s, QStringLiteral("/api/v1/me/applications"), {}, {}, "GET");
        for (const QJsonValue& a : list.json[QStringLiteral("applications")].toArray())
            if (a.toObject()[QStringLiteral("receipt")].toString() == receipt) {
                if (a.toObject()[QStringLiteral("kind")].toString() != u"card-replacement")
                    return QStringLiteral("wrong kind");
                return a.toObject()[QStringLiteral("status")].toString();
            }
        return {};
    }

    int eCardLogin(const QString& person)
    {
        return platform
            .asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/ecard/resolve"),
                        {{QStringLiteral("code"), platform.mint(person)}})
            .status;
    }

    PlatformFixture::Response cardLogin(const QJsonObject& proof)
    {
        return platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/card/resolve"),
                                   proof);
    }

    // The card's own answer to a fresh challenge for that terminal, read off the chip as a terminal does.
    static QJsonObject proofFrom(SsseApplication& card, const QString& identifier,
                                 const QJsonObject& challenge)
    {
        const auto answer = card.internalAuthenticate(
            QByteArray::fromHex(challenge[QStringLiteral("challenge")].toString().toLatin1()));
        return {{QStringLiteral("cardIdentifier"), identifier},
                {QStringLiteral("challengeId"), challenge[QStringLiteral("challengeId")]},
                {QStringLiteral("cryptogram"), QString::fromLatin1(answer.cryptogram.toHex())}};
    }

    void review(const QString& receipt, const QString& decision)
    {
        const auto r =
            platform.request("POST", QStringLiteral("/api/v1/demo/applications/%1/review").arg(receipt),
                             QJsonDocument(QJsonObject{{QStringLiteral("decision"), decision}}).toJson(),
                             {{"Content-Type", "application/json"}});
        QCOMPARE(r.status, 200);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        clerk = platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")).toLatin1();
        QVERIFY(!clerk.isEmpty());
    }

    void appliedOnceWithTheFeeAndItsProgressShown()
    {
        const Served kiosk = serve(QStringLiteral("zhang-wei"));
        const QString card =
            platform.demoPerson(QStringLiteral("zhang-wei"))[QStringLiteral("cardIdentifier")].toString();
        const auto r = apply(kiosk, card, QStringLiteral("damaged"), "replace-zhang-1");
        QCOMPARE(r.status, 201);
        const QString receipt = r.json[QStringLiteral("receipt")].toString();
        QVERIFY(receipt.startsWith(u'R'));
        QCOMPARE(r.json[QStringLiteral("feeFen")].toInt(),
                 ReplacementRules::feeFen(ReplacementReason::Damaged));
        QCOMPARE(r.json[QStringLiteral("feeFen")].toInt(), 2000);
        QCOMPARE(r.json[QStringLiteral("status")].toString(), QStringLiteral("submitted"));
        QVERIFY(
            r.json[QStringLiteral("oldCard")].toObject()[QStringLiteral("cardNumber")].toString().contains(
                u'*'));
        QVERIFY(CardReplacementState::fromPlatform(r.json).has_value());
        QCOMPARE(auditRows(QStringLiteral("card_replacement_applied"), receipt), 1);

        // The retry of a lost answer: the same receipt, one filing, one audit row.
        const auto again = apply(kiosk, card, QStringLiteral("damaged"), "replace-zhang-1");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json[QStringLiteral("receipt")].toString(), receipt);
        QVERIFY(again.json[QStringLiteral("replayed")].toBool());
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM card_replacements WHERE old_card_id = (SELECT id "
                                      "FROM cards WHERE card_identifier = ?)"),
                       {card}),
                 QStringLiteral("1"));
        QCOMPARE(auditRows(QStringLiteral("card_replacement_applied"), receipt), 1);
        // Another request while it stands is refused; the card itself keeps working meanwhile.
        expectRefusal(apply(kiosk, card, QStringLiteral("expired"), "replace-zhang-2"), 409,
                      "card_replacement_pending");
        QCOMPARE(statusOf(card), QStringLiteral("normal"));

        // 申请 → 制卡 → 可领取 in "my applications" (the card office's steps, simulated by the demo review).
        QCOMPARE(applicationStatus(kiosk, receipt), QStringLiteral("submitted"));
        review(receipt, QStringLiteral("make"));
        QCOMPARE(applicationStatus(kiosk, receipt), QStringLiteral("making"));
        review(receipt, QStringLiteral("ready"));
        QCOMPARE(applicationStatus(kiosk, receipt), QStringLiteral("ready"));
        // 已领取 is never a review decision: only the new card's proof at a counter.
        const auto collect =
            platform.request("POST", QStringLiteral("/api/v1/demo/applications/%1/review").arg(receipt),
                             R"({"decision":"collect"})", {{"Content-Type", "application/json"}});
        QCOMPARE(collect.status, 409);
        // A kiosk issues no card.
        expectRefusal(call(kiosk, base + u'/' + receipt + QStringLiteral("/issue")), 403,
                      "card_replacement_not_here");
    }

    void refusals()
    {
        const Served lina = serve(QStringLiteral("li-na"));
        const QString hers =
            platform.demoPerson(QStringLiteral("li-na"))[QStringLiteral("cardIdentifier")].toString();
        const QString theirs =
            platform.demoPerson(QStringLiteral("liu-retiree"))[QStringLiteral("cardIdentifier")].toString();
        expectRefusal(apply(lina, theirs, QStringLiteral("damaged"), "replace-other-1"), 404, "unknown_card");
        expectRefusal(apply(lina, hers, QStringLiteral("stolen-by-aliens"), "replace-lina-1"), 400,
                      "unknown_reason");
        expectRefusal(apply(lina, hers, QString(), "replace-lina-2"), 400, "unknown_reason");
        expectRefusal(apply(lina, QString(), QStringLiteral("damaged"), "replace-lina-3"), 400,
                      "missing_field");
        // A card said lost but still in use: reported lost first, so nobody can use it meanwhile.
        expectRefusal(apply(lina, hers, QStringLiteral("lost"), "replace-lina-4"), 409, "report_lost_first");
        // No key, no filing; no session, no filing.
        QCOMPARE(call(lina, base,
                      {{QStringLiteral("cardIdentifier"), hers},
                       {QStringLiteral("reason"), QStringLiteral("expired")}})
                     .errorCode(),
                 QStringLiteral("idempotency_key_missing"));
        expectRefusal(platform.asTerminal(QStringLiteral("kiosk"), "POST", base,
                                          {{QStringLiteral("cardIdentifier"), hers},
                                           {QStringLiteral("reason"), QStringLiteral("expired")}},
                                          {{"Idempotency-Key", "replace-nobody"}}),
                      401, "citizen_session_missing");
        // At a counter without a clerk signed in.
        Served counter = serve(QStringLiteral("li-na"), QStringLiteral("counter"));
        counter.headers.pop_back();
        QCOMPARE(apply(counter, hers, QStringLiteral("expired"), "replace-lina-5").status, 401);
        // Someone else's receipt is not there for this person.
        expectRefusal(call(lina, base + QStringLiteral("/R20260101-000000000000"), {}, {}, "GET"), 404,
                      "card_replacement_unknown");
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM card_replacements r JOIN people p ON p.id = "
                                      "r.person_id WHERE p.demo_key = 'li-na'"),
                       {}),
                 QStringLiteral("0"));
        QCOMPARE(statusOf(hers), QStringLiteral("normal"));
    }

    void issuedAtTheCounterTheNewCardProvesItself()
    {
        const QString person = QStringLiteral("zhao-mover");
        const QJsonObject demo = platform.demoPerson(person);
        const QString old = demo[QStringLiteral("cardIdentifier")].toString();
        const Served counter = serve(person, QStringLiteral("counter"));
        // The card is gone: reported lost, then replaced for that reason.
        QCOMPARE(call(counter, QStringLiteral("/api/v1/me/cards/lost"),
                      {{QStringLiteral("cardIdentifier"), old}}, "lost-zhao-1")
                     .status,
                 201);
        const auto applied = apply(counter, old, QStringLiteral("lost"), "replace-zhao-1");
        QCOMPARE(applied.status, 201);
        const QString receipt = applied.json[QStringLiteral("receipt")].toString();
        const QString path = base + u'/' + receipt;
        // Nothing to hand over before the card is made.
        expectRefusal(call(counter, path + QStringLiteral("/activate"),
                           platform.cardProof(person, QStringLiteral("counter"))),
                      409, "card_not_made");

        // The platform makes the card (sealed) and hands the counter what the encoder writes.
        const auto issued = call(counter, path + QStringLiteral("/issue"));
        QCOMPARE(issued.status, 201);
        const auto order = CardReplacement::orderFromPlatform(issued.json, QStringLiteral("147258"));
        QVERIFY(order.has_value());
        QVERIFY(order->cardIdentifier != old);
        QCOMPARE(order->cardIdentifier.left(6), old.left(6)); // the same issuing region
        QCOMPARE(order->ssn, demo[QStringLiteral("ssn")].toString());
        QCOMPARE(statusOf(order->cardIdentifier), QStringLiteral("sealed"));
        QCOMPARE(applicationStatus(counter, receipt), QStringLiteral("making"));
        // Issuing again (a spoiled blank) makes no second card.
        const auto reissued = call(counter, path + QStringLiteral("/issue"));
        QCOMPARE(
            reissued.json[QStringLiteral("card")].toObject()[QStringLiteral("cardIdentifier")].toString(),
            order->cardIdentifier);

        EmulatedCardEncoder encoder(1);
        QString error;
        QVERIFY2(encoder.personalise(*order, &error), qPrintable(error));
        QVERIFY(!encoder.hasBlank());
        QVERIFY(!encoder.personalise(*order, &error)); // the hopper is empty
        auto chip = encoder.takeCard();
        QVERIFY(chip.has_value());
        ApduChannel channel([&chip](const QByteArray& apdu) { return std::optional(chip->process(apdu)); });
        SsseApplication card(channel);
        const auto read = card.read();
        QVERIFY(read.failure == SsseApplication::ReadFailure::None);
        QCOMPARE(read.files.cardIdentifier, order->cardIdentifier); // EF05 as written
        QCOMPARE(read.files.cardNumber, order->cardNumber);

        // A sealed card logs nobody in; the terminal's word is not the card's proof.
        QCOMPARE(card.verifyPin(QStringLiteral("147258")).outcome, SsseApplication::PinOutcome::Accepted);
        expectRefusal(cardLogin(proofFrom(card, order->cardIdentifier, platform.cardChallenge())), 403,
                      "card_sealed");
        expectRefusal(call(counter, path + QStringLiteral("/activate"),
                           {{QStringLiteral("cardIdentifier"), order->cardIdentifier}}),
                      401, "card_proof_missing");
        QJsonObject forged =
            proofFrom(card, order->cardIdentifier, platform.cardChallenge(QStringLiteral("counter")));
        forged[QStringLiteral("cryptogram")] = QStringLiteral("00112233445566778899aabbccddeeff");
        expectRefusal(call(counter, path + QStringLiteral("/activate"), forged), 401, "card_proof_invalid");
        // The old card, proven, is not the new one.
        expectRefusal(
            call(counter, path + QStringLiteral("/activate"),
                 PlatformFixture::cardProofFor(demo, platform.cardChallenge(QStringLiteral("counter")))),
            403, "not_the_new_card");
        QCOMPARE(statusOf(order->cardIdentifier), QStringLiteral("sealed"));
        QCOMPARE(statusOf(old), QStringLiteral("lost"));

        const auto done =
            call(counter, path + QStringLiteral("/activate"),
                 proofFrom(card, order->cardIdentifier, platform.cardChallenge(QStringLiteral("counter"))));
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json[QStringLiteral("status")].toString(), QStringLiteral("collected"));
        QCOMPARE(statusOf(order->cardIdentifier), QStringLiteral("normal"));
        QCOMPARE(statusOf(old), QStringLiteral("cancelled"));
        QCOMPARE(applicationStatus(counter, receipt), QStringLiteral("collected"));
        QCOMPARE(auditRows(QStringLiteral("card_replaced"), receipt), 1);
        // A retry after a lost answer: the same answer, nothing more.
        const auto again =
            call(counter, path + QStringLiteral("/activate"),
                 proofFrom(card, order->cardIdentifier, platform.cardChallenge(QStringLiteral("counter"))));
        QCOMPARE(again.status, 200);
        QVERIFY(again.json[QStringLiteral("replayed")].toBool());
        QCOMPARE(auditRows(QStringLiteral("card_replaced"), receipt), 1);

        // The old card and its e-card are refused; the new card logs in.
        expectRefusal(cardLogin(PlatformFixture::cardProofFor(demo, platform.cardChallenge())), 403,
                      "card_cancelled");
        QCOMPARE(eCardLogin(person), 403);
        const auto login = cardLogin(proofFrom(card, order->cardIdentifier, platform.cardChallenge()));
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json[QStringLiteral("card")].toObject()[QStringLiteral("cardIdentifier")].toString(),
                 order->cardIdentifier);
        // A cancelled card is not replaced again.
        expectRefusal(apply(counter, old, QStringLiteral("damaged"), "replace-zhao-2"), 409,
                      "card_not_replaceable");

        // Every step in the person's access log, the clerk's doing.
        const auto log =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/access-log"), {},
                                {{"X-SSC-Citizen-Session", login.json[QStringLiteral("session")]
                                                               .toObject()[QStringLiteral("token")]
                                                               .toString()
                                                               .toLatin1()}});
        QStringList actions;
        for (const QJsonValue& e : log.json[QStringLiteral("entries")].toArray()) {
            const QJsonObject entry = e.toObject();
            if (!entry[QStringLiteral("action")].toString().startsWith(u"card_replace"))
                continue;
            actions << entry[QStringLiteral("action")].toString();
            QCOMPARE(entry[QStringLiteral("by")].toString(), QStringLiteral("staff"));
            QVERIFY(
                !entry[QStringLiteral("service")].toObject()[QStringLiteral("zh_CN")].toString().isEmpty());
        }
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("card_replaced"), QStringLiteral("card_replacement_made"),
                              QStringLiteral("card_replacement_applied")}));
    }
};

QTEST_GUILESS_MAIN(TestCardReplacementApi)
#include "tst_cardreplacementapi.moc"
