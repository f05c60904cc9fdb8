// APDU encoding beyond 255 bytes (ISO 7816-4 §5.1): short when it fits, extended when the card and reader
// take it, command chaining (CLA bit 0x10) otherwise, and a clear refusal when neither: never a silent cut.
#include "cardreader/apdu.h"

#include <QTest>

using namespace ssc;

class TestApdu : public QObject {
    Q_OBJECT

    static ApduCommand update(int dataBytes, int le = 0)
    {
        ApduCommand c;
        c.ins = 0xD6; // UPDATE BINARY
        c.data = QByteArray(dataBytes, '\x42');
        c.le = le;
        return c;
    }

private slots:
    void shortCommandsStayShort()
    {
        QString problem;
        const auto a = encodeApdu(update(255, 256), {}, &problem);
        QVERIFY2(a, qPrintable(problem));
        QCOMPARE(a->size(), 1);
        QCOMPARE(a->first().size(), 4 + 1 + 255 + 1);
        QCOMPARE(quint8(a->first()[4]), quint8(0xFF));
        QCOMPARE(quint8(a->first().back()), quint8(0x00)); // Le 256 is written 00
        ApduCommand read;
        read.ins = 0xB0;
        read.le = 16;
        QCOMPARE(encodeApdu(read, {}, &problem)->first(), QByteArray::fromHex("00B0000010"));
    }

    void extendedWhenAllowed()
    {
        QString problem;
        ApduLimits limits;
        limits.extended = true;
        const auto a = encodeApdu(update(300, 65536), limits, &problem);
        QVERIFY2(a, qPrintable(problem));
        QCOMPARE(a->size(), 1);
        const QByteArray& e = a->first();
        QCOMPARE(e.left(7), QByteArray::fromHex("00D6000000012C")); // 00 then Lc 012C
        QCOMPARE(e.size(), 4 + 3 + 300 + 2);
        QCOMPARE(e.right(2), QByteArray::fromHex("0000")); // Le 65536
        ApduCommand read;
        read.ins = 0xB0;
        read.le = 1000;
        QCOMPARE(encodeApdu(read, limits, &problem)->first(), QByteArray::fromHex("00B00000"
                                                                                  "0003E8"));
    }

    void chainedWhenOnlyChainingIsAllowed()
    {
        QString problem;
        ApduLimits limits;
        limits.chaining = true;
        const auto a = encodeApdu(update(600, 2), limits, &problem);
        QVERIFY2(a, qPrintable(problem));
        QCOMPARE(a->size(), 3);
        QCOMPARE(a->at(0).left(5), QByteArray::fromHex("10D60000FF"));
        QCOMPARE(a->at(0).size(), 5 + 255);
        QCOMPARE(a->at(1).left(5), QByteArray::fromHex("10D60000FF"));
        QCOMPARE(a->at(2).left(5), QByteArray::fromHex("00D600005A")); // the last 90, without the chain bit
        QCOMPARE(a->at(2).size(), 5 + 90 + 1);
        QCOMPARE(quint8(a->at(2).back()), quint8(2));
        // The reader's message size counts: an extended APDU too long for it is chained instead.
        limits.extended = true;
        limits.maxBytes = 261;
        QCOMPARE(encodeApdu(update(600), limits, &problem)->size(), 3);
    }

    void refusedClearlyNeverTruncated()
    {
        QString problem;
        QVERIFY(!encodeApdu(update(256), {}, &problem));
        QVERIFY(problem.contains(QStringLiteral("256 data bytes")));
        ApduLimits chaining;
        chaining.chaining = true;
        ApduCommand proprietary = update(300);
        proprietary.cla = 0x80;
        QVERIFY(!encodeApdu(proprietary, chaining, &problem));
        QVERIFY(!encodeApdu(update(10, 1000), chaining, &problem)); // Le over 256 without extended
        QVERIFY(!encodeApdu(update(65536), ApduLimits{true, true, 0}, &problem));
        // The short helper gives nothing rather than a cut command, and the channel refuses that.
        QVERIFY(apduCommand(0x00, 0xD6, 0, 0, QByteArray(256, 'x')).isEmpty());
        int sent = 0;
        ApduChannel channel([&sent](const QByteArray&) -> std::optional<QByteArray> {
            ++sent;
            return QByteArray::fromHex("9000");
        });
        QVERIFY(!channel.transmit(apduCommand(0x00, 0xD6, 0, 0, QByteArray(256, 'x'))));
        QVERIFY(!channel.transmit(update(256)));
        QVERIFY(!channel.problem().isEmpty());
        QCOMPARE(sent, 0);
    }

    void theChannelSendsAChainAndStopsAtARefusal()
    {
        QList<QByteArray> sent;
        int refuseAt = -1;
        ApduChannel channel([&](const QByteArray& c) -> std::optional<QByteArray> {
            sent << c;
            if (sent.size() - 1 == refuseAt)
                return QByteArray::fromHex("6884"); // command chaining not supported
            return quint8(c[0]) & 0x10 ? QByteArray::fromHex("9000") : QByteArray::fromHex("AABB9000");
        });
        ApduLimits limits;
        limits.chaining = true;
        channel.setLimits(limits);
        auto answer = channel.transmit(update(600, 2));
        QVERIFY(answer && answer->ok());
        QCOMPARE(answer->data, QByteArray::fromHex("AABB"));
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.join().count('\x42'), 600); // every byte sent, once
        sent.clear();
        refuseAt = 1;
        answer = channel.transmit(update(600, 2));
        QVERIFY(answer);
        QCOMPARE(answer->sw, quint16(0x6884));
        QCOMPARE(sent.size(), 2);
    }

    void sixCIsOnlyResentForAShortLe()
    {
        // 6Cxx is a T=0 answer to a short Le; a command without one (case 3) is not resent with a changed
        // last data byte.
        QList<QByteArray> sent;
        ApduChannel channel([&sent](const QByteArray& c) -> std::optional<QByteArray> {
            sent << c;
            return QByteArray::fromHex("6C10");
        });
        const auto answer = channel.transmit(QByteArray::fromHex("00D6000002AABB"));
        QVERIFY(answer);
        QCOMPARE(answer->sw, quint16(0x6C10));
        QCOMPARE(sent.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApdu)
#include "tst_apdu.moc"
