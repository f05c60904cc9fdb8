// T=1 (ISO 7816-3 §11) between the terminal's Session and an emulated card's side written apart from it
// (emulatedt1card.h), without USB: chaining both ways, WTX, a corrupted block asked again, lost blocks ending
// in a resynchronisation, a mute card; block framing; and the link the driver plans from an ATR and a
// reader's class descriptor (PPS, SetParameters, IFSD, APDU limits).
#include "emulatedcardreader.h"
#include "emulatedt1card.h"

#include "cardreader/cardlink.h"
#include "cardreader/t1protocol.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace ssc;

namespace {

// A chip that answers every APDU with its bytes reversed, `extra` bytes of 0x77 and 9000.
QByteArray reverser(const QByteArray& apdu, int extra)
{
    QByteArray a = apdu;
    std::reverse(a.begin(), a.end());
    return a + QByteArray(extra, '\x77') + QByteArray::fromHex("9000");
}

struct Wire {
    EmulatedT1Card card{16, 16};
    int extra = 0;
    QList<quint8> wtxSent; // the bBWI each block went with
    bool mute = false;

    t1::Session session()
    {
        return t1::Session(
            [this](const QByteArray& block, quint8 wtx) -> std::optional<QByteArray> {
                wtxSent.append(wtx);
                if (mute)
                    return std::nullopt;
                return card.receive(block, [this](const QByteArray& a) { return reverser(a, extra); });
            },
            16);
    }
};

ccid::ClassDescriptor classOf(const QByteArray& descriptors)
{
    return *ccid::parseClassDescriptor(descriptors.mid(18 + 9 + 9, 54));
}

} // namespace

class TestT1 : public QObject {
    Q_OBJECT

private slots:
    void blocksAreFramedAndChecked()
    {
        QCOMPARE(t1::iBlock(1, true, QByteArray::fromHex("00A4")), QByteArray::fromHex("0060"
                                                                                       "02"
                                                                                       "00A4"
                                                                                       "C6"));
        QCOMPARE(t1::rBlock(1, 1), QByteArray::fromHex("00910091"));
        QCOMPARE(t1::sBlock(t1::Wtx, QByteArray(1, '\x02')), QByteArray::fromHex("00C30102C0"));
        QString problem;
        const auto b = t1::decode(QByteArray::fromHex("00E10120C0"), &problem);
        QVERIFY2(b, qPrintable(problem));
        QVERIFY(b->isS());
        QCOMPARE(b->inf, QByteArray::fromHex("20"));
        QVERIFY(!t1::decode(QByteArray::fromHex("00E10120C1"), &problem)); // wrong LRC
        QVERIFY(!t1::decode(QByteArray::fromHex("00E102201C"), &problem)); // LEN says 2, 1 byte came
        QVERIFY(!t1::decode(QByteArray::fromHex("0000FF"), &problem));
        QVERIFY(!problem.isEmpty());
    }

    void chainingBothWays()
    {
        Wire wire;
        wire.extra = 30;
        auto session = wire.session();
        const QByteArray apdu = QByteArray::fromHex("00A404000E") + QByteArray("sx1.sh.SSSE.ab") + '\0';
        QString problem;
        const auto answer = session.transmit(apdu, &problem);
        QVERIFY2(answer, qPrintable(problem));
        QCOMPARE(*answer, reverser(apdu, 30));
        QCOMPARE(wire.card.seen().apduLog, QList<QByteArray>{apdu}); // reassembled whole
        QCOMPARE(wire.card.seen().chainedCommandBlocks, 1);          // 20 bytes: 16 + 4
        QCOMPARE(wire.card.seen().chainedAnswerBlocks, 3);           // 52 bytes: 16 + 16 + 16 + 4
        // The sequence numbers carry on from one APDU to the next.
        QCOMPARE(*session.transmit(QByteArray::fromHex("0084000008"), &problem),
                 reverser(QByteArray::fromHex("0084000008"), 30));
        QCOMPARE(session.counts().retransmissionsAsked, 0);
    }

    void waitingTimeExtensionIsGranted()
    {
        Wire wire;
        wire.card.askTimeBefore(1, 3);
        auto session = wire.session();
        QString problem;
        QVERIFY(session.transmit(QByteArray::fromHex("0084000008"), &problem));
        QCOMPARE(wire.card.seen().wtxGranted, 1);
        QCOMPARE(wire.card.seen().wtxAnswer, quint8(3));
        QCOMPARE(wire.wtxSent, (QList<quint8>{0, 3})); // the S(WTX response) goes with bBWI 3
        QCOMPARE(session.counts().timeExtensions, 1);
    }

