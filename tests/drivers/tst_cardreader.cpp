// The real libusb CCID code against an emulated reader and card (umockdev): generation 2 and 3 cards, a T=0
// card, PIN right, wrong and blocked, a card pulled mid-read, a card that answers garbage, the reader
// unplugged. The APDU and CCID layers are also tested here without USB.
#include "emulatedcardreader.h"

#include "cardauth/cardkey.h"
#include "cardreader/apdu.h"
#include "cardreader/ccidmessage.h"
#include "cardreader/ccidreader.h"
#include "usb/usbcontext.h"

#include <QSignalSpy>
#include <QTest>

using namespace ssc;

class TestCardReader : public QObject {
    Q_OBJECT

    struct Rig {
        UsbEmulator usb;
        EmulatedCardReader reader{usb};
        std::unique_ptr<UsbContext> context;
        std::unique_ptr<CcidReader> driver;

        bool start()
        {
            context = std::make_unique<UsbContext>();
            if (!QTest::qWaitFor([&] { return !context->devices().isEmpty(); }, 5000))
                return false;
            driver = std::make_unique<CcidReader>(*context, context->devices().first());
            QString error;
            return driver->open(&error);
        }
    };

private slots:
    void initTestCase()
    {
        const UsbEmulator probe;
        QVERIFY2(UsbEmulator::inMockEnvironment(),
                 "run under LD_PRELOAD=libumockdev-preload.so.0 (ctest does)");
    }

    void generation2CardGivesTheHoldersData()
    {
        Rig rig;
        QVERIFY(rig.start());
        QSignalSpy inserted(rig.driver.get(), &CcidReader::cardInserted);
        rig.reader.insert(EmulatedCard{});
        QVERIFY(inserted.wait(5000));
        const auto files = inserted.first().first().value<CardFiles>();
        QCOMPARE(files.generation(), 2);
        QCOMPARE(files.cardIdentifier, QStringLiteral("110000D156000005A1B2C3D4E5F60718"));
        QCOMPARE(files.cardNumber, QStringLiteral("A12345678"));
        QCOMPARE(files.ssn, QStringLiteral("11010519491231002X"));
        QCOMPARE(files.name, QStringLiteral("张伟")); // GBK on the card
        QCOMPARE(files.sex, QStringLiteral("male"));
        QCOMPARE(files.birthDate, QDate(1949, 12, 31));
        QCOMPARE(files.expires, QDate(2030, 5, 1));
        QVERIFY(rig.driver->cardPresent());
        QSignalSpy removed(rig.driver.get(), &CcidReader::cardRemoved);
        rig.reader.remove();
        QVERIFY(removed.wait(5000));
        QVERIFY(!rig.driver->cardPresent());
    }

    void generation3CardWithoutAPsamGivesTheIdentifierOnly()
    {
        Rig rig;
        QVERIFY(rig.start());
        QSignalSpy inserted(rig.driver.get(), &CcidReader::cardInserted);
        EmulatedCard card;
        card.generation = 3;
        rig.reader.insert(card);
        QVERIFY(inserted.wait(5000));
        const auto files = inserted.first().first().value<CardFiles>();
        QCOMPARE(files.generation(), 3);
        QCOMPARE(files.cardIdentifier, card.identifier);
        QVERIFY(!files.hasHolderData());
        QVERIFY(files.name.isEmpty());
    }

    void aT0CardIsReadThroughGetResponseAndResend()
    {
        Rig rig;
        QVERIFY(rig.start());
        QSignalSpy inserted(rig.driver.get(), &CcidReader::cardInserted);
        EmulatedCard card;
        card.t0 = true;
        rig.reader.insert(card);
        QVERIFY(inserted.wait(5000));
        QCOMPARE(inserted.first().first().value<CardFiles>().ssn, card.ssn);
    }

