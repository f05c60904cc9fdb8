// The real libusb CCID driver on an emulated reader with three slots, the ACS ACR1281U (its class descriptor
// from the CCID project's readers list): a card read in whichever slot it is, a PSAM recognised and never
// offered as a citizen's card, a generation 3 card's EF06 opened with the PSAM (EXTERNAL AUTHENTICATE) and
// refused without one, slot changes taken for the slot they name, and broken PSAMs that change nothing but
// EF06. The same reader at TPDU level, where the card and the PSAM each run their own T=1 session, and a PSAM
// inserted while a generation 3 card is in use, which opens its EF06 without the card leaving. A T=0 PSAM
// beside a T=1 card on the TPDU reader, answering through GET RESPONSE.
#include "emulatedslotreader.h"

#include "cardauth/cardkey.h"
#include "cardreader/ccidmessage.h"
#include "cardreader/ccidreader.h"
#include "usb/usbcontext.h"

#include <QSignalSpy>
#include <QTest>

using namespace ssc;

namespace {

struct SlotReaderRig {
    explicit SlotReaderRig(const QByteArray& descriptors = EmulatedSlotReader::acsAcr1281uDescriptors())
        : reader(usb, descriptors)
    {}
    UsbEmulator usb;
    EmulatedSlotReader reader;
    std::unique_ptr<UsbContext> context;
    std::unique_ptr<CcidReader> driver;
    std::unique_ptr<QSignalSpy> inserted;
    std::unique_ptr<QSignalSpy> unreadable;
    std::unique_ptr<QSignalSpy> removed;

    bool start()
    {
        context = std::make_unique<UsbContext>();
        if (!QTest::qWaitFor([&] { return !context->devices().isEmpty(); }, 5000))
            return false;
        driver = std::make_unique<CcidReader>(*context, context->devices().first());
        inserted = std::make_unique<QSignalSpy>(driver.get(), &CcidReader::cardInserted);
        unreadable = std::make_unique<QSignalSpy>(driver.get(), &CcidReader::cardUnreadable);
        removed = std::make_unique<QSignalSpy>(driver.get(), &CcidReader::cardRemoved);
        QString error;
        return driver->open(&error);
    }
    // A PSAM in `psamSlot` found by the started driver, then `card` inserted in slot 0 and read (empty: not).
    std::optional<CardFiles> readWithPsam(quint8 psamSlot, SimulatedPsam::Fault fault,
                                          const EmulatedCard& card, bool psamT0 = false)
    {
        reader.insertPsam(psamSlot, fault, psamT0);
        if (!start() || !QTest::qWaitFor([&] { return driver->psamSlot() == psamSlot; }, 5000))
            return std::nullopt;
        reader.insertCard(0, card);
        return nextCard();
    }
    // The next card the driver reports (nothing within 5 s: empty).
    std::optional<CardFiles> nextCard()
    {
        const qsizetype before = inserted->size();
        if (!QTest::qWaitFor([&] { return inserted->size() > before || !unreadable->isEmpty(); }, 5000) ||
            inserted->size() == before)
            return std::nullopt;
        return inserted->last().first().value<CardFiles>();
    }
};

EmulatedCard generation3()
{
    EmulatedCard card;
    card.generation = 3;
    return card;
}

// The N(S) of the terminal's I-blocks to `slot` (T=1 blocks: NAD, PCB, ...; bit 7 of the PCB clear).
QList<int> sendSequence(const QList<std::pair<quint8, QByteArray>>& blocks, quint8 slot)
{
    QList<int> numbers;
    for (const auto& [to, block] : blocks)
        if (to == slot && block.size() >= 4 && !(quint8(block[1]) & 0x80))
            numbers << ((quint8(block[1]) >> 6) & 1);
    return numbers;
}

int powerOns(const EmulatedSlotReader& reader, quint8 slot)
{
    int count = 0;
    for (const QByteArray& out : reader.device()->outTransfers())
        count += out.size() >= 10 && quint8(out[0]) == 0x62 && quint8(out[5]) == slot;
    return count;
}

} // namespace

class TestSlotReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const UsbEmulator probe;
        QVERIFY2(UsbEmulator::inMockEnvironment(),
                 "run under LD_PRELOAD=libumockdev-preload.so.0 (ctest does)");
    }

    void slotChangesCarryTwoBitsASlot()
    {
        // Slot 0 present, slot 1 empty, slot 2 present and changed, slot 3 empty; slot 4 present.
        const auto changes = ccid::parseSlotChanges(QByteArray::fromHex("50 31 01"), 5);
        QCOMPARE(changes.size(), 5);
        QVERIFY(changes[0].present && !changes[0].changed);
        QVERIFY(!changes[1].present && !changes[1].changed);
        QVERIFY(changes[2].present && changes[2].changed);
        QVERIFY(!changes[3].present && !changes[3].changed);
        QVERIFY(changes[4].present && !changes[4].changed);
        QCOMPARE(changes[4].slot, quint8(4));
        QVERIFY(ccid::parseSlotChanges(QByteArray::fromHex("50 03"), 8).size() ==
                4); // no bits beyond the message
        QVERIFY(ccid::parseSlotChanges(QByteArray::fromHex("51 03"), 1).isEmpty());
    }

    void aCardInSlot1IsRead()
    {
        SlotReaderRig rig;
        QVERIFY(rig.start());
        QCOMPARE(rig.driver->classDescriptor().slotCount, quint8(3));
        const EmulatedCard card;
        rig.reader.insertCard(1, card);
        const auto files = rig.nextCard();
        QVERIFY(files);
        QCOMPARE(files->ssn, card.ssn);
        QCOMPARE(rig.driver->cardSlot(), 1);
        QCOMPARE(rig.driver->psamSlot(), -1);
        QVERIFY(rig.reader.apdusSeen(1) >= 4);
        QCOMPARE(rig.reader.apdusSeen(0), 0);
        // Every message the driver sent named an existing slot.
        for (const QByteArray& out : rig.reader.device()->outTransfers())
            QVERIFY2(quint8(out[5]) <= 2, qPrintable(QString::fromLatin1(out.toHex())));
    }

    void aPsamOpensAGeneration3CardsHolderData()
    {
        SlotReaderRig rig;
        const EmulatedCard card = generation3();
        const auto files = rig.readWithPsam(1, SimulatedPsam::Fault::None, card);
        QVERIFY(files);
        QCOMPARE(rig.driver->psamSlot(), 1);
        QCOMPARE(files->cardIdentifier, card.identifier);
        QCOMPARE(files->ssn, card.ssn);
        QCOMPARE(files->name, card.name);
        QCOMPARE(files->birthDate, card.birthDate);
        QCOMPARE(rig.reader.cryptogramsGiven(1), 1);
        // The PSAM was never offered as a card, nor called unreadable.
        QCOMPARE(rig.inserted->size(), 1);
        QVERIFY(rig.unreadable->isEmpty());
        QCOMPARE(rig.driver->cardSlot(), 0);
    }

    // Both in the reader when it starts: the SAM slot, the higher one, is looked at first, so the card in
    // slot 0 is read with its EF06 at once.
    void aCardInTheReaderAtStartUsesThePsamToo()
    {
        SlotReaderRig rig;
        rig.reader.insertPsam(1);
        const EmulatedCard card = generation3();
        rig.reader.insertCard(0, card);
        QVERIFY(rig.start());
        const auto files = rig.nextCard();
        QVERIFY(files);
        QCOMPARE(files->ssn, card.ssn);
        QCOMPARE(rig.driver->psamSlot(), 1);
        QCOMPARE(rig.driver->cardSlot(), 0);
    }

    void withoutAPsamAGeneration3CardGivesItsIdentifierOnly()
    {
        SlotReaderRig rig;
        QVERIFY(rig.start());
        const EmulatedCard card = generation3();
        rig.reader.insertCard(1, card);
        const auto files = rig.nextCard();
        QVERIFY(files);
        QCOMPARE(files->cardIdentifier, card.identifier);
        QCOMPARE(files->cardNumber, card.cardNumber);
        QVERIFY(files->ssn.isEmpty()); // EF06 refused (6982): the terminal goes on with the identifier
        QVERIFY(files->name.isEmpty());
    }

    void slotChangesAreTakenForTheirSlot()
    {
        SlotReaderRig rig;
        rig.reader.insertPsam(2);
        QVERIFY(rig.start());
        QTRY_COMPARE_WITH_TIMEOUT(rig.driver->psamSlot(), 2, 5000);
        EmulatedCard first = generation3();
        rig.reader.insertCard(0, first);
        QVERIFY(rig.nextCard());
        // A second card while the first is in use waits; it is read once the first leaves.
        EmulatedCard second = generation3();
        second.identifier = QStringLiteral("110000D156000005FFEEDDCCBBAA9988");
        second.ssn = QStringLiteral("110105200001010012");
        rig.reader.insertCard(1, second);
        QTest::qWait(700); // more than one slot check
        QCOMPARE(rig.inserted->size(), 1);
        rig.reader.remove(0);
        QTRY_COMPARE_WITH_TIMEOUT(rig.removed->size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(rig.inserted->size(), 2, 5000);
        const auto files = rig.inserted->last().first().value<CardFiles>();
        QCOMPARE(files.cardIdentifier, second.identifier);
        QCOMPARE(files.ssn, second.ssn); // opened with the PSAM in slot 2
        QCOMPARE(rig.driver->cardSlot(), 1);
        // The PSAM taken out: the card in slot 1 stays, no card is reported removed.
        rig.reader.remove(2);
        QTRY_COMPARE_WITH_TIMEOUT(rig.driver->psamSlot(), -1, 5000);
        QCOMPARE(rig.removed->size(), 1);
        QVERIFY(rig.driver->cardPresent());
        QCOMPARE(rig.driver->cardSlot(), 1);
        // The card in slot 1 taken out: removed, and the next generation 3 card gets no EF06.
        rig.reader.remove(1);
        QTRY_COMPARE_WITH_TIMEOUT(rig.removed->size(), 2, 5000);
        rig.reader.insertCard(0, first);
        const auto again = rig.nextCard();
        QVERIFY(again);
        QVERIFY(again->ssn.isEmpty());
    }

    // A TPDU-level reader: the card in slot 0 and the PSAM in slot 2 each run T=1 with their own block
    // numbering (ISO 7816-3 §11: N(S) counts a card's I-blocks from its power-on), the PSAM's exchange in
    // the middle of the card's reading. One numbering shared by both would give the PSAM's first block the
    // card's next number and the card a gap after the PSAM: the chips would send their last block again.
    void aTpduReaderTalksToTheCardAndThePsamInTurn()
    {
        SlotReaderRig rig(EmulatedSlotReader::tpduDescriptors());
        const EmulatedCard card = generation3();
        const auto files = rig.readWithPsam(2, SimulatedPsam::Fault::None, card);
        QVERIFY(files);
        QVERIFY(rig.driver->classDescriptor().tpduLevel());
        QCOMPARE(files->ssn, card.ssn); // EF06 opened by the T=1 PSAM
        QCOMPARE(files->name, card.name);
        QCOMPARE(rig.reader.cryptogramsGiven(2), 1);
        const auto link = rig.driver->cardLink();
        QVERIFY(link && link->tpdu && link->protocol == 1);
        const QList<std::pair<quint8, QByteArray>> blocks = rig.reader.blocksSent();
        // Interleaved: card blocks, the PSAM's, then the card's again (EXTERNAL AUTHENTICATE, EF06).
        qsizetype firstCard = -1, psamAfterCard = -1, cardAfterPsam = -1;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (blocks[i].first == 0 && firstCard < 0)
                firstCard = i;
            else if (blocks[i].first == 2 && firstCard >= 0 && psamAfterCard < 0)
                psamAfterCard = i;
            else if (blocks[i].first == 0 && psamAfterCard >= 0 && cardAfterPsam < 0)
                cardAfterPsam = i;
        }
        QVERIFY2(firstCard >= 0 && psamAfterCard > firstCard && cardAfterPsam > psamAfterCard,
                 "the PSAM was not asked in the middle of the card's reading");
        // Each chip's I-blocks numbered 0, 1, 0, 1 ... from its own power-on, whatever the other did between.
        for (const quint8 slot : {quint8(0), quint8(2)}) {
            const QList<int> numbers = sendSequence(blocks, slot);
            QVERIFY(numbers.size() >= 3);
            for (qsizetype i = 0; i < numbers.size(); ++i)
                QVERIFY2(
                    numbers[i] == int(i % 2),
                    qPrintable(
                        QStringLiteral("slot %1, I-block %2 has N(S) %3").arg(slot).arg(i).arg(numbers[i])));
            const EmulatedT1Card::Seen seen = rig.reader.t1Seen(slot);
            QCOMPARE(seen.badBlocks, 0);
            QCOMPARE(seen.retransmissionRequests, 0);
            QCOMPARE(seen.resyncs, 0);
            QCOMPARE(seen.ifsd, 254); // dwMaxIFSD 512: the terminal asks T=1's most, 254, of each chip
        }
        // The PSAM's cryptogram command (30 bytes) went chained over its IFSC of 16, in its own numbering.
        QVERIFY(rig.reader.t1Seen(2).chainedCommandBlocks >= 1);
        QVERIFY(rig.reader.t1Seen(0).apduLog.contains(QByteArray::fromHex("0084000008")));
    }

    // Most PSAMs in halls speak T=0 only. On a TPDU reader the card in slot 0 runs T=1 and the PSAM in slot 2
    // T=0, each with the parameters of its own protocol: the cryptogram command goes as a case 3 TPDU (T=0
    // cannot send data and ask for an answer in one command, ISO 7816-3 §10.3.3), the PSAM answers "61 08",
    // and GET RESPONSE fetches the 8 bytes that open the card's EF06.
    void aT0PsamOnATpduReaderAnswersThroughGetResponse()
    {
        SlotReaderRig rig(EmulatedSlotReader::tpduDescriptors());
        const EmulatedCard card = generation3();
        const auto files = rig.readWithPsam(2, SimulatedPsam::Fault::None, card, /*psamT0=*/true);
        QVERIFY(files);
        QCOMPARE(files->ssn, card.ssn); // EF06 opened with the T=0 PSAM's cryptogram
        QCOMPARE(rig.reader.cryptogramsGiven(2), 1);
        const auto link = rig.driver->cardLink();
        QVERIFY(link && link->tpdu && link->protocol == 1); // the card's own link is untouched
        QList<int> protocolsSet;                            // bProtocolNum of each SetParameters for slot 2
        for (const QByteArray& out : rig.reader.device()->outTransfers())
            if (out.size() >= 10 && quint8(out[0]) == 0x61 && quint8(out[5]) == 2)
                protocolsSet << quint8(out[7]);
        QCOMPARE(protocolsSet, QList<int>{0});
        QList<QByteArray> toPsam;
        for (const auto& [slot, bytes] : rig.reader.blocksSent())
            if (slot == 2)
                toPsam << bytes;
        qsizetype cryptogramCommand = -1;
        for (qsizetype i = 0; i < toPsam.size(); ++i)
            if (toPsam[i].startsWith(QByteArray::fromHex("80FA000018")))
                cryptogramCommand = i;
        QVERIFY2(cryptogramCommand >= 0, "the PSAM was not asked for a cryptogram");
        QCOMPARE(toPsam[cryptogramCommand].size(), 5 + 24); // header, Lc and data: no Le in T=0
        QVERIFY(cryptogramCommand + 1 < toPsam.size());
        QCOMPARE(toPsam[cryptogramCommand + 1], QByteArray::fromHex("00C0000008"));
        QCOMPARE(rig.reader.t1Seen(2).apdus, 0); // not one T=1 block to the PSAM
    }

    // A PSAM inserted while a generation 3 card read without one is in use, its PIN already verified: EF06
    // opened in the same card session (no power-on, the PIN not asked again) and reported as the card's
    // holder data; the PSAM pulled again changes nothing for the card. A second citizen's card inserted
    // meanwhile is not taken for a PSAM and waits. At APDU and at TPDU level.
    void aPsamInsertedWhileACardIsInUseOpensItsEf06_data()
    {
        QTest::addColumn<bool>("tpdu");
        QTest::newRow("APDU level") << false;
        QTest::newRow("TPDU level, T=1") << true;
    }

    void aPsamInsertedWhileACardIsInUseOpensItsEf06()
    {
        QFETCH(bool, tpdu);
        SlotReaderRig rig(tpdu ? EmulatedSlotReader::tpduDescriptors()
                               : EmulatedSlotReader::acsAcr1281uDescriptors());
        QVERIFY(rig.start());
        const EmulatedCard card = generation3();
        rig.reader.insertCard(0, card);
        const auto files = rig.nextCard();
        QVERIFY(files);
        QVERIFY(files->ssn.isEmpty()); // no PSAM yet
        QSignalSpy checked(rig.driver.get(), &CcidReader::pinChecked);
        rig.driver->verifyPin(card.pin);
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.first().first().toInt(), int(SsseApplication::PinOutcome::Accepted));
        QSignalSpy opened(rig.driver.get(), &CcidReader::holderDataOpened);
        // A second citizen's card: looked at, not a PSAM, not reported, the card in use undisturbed.
        EmulatedCard second = generation3();
        second.identifier = QStringLiteral("110000D156000005FFEEDDCCBBAA9988");
        rig.reader.insertCard(1, second);
        QTest::qWait(700); // more than one slot check
        QCOMPARE(rig.inserted->size(), 1);
        QCOMPARE(rig.driver->psamSlot(), -1);
        QVERIFY(opened.isEmpty());
        // The PSAM arrives.
        rig.reader.insertPsam(2);
        QVERIFY(opened.wait(5000));
        const auto late = opened.first().first().value<CardFiles>();
        QCOMPARE(late.cardIdentifier, card.identifier);
        QCOMPARE(late.cardNumber, card.cardNumber);
        QCOMPARE(late.ssn, card.ssn);
        QCOMPARE(late.name, card.name);
        QCOMPARE(late.birthDate, card.birthDate);
        QCOMPARE(rig.driver->psamSlot(), 2);
        QCOMPARE(rig.reader.cryptogramsGiven(2), 1);
        QCOMPARE(rig.driver->cardSlot(), 0);
        QCOMPARE(powerOns(rig.reader, 0), 1); // the card was not powered on again
        QCOMPARE(rig.inserted->size(), 1);    // nor reported as a new card
        QVERIFY(rig.removed->isEmpty());
        QVERIFY(rig.unreadable->isEmpty());
        // Its card session goes on: it answers the platform's challenge without its PIN again.
        QSignalSpy answered(rig.driver.get(), &CcidReader::authenticated);
        rig.driver->authenticate(QByteArray(16, '\x11'));
        QVERIFY(answered.wait(5000));
        QCOMPARE(answered.last().first().toInt(), int(SsseApplication::AuthenticationOutcome::Answered));
        // The PSAM pulled again: nothing changes for the card in use.
        rig.reader.remove(2);
        QTRY_COMPARE_WITH_TIMEOUT(rig.driver->psamSlot(), -1, 5000);
        QTest::qWait(700);
        QVERIFY(rig.driver->cardPresent());
        QCOMPARE(rig.driver->cardSlot(), 0);
        QVERIFY(rig.removed->isEmpty());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(rig.inserted->size(), 1);
        rig.driver->authenticate(QByteArray(16, '\x22'));
        QVERIFY(answered.wait(5000));
        QCOMPARE(answered.last().first().toInt(), int(SsseApplication::AuthenticationOutcome::Answered));
        // The card leaves: the one that waited in slot 1 is read.
        rig.reader.remove(0);
        QTRY_COMPARE_WITH_TIMEOUT(rig.inserted->size(), 2, 5000);
        QCOMPARE(rig.inserted->last().first().value<CardFiles>().cardIdentifier, second.identifier);
    }

    // A late PSAM that cannot help: one answering with another key's cryptogram (the card refuses it, once),
    // and any PSAM beside a generation 2 card, whose EF06 was read at once (no challenge asked at all).
    // Nothing is reported and the card session goes on.
    void aLatePsamThatCannotHelpChangesNothing_data()
    {
        QTest::addColumn<int>("generation");
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("cryptograms");
        QTest::newRow("cryptogram of another key") << 3 << int(SimulatedPsam::Fault::WrongKey) << 1;
        QTest::newRow("generation 2 card") << 2 << int(SimulatedPsam::Fault::None) << 0;
    }

    void aLatePsamThatCannotHelpChangesNothing()
    {
        QFETCH(int, generation);
        QFETCH(int, fault);
        QFETCH(int, cryptograms);
        SlotReaderRig rig;
        QVERIFY(rig.start());
        EmulatedCard card;
        card.generation = generation;
        rig.reader.insertCard(0, card);
        const auto files = rig.nextCard();
        QVERIFY(files);
        QSignalSpy opened(rig.driver.get(), &CcidReader::holderDataOpened);
        rig.reader.insertPsam(2, SimulatedPsam::Fault(fault));
        QTRY_COMPARE_WITH_TIMEOUT(rig.driver->psamSlot(), 2, 5000);
        QTest::qWait(700); // more than one slot check: time for a late EF06 to be tried
        QVERIFY(opened.isEmpty());
        QCOMPARE(rig.reader.cryptogramsGiven(2), cryptograms);
        QCOMPARE(rig.inserted->size(), 1);
        QVERIFY(rig.removed->isEmpty());
        QSignalSpy checked(rig.driver.get(), &CcidReader::pinChecked);
        rig.driver->verifyPin(card.pin);
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.first().first().toInt(), int(SsseApplication::PinOutcome::Accepted));
    }

    // A PIN reset at a counter waits on the card's own challenge (the issuer's MAC covers it): a PSAM
    // arriving then must not replace it with its GET CHALLENGE. EF06 is opened once the reset is done.
    void aLatePsamWaitsForAPinResetToEnd()
    {
        SlotReaderRig rig;
        QVERIFY(rig.start());
        const EmulatedCard card = generation3();
        rig.reader.insertCard(0, card);
        QVERIFY(rig.nextCard());
        QSignalSpy challenged(rig.driver.get(), &CcidReader::cardChallengeAnswered);
        rig.driver->getCardChallenge();
        QVERIFY(challenged.wait(5000));
        const QByteArray challenge = challenged.first().first().toByteArray();
        QCOMPARE(challenge.size(), 8);
        QSignalSpy opened(rig.driver.get(), &CcidReader::holderDataOpened);
        rig.reader.insertPsam(2);
        QTRY_COMPARE_WITH_TIMEOUT(rig.driver->psamSlot(), 2, 5000);
        QTest::qWait(700);
        QVERIFY(opened.isEmpty());
        QCOMPARE(rig.reader.cryptogramsGiven(2), 0);
        QSignalSpy reset(rig.driver.get(), &CcidReader::pinResetAnswered);
        const auto mac = cardauth::resetMac(card.unblockKey, challenge);
        QVERIFY(mac);
        rig.driver->resetPin(QStringLiteral("258147"), *mac);
        QVERIFY(reset.wait(5000));
        QCOMPARE(reset.first().first().toInt(), int(SsseApplication::PinOutcome::Accepted)); // the MAC held
        QVERIFY(opened.wait(5000));
        QCOMPARE(opened.first().first().value<CardFiles>().ssn, card.ssn);
    }

    void aPsamThatAnswersWronglyChangesNothingButEf06_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("cryptogram of another key") << int(SimulatedPsam::Fault::WrongKey);
        QTest::newRow("three bytes") << int(SimulatedPsam::Fault::ShortAnswer);
    }

    void aPsamThatAnswersWronglyChangesNothingButEf06()
    {
        QFETCH(int, fault);
        SlotReaderRig rig;
        const EmulatedCard card = generation3();
        const auto files = rig.readWithPsam(1, SimulatedPsam::Fault(fault), card);
        QVERIFY(files);
        QCOMPARE(rig.driver->psamSlot(), 1); // recognised all the same: it answers its DF's SELECT
        QCOMPARE(files->cardIdentifier, card.identifier);
        QVERIFY(files->ssn.isEmpty());
        QVERIFY(rig.unreadable->isEmpty());
        // The card still takes its PIN: the session goes on as without a PSAM.
        QSignalSpy checked(rig.driver.get(), &CcidReader::pinChecked);
        rig.driver->verifyPin(card.pin);
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.first().first().toInt(), int(SsseApplication::PinOutcome::Accepted));
    }
};

QTEST_GUILESS_MAIN(TestSlotReader)
#include "tst_slotreader.moc"