    void theCardsNewIfscIsUsed()
    {
        Wire wire;
        wire.card.announceIfscBefore(1, 32);
        auto session = wire.session();
        QString problem;
        QVERIFY(session.transmit(QByteArray::fromHex("0084000008"), &problem));
        QCOMPARE(wire.card.seen().ifsAnswered, 1);
        QCOMPARE(session.ifsc(), 32);
        // The next command goes in blocks of 32: 40 bytes in two, where 16 took three.
        const QByteArray apdu = QByteArray::fromHex("00D6000023") + QByteArray(35, '\x11');
        QCOMPARE(session.transmit(apdu, &problem).value_or(QByteArray()), reverser(apdu, 0));
        QCOMPARE(wire.card.seen().chainedCommandBlocks, 1);
    }

    void aCorruptedBlockIsAskedAgain()
    {
        Wire wire;
        wire.extra = 20;
        wire.card.corruptAnswer(1);
        auto session = wire.session();
        QString problem;
        const QByteArray apdu = QByteArray::fromHex("00B2010400");
        QCOMPARE(session.transmit(apdu, &problem).value_or(QByteArray()), reverser(apdu, 20));
        QCOMPARE(session.counts().retransmissionsAsked, 1);
        QCOMPARE(wire.card.seen().retransmissionRequests, 1);
        QCOMPARE(wire.card.seen().apdus, 1); // the card did not run the command twice
    }

    void lostBlocksEndInAResynchronisation()
    {
        Wire wire;
        wire.card.loseNextBlocks(3);
        auto session = wire.session();
        QString problem;
        const QByteArray apdu = QByteArray::fromHex("0084000008");
        QCOMPARE(session.transmit(apdu, &problem).value_or(QByteArray()), reverser(apdu, 0));
        QCOMPARE(session.counts().resyncs, 1);
        QCOMPARE(wire.card.seen().resyncs, 1);
        QCOMPARE(wire.card.seen().badBlocks, 3);
    }

    void aMuteCardFailsInBoundedSteps()
    {
        Wire wire;
        wire.mute = true;
        auto session = wire.session();
        QString problem;
        QVERIFY(!session.transmit(QByteArray::fromHex("0084000008"), &problem));
        QVERIFY(!problem.isEmpty());
        QVERIFY(wire.wtxSent.size() <= 12); // 3 tries, 3 resyncs, 3 tries again
        QVERIFY(!session.negotiateIfsd(254, &problem));
    }

    // Many APDUs of every size with faults drawn from a fixed seed — a lost terminal block, a corrupted card
    // block, a time extension, a new IFSC — each answer whole and right, each command run once by the card.
    void manyApdusThroughRandomFaults()
    {
        Wire wire;
        wire.extra = 3;
        auto session = wire.session();
        QRandomGenerator random(22);
        QElapsedTimer clock;
        clock.start();
        constexpr int rounds = 500;
        for (int i = 0; i < rounds; ++i) {
            switch (random.bounded(5)) {
            case 0:
                wire.card.loseNextBlocks(1);
                break;
            case 1:
                wire.card.corruptAnswer(1);
                break;
            case 2:
                wire.card.askTimeBefore(1, quint8(1 + random.bounded(9)));
                break;
            case 3:
                wire.card.announceIfscBefore(1, quint8(8 + random.bounded(240)));
                break;
            default:
                break;
            }
            QByteArray apdu(int(random.bounded(300)), '\0');
            for (char& c : apdu)
                c = char(random.bounded(256));
            QString problem;
            const auto answer = session.transmit(apdu, &problem);
            QVERIFY2(answer, qPrintable(QStringLiteral("round %1: %2").arg(i).arg(problem)));
            QCOMPARE(*answer, reverser(apdu, 3));
        }
        QCOMPARE(wire.card.seen().apdus, rounds);
        QCOMPARE(session.counts().resyncs, 0);
        qInfo() << rounds << "APDUs in" << clock.elapsed() << "ms;" << wire.wtxSent.size() << "blocks,"
                << session.counts().retransmissionsAsked << "asked again," << session.counts().resent
                << "resent," << session.counts().timeExtensions << "time extensions";
    }

    void ifsdIsNegotiated()
    {
        Wire wire;
        auto session = wire.session();
        QString problem;
        QVERIFY(session.negotiateIfsd(247, &problem));
        QCOMPARE(wire.card.seen().ifsd, 247);
    }

