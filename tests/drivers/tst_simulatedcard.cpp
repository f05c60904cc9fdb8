// The simulated card chip (drivers/simulator/simulatedcard.h) through the terminal's real card code
// (SsseApplication over an ApduChannel): what the demo's reader and the tests' USB reader both hold. The
// card's key arithmetic (core/cardauth) against the SM4 standard's own example.
#include "cardauth/cardkey.h"
#include "cardreader/psam.h"
#include "cardreader/ssseapplication.h"
#include "simulator/simulatedcard.h"
#include "simulator/simulatedpsam.h"

#include <QTest>

using namespace ssc;

class TestSimulatedCard : public QObject {
    Q_OBJECT

    static SimulatedCard::Personalisation personalisation(int generation)
    {
        SimulatedCard::Personalisation p;
        p.files.cardIdentifier = QStringLiteral("110000D156000005A1B2C3D4E5F60718");
        p.files.specVersion = QStringLiteral("%1.00").arg(generation);
        p.files.cardNumber = QStringLiteral("A12345678");
        p.files.ssn = QStringLiteral("11010519491231002X");
        p.files.name = QStringLiteral("张伟");
        p.files.sex = QStringLiteral("male");
        p.files.birthDate = QDate(1949, 12, 31);
        p.cardKey = *cardauth::diversifiedCardKey(QByteArray(16, '\x11'), p.files.cardIdentifier);
        p.unblockKey = *cardauth::diversifiedUnblockKey(QByteArray(16, '\x11'), p.files.cardIdentifier);
        p.terminalKey = SimulatedPsam::terminalKeyFor(p.files.cardIdentifier);
        return p;
    }

    static ApduChannel channelTo(SimulatedCard& card)
    {
        return ApduChannel([&card](const QByteArray& apdu) { return std::optional(card.process(apdu)); });
    }

private slots:
    void sm4MatchesTheStandardsExample()
    {
        // GB/T 32907-2016, appendix A.1: key = plaintext = 0123456789abcdeffedcba9876543210.
        const QByteArray block = QByteArray::fromHex("0123456789abcdeffedcba9876543210");
        QCOMPARE(cardauth::cryptogram(block, block)->toHex(), QByteArray("681edf34d206965e86b3e94f536e4246"));
        QVERIFY(!cardauth::cryptogram(block, QByteArray(15, '\0')));
        QVERIFY(!cardauth::diversifiedCardKey(block, QStringLiteral("not hex")));
        QVERIFY(cardauth::diversifiedCardKey(block, QStringLiteral("110000D156000005A1B2C3D4E5F60718")) !=
                cardauth::diversifiedCardKey(block, QStringLiteral("110000D156000005A1B2C3D4E5F60719")));
    }

    // The issuer's diversification is AES-128 (docs/security.md, "Keys"): FIPS-197 appendix C.1.
    void diversificationIsAes128()
    {
        QCOMPARE(cardauth::diversify(QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"),
                                     QByteArray::fromHex("00112233445566778899aabbccddeeff"))
                     ->toHex(),
                 QByteArray("69c4e0d86a7b0430d8cdb78070b4c55a"));
        QVERIFY(!cardauth::diversify(QByteArray(15, 'k'), QByteArray(16, '\0')));
    }

    void readsLikeARealCard()
    {
        SimulatedCard card(personalisation(2));
        ApduChannel channel = channelTo(card);
        const auto read = SsseApplication(channel).read();
        QVERIFY2(read.failure == SsseApplication::ReadFailure::None, qPrintable(read.problem));
        QCOMPARE(read.files.cardIdentifier, QStringLiteral("110000D156000005A1B2C3D4E5F60718"));
        QCOMPARE(read.files.ssn, QStringLiteral("11010519491231002X"));
        QCOMPARE(read.files.name, QStringLiteral("张伟"));
        QCOMPARE(read.files.sex, QStringLiteral("male"));
        SimulatedCard third(personalisation(3));
        ApduChannel thirdChannel = channelTo(third);
        const auto public3 = SsseApplication(thirdChannel).read();
        QVERIFY(public3.failure == SsseApplication::ReadFailure::None);
        QVERIFY(public3.files.ssn.isEmpty()); // EF06 needs the PSAM
    }

