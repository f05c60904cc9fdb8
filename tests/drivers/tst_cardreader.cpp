// The real libusb CCID code against an emulated reader and card (umockdev): generation 2 and 3 cards, a T=0
// card, PIN right, wrong and blocked, a card pulled mid-read, a card that answers garbage, the reader
// unplugged; and a reader with its own PIN pad (ACS APG8201-B2): PIN verify and change typed on its keys,
// timeout, cancel, and the PIN never on the cable. The APDU and CCID layers are also tested here without USB.
#include "cardreaderrig.h"

#include "cardauth/cardkey.h"
#include "cardreader/apdu.h"
#include "cardreader/ccidmessage.h"
#include "cardreader/ccidreader.h"
#include "usb/usbcontext.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace ssc;
using Rig = CardReaderRig;

class TestCardReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(CardReaderRig::mockEnvironment(),
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

    // The person at the pad: waits until the reader asks, then acts. Returns the answer (outcome, tries
    // left).
    static std::pair<int, int> onPad(Rig& rig, QSignalSpy& answered, const std::function<bool()>& act)
    {
        answered.clear();
        if (!QTest::qWaitFor([&] { return rig.reader.padWaiting(); }, 5000) || !act() || !answered.wait(5000))
            return {-1, -1};
        return {answered.first()[0].toInt(), answered.first()[1].toInt()};
    }

    void aPinPadIsReadFromTheClassDescriptor()
    {
        Rig pad(EmulatedCardReader::acsApg8201b2Descriptors());
        QVERIFY(pad.start());
        QVERIFY(pad.driver->hasPinPad());
        QVERIFY(pad.driver->padChangesPin());
        QCOMPARE(pad.driver->classDescriptor().lcdLayout, quint16(0x0210)); // 2 lines of 16 characters
        QVERIFY(pad.driver->classDescriptor().apduLevel());
        QCOMPARE(pad.driver->classDescriptor().maxMessageLength, 350u);
        Rig plain;
        QVERIFY(plain.start());
        QVERIFY(!plain.driver->hasPinPad());
        QVERIFY(!plain.driver->padChangesPin());
    }

    void aPinTypedOnThePadRightWrongTimedOutCancelled()
    {
        Rig rig(EmulatedCardReader::acsApg8201b2Descriptors());
        QVERIFY(rig.startWithCard());
        QSignalSpy checked(rig.driver.get(), &CcidReader::pinChecked);
        QSignalSpy answered(rig.driver.get(), &CcidReader::authenticated);
        using PinOutcome = SsseApplication::PinOutcome;
        const auto verify = [&](const std::function<bool()>& act) {
            rig.driver->verifyPinOnPad();
            return onPad(rig, checked, act);
        };
        QCOMPARE(verify([&] { return rig.reader.padType({QStringLiteral("123456")}); }).first,
                 int(PinOutcome::Accepted));
        // What the reader was asked: VERIFY with an empty PIN block, 6 BCD digits into 3 bytes, OK key,
        // zh-CN.
        const auto request = rig.reader.lastPadRequest();
        QVERIFY(request && !request->modify);
        QCOMPARE(request->command, QByteArray::fromHex("0020000003000000"));
        QCOMPARE(request->formatString, quint8(0x81));
        QCOMPARE(request->blockString, quint8(0x03));
        QCOMPARE(std::pair(request->minDigits, request->maxDigits), std::pair(quint8(6), quint8(6)));
        QCOMPARE(request->validation, quint8(0x02));
        QCOMPARE(request->languageId, quint16(0x0804));
        QCOMPARE(request->timeoutSeconds, quint8(CcidReader::padTimeoutSeconds));
        // The card counts this session as verified: it answers the platform's challenge.
        rig.driver->authenticate(QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0"));
        QVERIFY(answered.wait(5000));
        QCOMPARE(answered.first()[0].toInt(), int(SsseApplication::AuthenticationOutcome::Answered));

        QCOMPARE(verify([&] { return rig.reader.padType({QStringLiteral("000000")}); }),
                 std::pair(int(PinOutcome::Wrong), 2));
        QCOMPARE(rig.reader.pinTriesLeft(), 2);
        // Nobody typed, or the cancel key: the card saw nothing and no try is spent.
        QCOMPARE(verify([&] { return rig.reader.padTimeOut(); }).first, int(PinOutcome::TimedOut));
        QCOMPARE(verify([&] { return rig.reader.padCancel(); }).first, int(PinOutcome::Cancelled));
        QCOMPARE(rig.reader.pinTriesLeft(), 2);
        // The pad takes only six digits: five are not accepted, and the entry still waits for the person.
        rig.driver->verifyPinOnPad();
        QVERIFY(QTest::qWaitFor([&] { return rig.reader.padWaiting(); }, 5000));
        QVERIFY(!rig.reader.padType({QStringLiteral("12345")}));
        QCOMPARE(onPad(rig, checked, [&] { return rig.reader.padType({QStringLiteral("123456")}); }).first,
                 int(PinOutcome::Accepted));
        QCOMPARE(rig.reader.pinTriesLeft(), 3); // a right PIN gives the tries back
    }

    void aPinChangedOnThePad()
    {
        Rig rig(EmulatedCardReader::acsApg8201b2Descriptors());
        QVERIFY(rig.startWithCard());
        QSignalSpy changed(rig.driver.get(), &CcidReader::pinChangeAnswered);
        QSignalSpy checked(rig.driver.get(), &CcidReader::pinChecked);
        using PinOutcome = SsseApplication::PinOutcome;
        const auto change = [&](const QStringList& typed) {
            rig.driver->changePinOnPad();
            return onPad(rig, changed, [&] { return rig.reader.padType(typed); });
        };
        const QString fresh = QStringLiteral("864209");
        QCOMPARE(change({QStringLiteral("000000"), fresh, fresh}), std::pair(int(PinOutcome::Wrong), 2));
        const auto request = rig.reader.lastPadRequest();
        QVERIFY(request && request->modify);
        QCOMPARE(request->command, QByteArray::fromHex("805E010007000000FF000000"));
        QCOMPARE(std::pair(request->oldPinOffset, request->newPinOffset), std::pair(quint8(0), quint8(4)));
        QCOMPARE(request->confirmPin, quint8(0x03)); // the current PIN, the new one twice
        QCOMPARE(request->entries(), 3);
        // The two new PINs differ: the pad does not take them.
        rig.driver->changePinOnPad();
        QVERIFY(QTest::qWaitFor([&] { return rig.reader.padWaiting(); }, 5000));
        QVERIFY(!rig.reader.padType({QStringLiteral("123456"), fresh, QStringLiteral("864208")}));
        QVERIFY(rig.reader.padCancel());
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last()[0].toInt(), int(PinOutcome::Cancelled));

        QCOMPARE(change({QStringLiteral("123456"), fresh, fresh}).first, int(PinOutcome::Accepted));
        // The card holds the new PIN: the plain path checks it.
        rig.driver->verifyPin(fresh);
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.first()[0].toInt(), int(PinOutcome::Accepted));
    }

    // The point of the pad: the digits stay in the reader. Every message the driver sent is searched for the
    // PIN in the card's encoding (BCD) and as text; the plain path, searched the same way, shows the search
    // finds a PIN where one is sent.
    void thePinNeverCrossesTheCableFromAPad()
    {
        const auto carries = [](const QList<QByteArray>& out, const QString& pin) {
            const QByteArray bcd = QByteArray::fromHex(pin.toLatin1());
            for (const QByteArray& m : out)
                if (m.contains(bcd) || m.contains(pin.toLatin1()))
                    return true;
            return false;
        };
        Rig pad(EmulatedCardReader::acsApg8201b2Descriptors());
        QVERIFY(pad.startWithCard());
        QSignalSpy checked(pad.driver.get(), &CcidReader::pinChecked);
        QSignalSpy changed(pad.driver.get(), &CcidReader::pinChangeAnswered);
        pad.driver->verifyPinOnPad();
        QCOMPARE(onPad(pad, checked, [&] { return pad.reader.padType({QStringLiteral("123456")}); }).first,
                 int(SsseApplication::PinOutcome::Accepted));
        const QString fresh = QStringLiteral("864209");
        pad.driver->changePinOnPad();
        QCOMPARE(onPad(pad, changed,
                       [&] {
                           return pad.reader.padType({QStringLiteral("123456"), fresh, fresh});
                       })
                     .first,
                 int(SsseApplication::PinOutcome::Accepted));
        const QList<QByteArray> sent = pad.reader.device()->outTransfers();
        QVERIFY(
            std::any_of(sent.begin(), sent.end(), [](const QByteArray& m) { return quint8(m[0]) == 0x69; }));
        QVERIFY(!carries(sent, QStringLiteral("123456")));
        QVERIFY(!carries(sent, fresh));

        Rig plain;
        QVERIFY(plain.startWithCard());
        QSignalSpy plainChecked(plain.driver.get(), &CcidReader::pinChecked);
        plain.driver->verifyPin(QStringLiteral("123456"));
        QVERIFY(plainChecked.wait(5000));
        QVERIFY(carries(plain.reader.device()->outTransfers(), QStringLiteral("123456")));
    }

    void aCardPulledWhileThePadWaitsIsReportedRemoved()
    {
        Rig rig(EmulatedCardReader::acsApg8201b2Descriptors());
        QVERIFY(rig.startWithCard());
        QSignalSpy checked(rig.driver.get(), &CcidReader::pinChecked);
        QSignalSpy removed(rig.driver.get(), &CcidReader::cardRemoved);
        rig.driver->verifyPinOnPad();
        QVERIFY(QTest::qWaitFor([&] { return rig.reader.padWaiting(); }, 5000));
        rig.reader.remove(); // the reader gives the entry up: bError FE, card absent
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.first()[0].toInt(), int(SsseApplication::PinOutcome::NoAnswer));
        QVERIFY(removed.count() == 1 || removed.wait(5000));
        QVERIFY(!rig.driver->cardPresent());
        QCOMPARE(rig.reader.pinTriesLeft(), 3);
    }

    void aReaderWithoutAPadIsNeverAskedToReadOne()
    {
        Rig rig;
        QVERIFY(rig.startWithCard());
        QSignalSpy checked(rig.driver.get(), &CcidReader::pinChecked);
        rig.driver->verifyPinOnPad();
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.first()[0].toInt(), int(SsseApplication::PinOutcome::NoAnswer));
        const QList<QByteArray> sent = rig.reader.device()->outTransfers();
        QVERIFY(
            std::none_of(sent.begin(), sent.end(), [](const QByteArray& m) { return quint8(m[0]) == 0x69; }));
        QCOMPARE(rig.reader.pinTriesLeft(), 3);
        checked.clear();
        rig.driver->verifyPin(QStringLiteral("123456")); // the screen's pad, as before
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.first()[0].toInt(), int(SsseApplication::PinOutcome::Accepted));
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