    void theLinkOnATpduReaderWithAutomaticPps()
    {
        QString problem;
        const auto atr = parseAtr(EmulatedCardReader::t1Atr(), &problem);
        QVERIFY2(atr, qPrintable(problem));
        const ccid::ClassDescriptor acr39u = classOf(EmulatedCardReader::acsAcr39uDescriptors());
        QVERIFY(acr39u.tpduLevel());
        QCOMPARE(acr39u.maxIfsd, 247u);
        QCOMPARE(acr39u.defaultClockKhz, 4800u);
        QCOMPARE(acr39u.maxDataRate, 826000u);
        const auto link = planCardLink(*atr, acr39u, &problem);
        QVERIFY2(link, qPrintable(problem));
        QCOMPARE(link->protocol, 1);
        QVERIFY(link->tpdu);
        QVERIFY(link->pps.isEmpty()); // the reader sends it itself from SetParameters (dwFeatures 0x80)
        QCOMPARE(link->parameters.value_or(QByteArray()), QByteArray::fromHex("13100045001000"));
        QVERIFY(link->negotiateIfsd);
        QCOMPARE(link->ifsd, 247);
        QCOMPARE(link->ifsc, 16);
        QVERIFY(link->limits.chaining);
        QVERIFY(!link->limits.extended);
    }

    void ppsWhenTheReaderDoesNotNegotiate()
    {
        QString problem;
        ccid::ClassDescriptor plain = classOf(EmulatedCardReader::acsAcr39uDescriptors());
        plain.features = 0x00010030; // TPDU, automatic baud rate and clock, no automatic PPS
        // "My Number Card" (pcsc-tools' list): TA1 13, T=1 only.
        const auto atr = parseAtr(QByteArray::fromHex("3BDA13FF8131FB468012392F31C173C601C03B"), &problem);
        const auto link = planCardLink(*atr, plain, &problem);
        QVERIFY2(link, qPrintable(problem));
        QCOMPARE(link->pps, QByteArray::fromHex("FF1113FD"));
        QCOMPARE(link->parameters.value_or(QByteArray()), QByteArray::fromHex("1310FF4600FB00"));
        QVERIFY(link->limits.extended); // T=1 carries extended APDUs, and the card takes them
        // A slow reader keeps the default speed and needs no PPS.
        plain.maxDataRate = 9600;
        QVERIFY(planCardLink(*atr, plain, &problem)->pps.isEmpty());
        QCOMPARE(quint8(planCardLink(*atr, plain, &problem)->parameters->at(0)), quint8(0x11));
        // A reader that negotiates everything itself is sent neither.
        plain.features = 0x00010040;
        QVERIFY(!planCardLink(*atr, plain, &problem)->parameters);
    }

    void apduReadersOnlyGetLimits()
    {
        QString problem;
        const ccid::ClassDescriptor pad = classOf(EmulatedCardReader::acsApg8201b2Descriptors());
        const auto atr =
            parseAtr(QByteArray::fromHex("3BFD1300008131FE158073C021C057597562694B657940"), &problem);
        const auto link = planCardLink(*atr, pad, &problem);
        QVERIFY2(link, qPrintable(problem));
        QVERIFY(!link->tpdu);
        QVERIFY(!link->parameters);
        QVERIFY(link->pps.isEmpty());
        QVERIFY(link->limits.chaining);
        QVERIFY(!link->limits.extended); // a short-APDU-level reader
        QCOMPARE(link->limits.maxBytes, qsizetype(340));
    }

    void cardsTheReaderCannotRunAreRefused()
    {
        QString problem;
        ccid::ClassDescriptor t1Only = classOf(EmulatedCardReader::acsAcr39uDescriptors());
        t1Only.protocols = 0x2;
        QVERIFY(!planCardLink(*parseAtr(QByteArray::fromHex("3B9813400AA503010101AD1311"), &problem), t1Only,
                              &problem));
        QVERIFY(problem.contains(QStringLiteral("protocol")));
        const ccid::ClassDescriptor acr39u = classOf(EmulatedCardReader::acsAcr39uDescriptors());
        QByteArray crc = QByteArray::fromHex("3B80814101");
        crc.append(char(t1::lrc(crc.mid(1))));
        QVERIFY(!planCardLink(*parseAtr(crc, &problem), acr39u, &problem));
        QVERIFY(problem.contains(QStringLiteral("CRC")));
        QByteArray implicit = QByteArray::fromHex("3B90111191"); // TA2 91: specific T=1, implicit parameters
        implicit.append(char(t1::lrc(implicit.mid(1))));
        QVERIFY(!planCardLink(*parseAtr(implicit, &problem), acr39u, &problem));
    }

    void t0Tpdus()
    {
        QCOMPARE(t0Tpdu(QByteArray::fromHex("00A4040002AABB00")), QByteArray::fromHex("00A4040002AABB"));
        QCOMPARE(t0Tpdu(QByteArray::fromHex("00440000")), QByteArray::fromHex("0044000000"));
        QCOMPARE(t0Tpdu(QByteArray::fromHex("00B2010400")), QByteArray::fromHex("00B2010400"));
    }
};

QTEST_GUILESS_MAIN(TestT1)
#include "tst_t1.moc"