    void answersAChallengeOnlyAfterItsPin()
    {
        SimulatedCard card(personalisation(3));
        ApduChannel channel = channelTo(card);
        SsseApplication app(channel);
        QVERIFY(app.read().failure == SsseApplication::ReadFailure::None);
        const QByteArray challenge = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        QCOMPARE(app.internalAuthenticate(challenge).outcome,
                 SsseApplication::AuthenticationOutcome::PinNotVerified);
        QCOMPARE(app.verifyPin(QStringLiteral("000000")).outcome, SsseApplication::PinOutcome::Wrong);
        QCOMPARE(app.internalAuthenticate(challenge).outcome,
                 SsseApplication::AuthenticationOutcome::PinNotVerified);
        QCOMPARE(app.verifyPin(QStringLiteral("123456")).outcome, SsseApplication::PinOutcome::Accepted);
        const auto answer = app.internalAuthenticate(challenge);
        QCOMPARE(answer.outcome, SsseApplication::AuthenticationOutcome::Answered);
        QCOMPARE(answer.cryptogram, *cardauth::cryptogram(personalisation(3).cardKey, challenge));
        // A new card session (pulled out and in again): the PIN first, again.
        card.reset();
        QVERIFY(app.read().failure == SsseApplication::ReadFailure::None);
        QCOMPARE(app.internalAuthenticate(challenge).outcome,
                 SsseApplication::AuthenticationOutcome::PinNotVerified);
    }

    void thePinCounterLivesOnTheCard()
    {
        SimulatedCard card(personalisation(2));
        ApduChannel channel = channelTo(card);
        SsseApplication app(channel);
        for (int left = 2; left >= 1; --left) {
            const auto wrong = app.verifyPin(QStringLiteral("000000"));
            QCOMPARE(wrong.outcome, SsseApplication::PinOutcome::Wrong);
            QCOMPARE(wrong.triesLeft, left);
        }
        QCOMPARE(app.verifyPin(QStringLiteral("000000")).outcome, SsseApplication::PinOutcome::Blocked);
        card.reset(); // pulled out and inserted again
        QCOMPARE(app.verifyPin(QStringLiteral("123456")).outcome, SsseApplication::PinOutcome::Blocked);
        QCOMPARE(card.pinTriesLeft(), 0);
    }

    void changePinChecksTheOldOneAndKeepsTheNewOne()
    {
        using Outcome = SsseApplication::PinOutcome;
        SimulatedCard card(personalisation(2));
        ApduChannel channel = channelTo(card);
        SsseApplication app(channel);
        QVERIFY(app.read().failure == SsseApplication::ReadFailure::None);
        // A wrong old PIN costs a try, as VERIFY does, and changes nothing.
        const auto wrong = app.changePin(QStringLiteral("000000"), QStringLiteral("258147"));
        QCOMPARE(wrong.outcome, Outcome::Wrong);
        QCOMPARE(wrong.triesLeft, 2);
        QCOMPARE(app.changePin(QStringLiteral("123456"), QStringLiteral("258147")).outcome,
                 Outcome::Accepted);
        QCOMPARE(card.pinTriesLeft(), 3); // the right old PIN gives the tries back
        card.reset();
        QCOMPARE(app.verifyPin(QStringLiteral("123456")).outcome, Outcome::Wrong);
        QCOMPARE(app.verifyPin(QStringLiteral("258147")).outcome, Outcome::Accepted);
        // Malformed PINs never reach the card.
        QCOMPARE(app.changePin(QStringLiteral("25814"), QStringLiteral("123456")).outcome, Outcome::Refused);
        QCOMPARE(app.changePin(QStringLiteral("258147"), QStringLiteral("12a456")).outcome, Outcome::Refused);
        // A malformed command (no FF between the two) is refused by the card.
        QVERIFY(app.read().failure == SsseApplication::ReadFailure::None);
        QCOMPARE(card.process(QByteArray::fromHex("805E01000725814700123456")), QByteArray::fromHex("6700"));
        // A locked card changes nothing.
        for (int i = 0; i < 3; ++i)
            app.verifyPin(QStringLiteral("000000"));
        QCOMPARE(app.changePin(QStringLiteral("258147"), QStringLiteral("369258")).outcome, Outcome::Blocked);
    }

    void theUnblockKeyIsAnotherKeyOfTheIssuers()
    {
        const QString identifier = QStringLiteral("110000D156000005A1B2C3D4E5F60718");
        const QByteArray master(16, '\x11');
        const QByteArray unblock = *cardauth::diversifiedUnblockKey(master, identifier);
        QVERIFY(unblock != *cardauth::diversifiedCardKey(master, identifier));
        // The complement of the identifier, diversified as any block is.
        QCOMPARE(*cardauth::unblockKeyBlock(identifier),
                 QByteArray::fromHex("EEFFFF2EA9FFFFFA5E4D3C2B1A09F8E7"));
        QCOMPARE(unblock,
                 *cardauth::diversify(master, QByteArray::fromHex("EEFFFF2EA9FFFFFA5E4D3C2B1A09F8E7")));
        QVERIFY(!cardauth::resetMac(unblock, QByteArray(7, '\0')));
        QCOMPARE(cardauth::resetMac(unblock, QByteArray(8, '\0'))->size(), 4);
    }

