// A card's PIN unlocked and reset at a counter (docs/card-services.md, "Unlock and reset the PIN"), over real
// HTTP on both databases: the platform answers the MAC for the card's own challenge only to a clerk at a
// counter and only with the holder's own fresh e-card code; the MAC is the one the card checks (made here
// with the unblock key the demo hands the simulator, and checked by a SimulatedCard); the reset is recorded
// as done only on the card's proof under its new PIN.
#include "cardauth/cardkey.h"
#include "cardreader/ssseapplication.h"
#include "platformfixture.h"
#include "simulator/democard.h"

#include <QSqlQuery>
#include <QTest>

using namespace ssc;

class TestCardResetApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QByteArray clerk;

    PlatformFixture::Response authorise(const QJsonObject& body,
                                        const QString& mode = QStringLiteral("counter"),
                                        const QByteArray& staff = {})
    {
        PlatformFixture::Headers headers;
        if (!staff.isEmpty() || !clerk.isEmpty())
            headers.emplace_back("X-SSC-Staff-Session", staff.isEmpty() ? clerk : staff);
        return platform.asTerminal(mode, "POST", QStringLiteral("/api/v1/staff/card-pin-resets"), body,
                                   headers);
    }

    PlatformFixture::Response conclude(const QString& id, const QJsonObject& proof)
    {
        return platform.asTerminal(QStringLiteral("counter"), "POST",
                                   QStringLiteral("/api/v1/staff/card-pin-resets/%1").arg(id), proof,
                                   {{"X-SSC-Staff-Session", clerk}});
    }

    QJsonObject request(const QString& person, const QByteArray& cardChallenge, const QString& codeOf)
    {
        const QJsonObject card = platform.demoPerson(person);
        QJsonObject body{{QStringLiteral("cardIdentifier"), card[QStringLiteral("cardIdentifier")]},
                         {QStringLiteral("cardChallenge"), QString::fromLatin1(cardChallenge.toHex())}};
        if (!codeOf.isEmpty())
            body.insert(QStringLiteral("code"), platform.mint(codeOf));
        return body;
    }

    int rows(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(platform.database());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    int auditRows(const QString& action)
    {
        return rows(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        clerk = platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")).toLatin1();
        QVERIFY(!clerk.isEmpty());
    }

    void aLockedCardIsResetWithTheHoldersCode()
    {
        // The card as the simulator holds it: locked by three wrong PINs.
        SimulatedCard card(demoCardPersonalisation(platform.demoPerson(QStringLiteral("zhang-wei"))));
        ApduChannel channel([&card](const QByteArray& apdu) { return std::optional(card.process(apdu)); });
        SsseApplication app(channel);
        QVERIFY(app.read().failure == SsseApplication::ReadFailure::None);
        for (int i = 0; i < 3; ++i)
            app.verifyPin(QStringLiteral("000000"));
        QCOMPARE(card.pinTriesLeft(), 0);

        const QByteArray challenge = app.getChallenge();
        const auto r =
            authorise(request(QStringLiteral("zhang-wei"), challenge, QStringLiteral("zhang-wei")));
        QCOMPARE(r.status, 201);
        const QString id = r.json[QStringLiteral("resetId")].toString();
        const QByteArray mac = QByteArray::fromHex(r.json[QStringLiteral("mac")].toString().toLatin1());
        QCOMPARE(mac.size(), cardauth::resetMacBytes);
        // The card itself takes it: the platform's MAC is made with the key only the issuer side holds.
        QCOMPARE(app.resetPin(QStringLiteral("258147"), mac).outcome, SsseApplication::PinOutcome::Accepted);
        QCOMPARE(app.verifyPin(QStringLiteral("258147")).outcome, SsseApplication::PinOutcome::Accepted);
        QCOMPARE(
            rows(QStringLiteral("SELECT COUNT(*) FROM card_pin_resets WHERE id = ? AND concluded_at IS NULL"),
                 {id}),
            1);

        // Done only on the card's own proof under its new PIN (the test plays the card's answer).
        const QJsonObject proof =
            PlatformFixture::cardProofFor(platform.demoPerson(QStringLiteral("zhang-wei")),
                                          platform.cardChallenge(QStringLiteral("counter")));
        const auto done = conclude(id, proof);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json[QStringLiteral("outcome")].toString(), QStringLiteral("reset"));
        QCOMPARE(
            rows(QStringLiteral("SELECT COUNT(*) FROM card_pin_resets WHERE id = ? AND outcome = 'reset'"),
                 {id}),
            1);
        QCOMPARE(auditRows(QStringLiteral("card_pin_reset")), 1);
        QCOMPARE(auditRows(QStringLiteral("card_pin_reset_authorised")), 1);
        // A bare identifier concludes nothing.
        const auto bare =
            conclude(id, {{QStringLiteral("cardIdentifier"), proof[QStringLiteral("cardIdentifier")]}});
        QCOMPARE(bare.errorCode(), QStringLiteral("card_proof_missing"));
    }

    void withoutTheSecondFactorNothingIsAuthorised()
    {
        const int before = rows(QStringLiteral("SELECT COUNT(*) FROM card_pin_resets"), {});
        const QByteArray challenge = cardauth::randomBytes(8);
        // No code at all.
        const auto none = authorise(request(QStringLiteral("zhang-wei"), challenge, {}));
        QCOMPARE(none.status, 401);
        QCOMPARE(none.errorCode(), QStringLiteral("second_factor_required"));
        QVERIFY(!none.json.contains(QStringLiteral("mac")));
        // Someone else's code.
        const auto other =
            authorise(request(QStringLiteral("zhang-wei"), challenge, QStringLiteral("li-na")));
        QCOMPARE(other.status, 403);
        QCOMPARE(other.errorCode(), QStringLiteral("second_factor_other_person"));
        // A forged code (its signature broken).
        QJsonObject forged = request(QStringLiteral("zhang-wei"), challenge, QStringLiteral("zhang-wei"));
        QString code = forged[QStringLiteral("code")].toString();
        code[code.size() - 3] = code[code.size() - 3] == u'A' ? u'B' : u'A';
        forged[QStringLiteral("code")] = code;
        QVERIFY(authorise(forged).status >= 400);
        // A code used once is used up.
        const QJsonObject once = request(QStringLiteral("zhang-wei"), challenge, QStringLiteral("zhang-wei"));
        QCOMPARE(authorise(once).status, 201);
        QVERIFY(authorise(once).status >= 400);
        QCOMPARE(rows(QStringLiteral("SELECT COUNT(*) FROM card_pin_resets"), {}), before + 1);
    }

    void onlyAClerkAtACounter()
    {
        const QByteArray challenge = cardauth::randomBytes(8);
        // A kiosk, with no clerk: refused whatever it sends.
        const auto kiosk = platform.asTerminal(
            QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/staff/card-pin-resets"),
            request(QStringLiteral("zhang-wei"), challenge, QStringLiteral("zhang-wei")));
        QCOMPARE(kiosk.status, 403);
        QCOMPARE(kiosk.errorCode(), QStringLiteral("pin_reset_counter_only"));
        // A counter with nobody signed in.
        const auto anonymous = platform.asTerminal(
            QStringLiteral("counter"), "POST", QStringLiteral("/api/v1/staff/card-pin-resets"),
            request(QStringLiteral("zhang-wei"), challenge, QStringLiteral("zhang-wei")));
        QCOMPARE(anonymous.status, 401);
        // A reviewer is not a clerk.
        const QByteArray reviewer =
            platform.staffSession(QStringLiteral("reviewer01"), QStringLiteral("counter")).toLatin1();
        QVERIFY(!reviewer.isEmpty());
        const auto r = authorise(request(QStringLiteral("zhang-wei"), challenge, QStringLiteral("zhang-wei")),
                                 QStringLiteral("counter"), reviewer);
        QCOMPARE(r.status, 403);
    }

    void aLostCardIsFoundFirst()
    {
        const auto r = authorise(request(QStringLiteral("wang-qiang-lost"), cardauth::randomBytes(8),
                                         QStringLiteral("wang-qiang-lost")));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("card_lost"));
    }

    void malformedRequestsAreRefused()
    {
        QJsonObject shortChallenge =
            request(QStringLiteral("zhang-wei"), QByteArray(7, '\1'), QStringLiteral("zhang-wei"));
        QCOMPARE(authorise(shortChallenge).status, 400);
        QJsonObject unknown =
            request(QStringLiteral("zhang-wei"), cardauth::randomBytes(8), QStringLiteral("zhang-wei"));
        unknown[QStringLiteral("cardIdentifier")] = QStringLiteral("110000D1560000050000000000000000");
        QCOMPARE(authorise(unknown).status, 404);
        QCOMPARE(conclude(QStringLiteral("00ff00ff00ff00ff00ff00ff"),
                          PlatformFixture::cardProofFor(platform.demoPerson(QStringLiteral("zhang-wei")),
                                                        platform.cardChallenge(QStringLiteral("counter"))))
                     .errorCode(),
                 QStringLiteral("pin_reset_unknown"));
    }
};

QTEST_MAIN(TestCardResetApi)
#include "tst_cardresetapi.moc"