    void pinRightWrongAndBlocked()
    {
        Rig rig;
        QVERIFY(rig.start());
        QSignalSpy inserted(rig.driver.get(), &CcidReader::cardInserted);
        rig.reader.insert(EmulatedCard{});
        QVERIFY(inserted.wait(5000));
        QSignalSpy checked(rig.driver.get(), &CcidReader::pinChecked);
        const auto check = [&](const QString& pin) {
            checked.clear();
            rig.driver->verifyPin(pin);
            return checked.wait(5000) ? std::pair{checked.first()[0].toInt(), checked.first()[1].toInt()}
                                      : std::pair{-1, -1};
        };
        QCOMPARE(check(QStringLiteral("123456")).first, int(SsseApplication::PinOutcome::Accepted));
        QCOMPARE(check(QStringLiteral("000000")), std::pair(int(SsseApplication::PinOutcome::Wrong), 2));
        QCOMPARE(check(QStringLiteral("111111")), std::pair(int(SsseApplication::PinOutcome::Wrong), 1));
        QCOMPARE(check(QStringLiteral("12345")).first,
                 int(SsseApplication::PinOutcome::Refused)); // never sent
        QCOMPARE(rig.reader.pinTriesLeft(), 1);
        QCOMPARE(check(QStringLiteral("222222")).first, int(SsseApplication::PinOutcome::Blocked));
        QCOMPARE(check(QStringLiteral("123456")).first, int(SsseApplication::PinOutcome::Blocked)); // 6983
    }