    void resetPinTakesOnlyTheIssuersMacOverItsOwnChallenge()
    {
        using Outcome = SsseApplication::PinOutcome;
        const auto p = personalisation(2);
        SimulatedCard card(p);
        ApduChannel channel = channelTo(card);
        SsseApplication app(channel);
        QVERIFY(app.read().failure == SsseApplication::ReadFailure::None);
        for (int i = 0; i < 3; ++i)
            app.verifyPin(QStringLiteral("000000"));
        QCOMPARE(card.pinTriesLeft(), 0); // locked

        // No challenge asked: nothing to check a MAC against.
        QCOMPARE(app.resetPin(QStringLiteral("258147"), QByteArray(4, '\0')).outcome, Outcome::Refused);
        // A MAC made with another key (the card key) is refused, and the challenge is spent with it.
        QByteArray challenge = app.getChallenge();
        QCOMPARE(challenge.size(), 8);
        QCOMPARE(app.resetPin(QStringLiteral("258147"), *cardauth::resetMac(p.cardKey, challenge)).outcome,
                 Outcome::Refused);
        const QByteArray spentMac = *cardauth::resetMac(p.unblockKey, challenge);
        QCOMPARE(app.resetPin(QStringLiteral("258147"), spentMac).outcome, Outcome::Refused);
        QCOMPARE(card.pinTriesLeft(), 0);
        // A MAC for an older challenge does not open a newer one.
        const QByteArray older = app.getChallenge();
        const QByteArray newer = app.getChallenge();
        QVERIFY(older != newer);
        QCOMPARE(app.resetPin(QStringLiteral("258147"), *cardauth::resetMac(p.unblockKey, older)).outcome,
                 Outcome::Refused);
        // Any other command between the challenge and the reset forgets the challenge.
        challenge = app.getChallenge();
        app.verifyPin(QStringLiteral("000000"));
        QCOMPARE(app.resetPin(QStringLiteral("258147"), *cardauth::resetMac(p.unblockKey, challenge)).outcome,
                 Outcome::Refused);

        // The right MAC over the card's last challenge: the new PIN, every try back, the old PIN gone.
        challenge = app.getChallenge();
        QCOMPARE(app.resetPin(QStringLiteral("258147"), *cardauth::resetMac(p.unblockKey, challenge)).outcome,
                 Outcome::Accepted);
        QCOMPARE(card.pinTriesLeft(), 3);
        QCOMPARE(app.verifyPin(QStringLiteral("123456")).outcome, Outcome::Wrong);
        QCOMPARE(app.verifyPin(QStringLiteral("258147")).outcome, Outcome::Accepted);
        // The same MAC again is worth nothing: its challenge is gone.
        QCOMPARE(app.resetPin(QStringLiteral("369258"), *cardauth::resetMac(p.unblockKey, challenge)).outcome,
                 Outcome::Refused);
        // Malformed: a PIN of five digits, a MAC of three bytes never reach the card.
        QCOMPARE(app.resetPin(QStringLiteral("25814"), QByteArray(4, '\0')).outcome, Outcome::Refused);
        QCOMPARE(app.resetPin(QStringLiteral("258147"), QByteArray(3, '\0')).outcome, Outcome::Refused);
    }

