// The real libusb CCID driver on an emulated TPDU-level reader, the ACS ACR39U (its class descriptor from the
// CCID project's readers list): the card's ATR read, T=1 chosen and set with PC_to_RDR_SetParameters (the
// reader sends the PPS itself), IFSD negotiated, then a whole social security card read and a PIN checked in
// T=1 blocks — with the card's commands and answers chained over its 16-byte IFSC, a time extension it asks
// for and a corrupted block it must send again.
#include "cardreaderrig.h"

#include "cardreader/ccidreader.h"

#include <QElapsedTimer>

using namespace ssc;

class TestTpduReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(CardReaderRig::mockEnvironment(),
                 "run under LD_PRELOAD=libumockdev-preload.so.0 (ctest does)");
    }

    void aWholeCardReadInT1Blocks()
    {
        CardReaderRig rig(EmulatedCardReader::acsAcr39uDescriptors());
        rig.reader.t1Faults(2, 4, 3); // WTX x4 before the 2nd answer; the 3rd answer's first block corrupted
        QVERIFY(rig.start());
        QVERIFY(rig.driver->classDescriptor().tpduLevel());
        QSignalSpy inserted(rig.driver.get(), &CcidReader::cardInserted);
        QSignalSpy unreadable(rig.driver.get(), &CcidReader::cardUnreadable);
        const EmulatedCard card;
        QElapsedTimer clock;
        clock.start();
        rig.reader.insert(card);
        QVERIFY2(inserted.wait(5000),
                 unreadable.isEmpty() ? "nothing" : qPrintable(unreadable.first().first().toString()));
        qInfo() << "card read over T=1 in" << clock.elapsed() << "ms";
        const auto files = inserted.first().first().value<CardFiles>();
        QCOMPARE(files.ssn, card.ssn);
        QCOMPARE(files.name, card.name);
        QCOMPARE(files.cardNumber, card.cardNumber);
        // What the reader was told: T=1 at TA1 13, LRC, TC1 00, BWI 4 CWI 5, IFSC 16.
        QCOMPARE(rig.reader.parameters(), std::pair(1, QByteArray::fromHex("13100045001000")));
        const auto link = rig.driver->cardLink();
        QVERIFY(link && link->tpdu && link->protocol == 1);
        const EmulatedT1Card::Seen seen = rig.reader.t1Seen();
        QCOMPARE(seen.ifsd, 247); // dwMaxIFSD, negotiated with S(IFS)
        QVERIFY(seen.apdus >= 4);
        QCOMPARE(seen.wtxGranted, 1);
        QCOMPARE(seen.wtxAnswer, quint8(4));
        QCOMPARE(seen.retransmissionRequests, 1); // the corrupted block, asked again once
        QVERIFY(seen.chainedCommandBlocks >= 1);  // SELECT by AID is longer than the card's IFSC
        QCOMPARE(seen.badBlocks, 0);
        qInfo() << "APDUs" << seen.apdus << "chained command blocks" << seen.chainedCommandBlocks
                << "chained answer blocks" << seen.chainedAnswerBlocks;
    }

    void ppsOnAReaderThatLeavesItToTheHost()
    {
        CardReaderRig rig(EmulatedCardReader::gemaltoCt30Descriptors());
        QVERIFY(rig.start());
        EmulatedCard card;
        const auto files = rig.insertAndRead(card);
        QVERIFY(files);
        QCOMPARE(files->ssn, card.ssn);
        // T=1 at TA1 13 (51613 bit/s at 4.8 MHz, within the reader's 825806): PPS0 11, PPS1 13, PCK FD.
        QCOMPARE(rig.reader.pps(), QByteArray::fromHex("FF1113FD"));
        QCOMPARE(rig.reader.parameters(), std::pair(1, QByteArray::fromHex("13100045001000")));
        QCOMPARE(rig.reader.t1Seen().ifsd, 254);
        // The ACR39U sends the PPS itself: the terminal sends none there.
        CardReaderRig acr(EmulatedCardReader::acsAcr39uDescriptors());
        QVERIFY(acr.start());
        QVERIFY(acr.insertAndRead(card));
        QVERIFY(acr.reader.pps().isEmpty());
    }

    void aPinPadOnATpduReaderInT1()
    {
        // The CT30's descriptor with bPINSupport 03, as on Gemalto's TPDU pad readers (GemPCPinpad): the
        // Secure command carries the T=1 prologue of the terminal's next I-block, and the card's answer block
        // joins the terminal's block numbering, so the screen's PIN checks after it still work.
        QByteArray descriptors = EmulatedCardReader::gemaltoCt30Descriptors();
        descriptors[18 + 9 + 9 + 52] = '\x03';
        CardReaderRig rig(descriptors);
        QVERIFY(rig.startWithCard());
        QVERIFY(rig.driver->hasPinPad());
        QSignalSpy checked(rig.driver.get(), &CcidReader::pinChecked);
        rig.driver->verifyPinOnPad();
        QVERIFY(QTest::qWaitFor([&] { return rig.reader.padWaiting(); }, 5000));
        QCOMPARE(rig.reader.lastPadRequest()->prologue.at(2), char(8)); // LEN: VERIFY with its 3-byte block
        QVERIFY(rig.reader.padType({QStringLiteral("123456")}));
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.first()[0].toInt(), int(SsseApplication::PinOutcome::Accepted));
        checked.clear();
        rig.driver->verifyPin(QStringLiteral("000000"));
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.first()[0].toInt(), int(SsseApplication::PinOutcome::Wrong));
        QCOMPARE(checked.first()[1].toInt(), 2);
        checked.clear();
        rig.driver->verifyPinOnPad(); // and the pad again, after the screen's exchange
        QVERIFY(QTest::qWaitFor([&] { return rig.reader.padWaiting(); }, 5000));
        QVERIFY(rig.reader.padType({QStringLiteral("123456")}));
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.first()[0].toInt(), int(SsseApplication::PinOutcome::Accepted));
    }

    void aT0CardOnTheTpduReader()
    {
        CardReaderRig rig(EmulatedCardReader::acsAcr39uDescriptors());
        QVERIFY(rig.start());
        EmulatedCard card;
        card.t0 = true;
        const auto files = rig.insertAndRead(card);
        QVERIFY(files);
        QCOMPARE(files->ssn, card.ssn);
        // T=0 at the default speed (no TA1), direct convention, no extra guard time, WI 10.
        QCOMPARE(rig.reader.parameters(), std::pair(0, QByteArray::fromHex("1100000A00")));
        QCOMPARE(rig.driver->cardLink()->protocol, 0);
    }

    void aPinCheckedInT1Blocks()
    {
        CardReaderRig rig(EmulatedCardReader::acsAcr39uDescriptors());
        QVERIFY(rig.startWithCard());
        QSignalSpy checked(rig.driver.get(), &CcidReader::pinChecked);
        rig.driver->verifyPin(QStringLiteral("000000"));
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.first()[0].toInt(), int(SsseApplication::PinOutcome::Wrong));
        QCOMPARE(checked.first()[1].toInt(), 2);
        checked.clear();
        rig.driver->verifyPin(QStringLiteral("123456"));
        QVERIFY(checked.wait(5000));
        QCOMPARE(checked.first()[0].toInt(), int(SsseApplication::PinOutcome::Accepted));
    }
};

QTEST_GUILESS_MAIN(TestTpduReader)
#include "tst_tpdureader.moc"
