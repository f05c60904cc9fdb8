// The replacement's rules and the instant-issue encoder without a platform (docs/card-services.md, "Replace
// the card"): the reasons, their fees and the status each requires; the platform's issue answer read into the
// encoder's order, refused when a field or a key is missing; the emulated encoder refusing a malformed order
// before it spoils a blank, and the card it writes answering with the key it was given, only after its PIN.
#include "cardauth/cardkey.h"
#include "cardreader/ssseapplication.h"
#include "cardservices/cardreplacement.h"
#include "simulator/emulatedcardencoder.h"

#include <QTest>

using namespace ssc;

class TestCardEncoder : public QObject {
    Q_OBJECT

    static QJsonObject issueAnswer()
    {
        return {
            {QStringLiteral("card"), QJsonObject{{QStringLiteral("cardIdentifier"),
                                                  QStringLiteral("110100D156000005ABCDEF0123456789")},
                                                 {QStringLiteral("cardNumber"), QStringLiteral("K12345678")},
                                                 {QStringLiteral("specVersion"), QStringLiteral("3.00")},
                                                 {QStringLiteral("issued"), QStringLiteral("2026-12-03")},
                                                 {QStringLiteral("expires"), QStringLiteral("2036-12-03")}}},
            {QStringLiteral("holder"),
             QJsonObject{{QStringLiteral("ssn"), QStringLiteral("11010519850312001X")},
                         {QStringLiteral("name"), QStringLiteral("张伟")},
                         {QStringLiteral("sex"), QStringLiteral("male")},
                         {QStringLiteral("birthDate"), QStringLiteral("1985-03-12")}}},
            {QStringLiteral("keys"),
             QJsonObject{
                 {QStringLiteral("cardKey"), QStringLiteral("000102030405060708090a0b0c0d0e0f")},
                 {QStringLiteral("unblockKey"), QStringLiteral("f0e0d0c0b0a090807060504030201000")}}}};
    }

private slots:
    void reasonsFeesAndStatuses()
    {
        QCOMPARE(ReplacementRules::feeFen(ReplacementReason::Lost), 2000);
        QCOMPARE(ReplacementRules::feeFen(ReplacementReason::Damaged), 2000);
        QCOMPARE(ReplacementRules::feeFen(ReplacementReason::Expired), 0);
        QCOMPARE(ReplacementRules::feeFen(ReplacementReason::InformationChange), 0);
        QCOMPARE(ReplacementRules::requiredStatus(ReplacementReason::Lost), CardStatus::Lost);
        QCOMPARE(ReplacementRules::requiredStatus(ReplacementReason::Damaged), CardStatus::Normal);
        QCOMPARE(ReplacementRules::feeText(2000), QStringLiteral("¥20.00"));
        QCOMPARE(ReplacementRules::feeText(0), QStringLiteral("Free"));
        for (auto r : {ReplacementReason::Lost, ReplacementReason::Damaged, ReplacementReason::Expired,
                       ReplacementReason::InformationChange})
            QCOMPARE(replacementReasonFromKey(replacementReasonKey(r)), r);
        QVERIFY(!replacementReasonFromKey(u"stolen"));
        QVERIFY(!replacementReasonFromKey(u""));
    }

    void theIssueAnswerBecomesAnOrder()
    {
        const auto order = CardReplacement::orderFromPlatform(issueAnswer(), QStringLiteral("147258"));
        QVERIFY(order);
        QCOMPARE(order->cardIdentifier, QStringLiteral("110100D156000005ABCDEF0123456789"));
        QCOMPARE(order->birthDate, QDate(1985, 3, 12));
        QCOMPARE(order->cardKey.size(), 16);
        // A missing field or a short key is no order: nothing reaches the encoder.
        for (const char* part : {"card", "holder", "keys"}) {
            QJsonObject broken = issueAnswer();
            broken.remove(QLatin1String(part));
            QVERIFY2(!CardReplacement::orderFromPlatform(broken, QStringLiteral("147258")), part);
        }
        QJsonObject shortKey = issueAnswer();
        shortKey[QStringLiteral("keys")] =
            QJsonObject{{QStringLiteral("cardKey"), QStringLiteral("0001")},
                        {QStringLiteral("unblockKey"), QStringLiteral("0001")}};
        QVERIFY(!CardReplacement::orderFromPlatform(shortKey, QStringLiteral("147258")));
    }

    void theEncoderRefusesMalformedOrdersAndWritesGoodOnes()
    {
        EmulatedCardEncoder encoder(2);
        const auto good = *CardReplacement::orderFromPlatform(issueAnswer(), QStringLiteral("147258"));
        QString error;
        auto badPin = good;
        badPin.initialPin = QStringLiteral("12345");
        QVERIFY(!encoder.personalise(badPin, &error));
        QVERIFY(!error.isEmpty());
        auto badId = good;
        badId.cardIdentifier = QStringLiteral("not hex");
        QVERIFY(!encoder.personalise(badId, &error));
        QCOMPARE(encoder.blanksLeft(), 2); // refused before a blank is spoiled
        QVERIFY(!encoder.takeCard());

        QVERIFY2(encoder.personalise(good, &error), qPrintable(error));
        QCOMPARE(encoder.blanksLeft(), 1);
        auto chip = encoder.takeCard();
        QVERIFY(chip);
        QVERIFY(!encoder.takeCard()); // taken out once
        ApduChannel channel([&chip](const QByteArray& apdu) { return std::optional(chip->process(apdu)); });
        SsseApplication card(channel);
        const auto read = card.read();
        QCOMPARE(read.files.cardIdentifier, good.cardIdentifier);
        QCOMPARE(read.files.cardNumber, good.cardNumber);
        QCOMPARE(read.files.expires, good.expires);
        const QByteArray challenge = cardauth::randomBytes(cardauth::challengeBytes);
        // No answer before the PIN; the PIN written by the encoder; then the answer with the key written.
        QVERIFY(card.internalAuthenticate(challenge).outcome !=
                SsseApplication::AuthenticationOutcome::Answered);
        QCOMPARE(card.verifyPin(QStringLiteral("123456")).outcome, SsseApplication::PinOutcome::Wrong);
        QCOMPARE(card.verifyPin(QStringLiteral("147258")).outcome, SsseApplication::PinOutcome::Accepted);
        const auto answer = card.internalAuthenticate(challenge);
        QCOMPARE(answer.outcome, SsseApplication::AuthenticationOutcome::Answered);
        QCOMPARE(answer.cryptogram, *cardauth::cryptogram(good.cardKey, challenge));
    }
};

QTEST_GUILESS_MAIN(TestCardEncoder)
#include "tst_cardencoder.moc"