    // A generation 3 card opens EF06 only to the PSAM's cryptogram over its own last challenge, until reset.
    void aGeneration3CardOpensEf06ToItsPsam()
    {
        SimulatedCard card(personalisation(3));
        ApduChannel channel = channelTo(card);
        SsseApplication app(channel);
        SimulatedPsam psam;
        ApduChannel psamChannel(
            [&psam](const QByteArray& apdu) { return std::optional(psam.process(apdu)); });
        Psam terminalPsam(psamChannel);
        const auto withPsam = [&terminalPsam](const QString& identifier, const QByteArray& challenge) {
            return terminalPsam.externalCryptogram(identifier, challenge);
        };

        SsseApplication::Read read = app.read(); // no PSAM: EF06 refused, the identifier read
        QCOMPARE(read.holderFileRefused, quint16(0x6982));
        QVERIFY(read.files.ssn.isEmpty());
        QVERIFY(!read.files.cardIdentifier.isEmpty());
        // The PSAM answers nothing before its DF is selected, then the card's challenge.
        QVERIFY(!terminalPsam.externalCryptogram(read.files.cardIdentifier, QByteArray(8, '\1')));
        QVERIFY(terminalPsam.identify());
        read = app.read(withPsam);
        QVERIFY(read.terminalAuthenticated);
        QCOMPARE(read.files.ssn, QStringLiteral("11010519491231002X"));
        QCOMPARE(read.files.name, QStringLiteral("张伟"));
        QCOMPARE(psam.cryptogramsGiven(), 1);

        // After a reset the card asks again; a PSAM of another master key is refused (6300), a cryptogram
        // for an older challenge too, and EF06 stays shut.
        card.reset();
        SimulatedPsam stranger(QByteArray(16, '\x42'));
        ApduChannel strangerChannel(
            [&stranger](const QByteArray& apdu) { return std::optional(stranger.process(apdu)); });
        Psam strangerPsam(strangerChannel);
        QVERIFY(strangerPsam.identify());
        read = app.read([&strangerPsam](const QString& identifier, const QByteArray& challenge) {
            return strangerPsam.externalCryptogram(identifier, challenge);
        });
        QVERIFY(!read.terminalAuthenticated);
        QVERIFY(read.files.ssn.isEmpty());
        const QByteArray older = app.getChallenge();
        const QByteArray newer = app.getChallenge();
        const auto stale = terminalPsam.externalCryptogram(read.files.cardIdentifier, older);
        QVERIFY(stale && older != newer);
        const auto refused = channel.transmit(apduCommand(0x00, 0x82, 0x00, 0x01, *stale));
        QVERIFY(refused && refused->sw == 0x6300);
        // A generation 2 card needs no PSAM and asks for none.
        SimulatedCard second(personalisation(2));
        ApduChannel secondChannel = channelTo(second);
        read = SsseApplication(secondChannel).read(withPsam);
        QVERIFY(!read.terminalAuthenticated);
        QVERIFY(!read.files.ssn.isEmpty());
        QCOMPARE(psam.cryptogramsGiven(), 2); // the first card's and the stale one, none for this card
    }

    // A T=0 PSAM as its TPDU reader passes the bytes: the cryptogram command without Le gets "61 08", GET
    // RESPONSE of the wrong length "6C 08", of the right one the cryptogram; a GET RESPONSE with nothing
    // waiting, or after another command, is refused. The terminal's ApduChannel follows 61xx by itself.
    void aT0PsamKeepsItsAnswerForGetResponse()
    {
        SimulatedPsam psam;
        psam.answerAsT0(true);
        const QString identifier = personalisation(3).files.cardIdentifier;
        const QByteArray select = apduCommand(0x00, 0xA4, 0x04, 0x00, Psam::dfName());
        const auto identifierBytes = cardauth::identifierBytes(identifier);
        QVERIFY(identifierBytes);
        const QByteArray command = QByteArray::fromHex("80FA000018") + *identifierBytes + QByteArray(8, '\7');
        QCOMPARE(psam.process(select), QByteArray::fromHex("9000"));
        QCOMPARE(psam.process(command), QByteArray::fromHex("6108"));
        QCOMPARE(psam.process(QByteArray::fromHex("00C0000004")), QByteArray::fromHex("6C08"));
        const QByteArray answer = psam.process(QByteArray::fromHex("00C0000008"));
        QCOMPARE(answer.size(), 10);
        QVERIFY(answer.endsWith(QByteArray::fromHex("9000")));
        QCOMPARE(psam.process(QByteArray::fromHex("00C0000008")), QByteArray::fromHex("6985")); // taken once
        QCOMPARE(psam.process(command), QByteArray::fromHex("6108"));
        QCOMPARE(psam.process(select), QByteArray::fromHex("9000"));
        QCOMPARE(psam.process(QByteArray::fromHex("00C0000008")), QByteArray::fromHex("6985")); // forgotten

        ApduChannel channel([&psam](const QByteArray& apdu) { return std::optional(psam.process(apdu)); });
        Psam terminalPsam(channel);
        QVERIFY(terminalPsam.identify());
        const auto cryptogram = terminalPsam.externalCryptogram(identifier, QByteArray(8, '\7'));
        QCOMPARE(cryptogram, std::optional(answer.left(8))); // the same challenge, the same cryptogram
        QCOMPARE(psam.cryptogramsGiven(), 3);
    }

    // What a PSAM answers to the cryptogram command is taken only as 8 bytes with 9000.
    void aPsamsAnswerIsReadStrictly()
    {
        QCOMPARE(Psam::cryptogramFrom(parseApduResponse(QByteArray::fromHex("0102030405060708 9000"))),
                 std::optional(QByteArray::fromHex("0102030405060708")));
        QVERIFY(!Psam::cryptogramFrom(parseApduResponse(QByteArray::fromHex("01020304050607 9000"))));
        QVERIFY(!Psam::cryptogramFrom(parseApduResponse(QByteArray::fromHex("0102030405060708 6985"))));
        QVERIFY(!Psam::cryptogramFrom(std::nullopt));
    }
};

QTEST_MAIN(TestSimulatedCard)
#include "tst_simulatedcard.moc"