    void theCardAnswersTheChallengeOnlyAfterItsPinAndItsCounterStaysWithIt()
    {
        Rig rig;
        QVERIFY(rig.start());
        QSignalSpy inserted(rig.driver.get(), &CcidReader::cardInserted);
        QSignalSpy checked(rig.driver.get(), &CcidReader::pinChecked);
        QSignalSpy answered(rig.driver.get(), &CcidReader::authenticated);
        QSignalSpy removed(rig.driver.get(), &CcidReader::cardRemoved);
        const EmulatedCard card;
        rig.reader.insert(card);
        QVERIFY(inserted.wait(5000));
        const QByteArray challenge = QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        const auto authenticate = [&] {
            answered.clear();
            rig.driver->authenticate(challenge);
            return answered.wait(5000)
                       ? std::pair{answered.first()[0].toInt(), answered.first()[1].toByteArray()}
                       : std::pair{-1, QByteArray()};
        };
        QCOMPARE(authenticate().first, int(SsseApplication::AuthenticationOutcome::PinNotVerified));
        // The PIN and the challenge together, as the login sends them: the answer comes right after the PIN.
        rig.driver->verifyPin(QStringLiteral("123456"));
        const auto proof = authenticate();
        QCOMPARE(checked.size(), 1);
        QCOMPARE(proof.first, int(SsseApplication::AuthenticationOutcome::Answered));
        QCOMPARE(proof.second, *cardauth::cryptogram(card.cardKey, challenge));
        // Two wrong PINs, then out and in again: the counter is the card's, not the reader's.
        rig.driver->verifyPin(QStringLiteral("000000"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.reader.pinTriesLeft(), 2, 5000);
        rig.driver->verifyPin(QStringLiteral("000000"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.reader.pinTriesLeft(), 1, 5000);
        rig.reader.remove();
        QVERIFY(removed.wait(5000));
        inserted.clear();
        rig.reader.reinsert();
        QVERIFY(inserted.wait(5000));
        QCOMPARE(rig.reader.pinTriesLeft(), 1);
        // The new card session forgot the PIN verified before.
        QCOMPARE(authenticate().first, int(SsseApplication::AuthenticationOutcome::PinNotVerified));
    }

    void aCardPulledMidReadIsReportedAsRemoved()
    {
        Rig rig;
        QVERIFY(rig.start());
        QSignalSpy inserted(rig.driver.get(), &CcidReader::cardInserted);
        QSignalSpy unreadable(rig.driver.get(), &CcidReader::cardUnreadable);
        EmulatedCard card;
        card.pullAfterApdus = 3;
        rig.reader.insert(card);
        QTest::qWait(1500);
        QCOMPARE(inserted.count(), 0); // nothing half-read is ever reported as a card
        QVERIFY(!rig.driver->cardPresent());
        QVERIFY(rig.reader.apdusSeen() >= 3);
        // The next card is read normally.
        rig.reader.insert(EmulatedCard{});
        QVERIFY(inserted.wait(5000));
    }

    void aCardThatAnswersGarbageIsUnreadable()
    {
        Rig rig;
        QVERIFY(rig.start());
        QSignalSpy unreadable(rig.driver.get(), &CcidReader::cardUnreadable);
        QSignalSpy inserted(rig.driver.get(), &CcidReader::cardInserted);
        EmulatedCard card;
        card.garbage = true;
        rig.reader.insert(card);
        QVERIFY(unreadable.wait(5000));
        QVERIFY(!unreadable.first().first().toString().isEmpty());
        QCOMPARE(inserted.count(), 0);
        QTest::qWait(700);
        QCOMPARE(unreadable.count(), 1); // reported once per insertion, not every poll
    }

    void anUnpluggedReaderIsReported()
    {
        Rig rig;
        QVERIFY(rig.start());
        QSignalSpy lost(rig.driver.get(), &CcidReader::readerLost);
        rig.usb.unplug(rig.reader.device());
        QVERIFY(lost.wait(5000));
    }

    void ccidRepliesAreCheckedStrictly_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("data block with ATR") << QByteArray::fromHex("80020000000003000000"
                                                                    "3b00")
                                             << true;
        QTest::newRow("slot status, absent") << QByteArray::fromHex("81000000000004020000") << true;
        QTest::newRow("short") << QByteArray::fromHex("800200") << false;
        QTest::newRow("length lies") << QByteArray::fromHex("80ff0000000003000000"
                                                            "3b00")
                                     << false;
        QTest::newRow("unknown type") << QByteArray::fromHex("99000000000000000000") << false;
        QTest::newRow("slot status with data") << QByteArray::fromHex("81010000000000000000"
                                                                      "00")
                                               << false;
        QTest::newRow("reserved card state") << QByteArray::fromHex("81000000000000030000") << false;
        QTest::newRow("middle bits are ignored") << QByteArray::fromHex("810000000000000c0000") << true;
        QTest::newRow("reserved both bits") << QByteArray::fromHex("81000000000000c00000") << false;
    }

    void ccidRepliesAreCheckedStrictly()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QString problem;
        QCOMPARE(ccid::parseReply(bytes, &problem).has_value(), valid);
        QCOMPARE(problem.isEmpty(), valid);
    }

    void apduChannelHandlesT0()
    {
        // 61xx: GET RESPONSE for the rest; 6Cxx: the same command with the length the card asked for.
        QList<QByteArray> sent;
        ApduChannel channel([&sent](const QByteArray& c) -> std::optional<QByteArray> {
            sent << c;
            if (c == QByteArray::fromHex("00B2010000"))
                return QByteArray::fromHex("6C12");
            if (c == QByteArray::fromHex("00B2010012"))
                return QByteArray::fromHex("6104");
            if (c == QByteArray::fromHex("00C0000004"))
                return QByteArray::fromHex("010203049000");
            return std::nullopt;
        });
        const auto answer = channel.transmit(QByteArray::fromHex("00B2010000"));
        QVERIFY(answer);
        QVERIFY(answer->ok());
        QCOMPARE(answer->data, QByteArray::fromHex("01020304"));
        QCOMPARE(sent.size(), 3);
        ApduChannel endless(
            [](const QByteArray&) -> std::optional<QByteArray> { return QByteArray::fromHex("6101"); });
        QVERIFY(!endless.transmit(QByteArray::fromHex("00A4040000")));
        QVERIFY(!endless.problem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCardReader)
#include "tst_cardreader.moc"
