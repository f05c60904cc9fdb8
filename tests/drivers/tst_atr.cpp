// ATR parsing (ISO 7816-3 §8) on real cards' ATRs, as published in pcsc-tools' smartcard_list.txt
// (LudovicRousseau/pcsc-tools, https://pcsc-tools.apdu.fr/smartcard_list.txt), each named next to its bytes,
// and on broken ones; and the card capabilities in the historical bytes (ISO 7816-4 §8.1.1.2.7).
#include "cardreader/atr.h"

#include <QTest>

using namespace ssc;

namespace {

Atr parsed(const char* hex)
{
    QString problem;
    const auto atr = parseAtr(QByteArray::fromHex(hex), &problem);
    if (!atr)
        qWarning() << "refused:" << problem;
    return atr.value_or(Atr{});
}

} // namespace

class TestAtr : public QObject {
    Q_OBJECT

private slots:
    void t1CardWithIfscBwiCwiAndCapabilities()
    {
        // "My Number Card (The Social Security and Tax Number System in JAPAN) (eID)"
        QString problem;
        const auto atr = parseAtr(QByteArray::fromHex("3BDA13FF8131FB468012392F31C173C601C03B"), &problem);
        QVERIFY2(atr, qPrintable(problem));
        QVERIFY(!atr->inverseConvention);
        QVERIFY(atr->ta1Present);
        QCOMPARE(atr->ta1, quint8(0x13));
        QCOMPARE(atr->fi(), 372);
        QCOMPARE(atr->di(), 4);
        QCOMPARE(atr->extraGuardTime, quint8(0xFF)); // TC1 FF: the minimum guard time (T=1: 11 etu)
        QCOMPARE(atr->protocols, QList<int>{1});
        QVERIFY(!atr->specificProtocol);
        QCOMPARE(atr->ifsc, quint8(0xFB));
        QCOMPARE(atr->bwi, quint8(4));
        QCOMPARE(atr->cwi, quint8(6));
        QVERIFY(!atr->crc);
        QCOMPARE(atr->historical, QByteArray::fromHex("8012392F31C173C601C0"));
        QVERIFY(atr->checksumPresent);
        QVERIFY(atr->checksumOk);
        const CardCapabilities caps = cardCapabilities(atr->historical);
        QVERIFY(caps.commandChaining);
        QVERIFY(caps.extendedLength);
    }

    void t1TokenWithTa1Tb1Tc1()
    {
        // "Yubico Yubikey 5": TA1 13, TB1 00, TC1 00; T=1 with IFSC 254, BWI 1, CWI 5; capabilities C0.
        const Atr atr = parsed("3BFD1300008131FE158073C021C057597562694B657940");
        QCOMPARE(atr.protocols, QList<int>{1});
        QCOMPARE(atr.ifsc, quint8(254));
        QCOMPARE(atr.bwi, quint8(1));
        QCOMPARE(atr.cwi, quint8(5));
        QCOMPARE(atr.historical.size(), 13);
        QVERIFY(atr.checksumOk);
        QVERIFY(cardCapabilities(atr.historical).extendedLength);
        // "NXP J3A081 JCOP v2.4.1": TA1 18 (F 372, D 12), TC1 FF; IFSC 254, BWI 4, CWI 5; no capabilities.
        const Atr jcop = parsed("3BF81800FF8131FE454A434F5076323431"
                                "43");
        QCOMPARE(jcop.di(), 12);
        QCOMPARE(jcop.bwi, quint8(4));
        QCOMPARE(jcop.cwi, quint8(5));
        QCOMPARE(jcop.historical, QByteArray("JCOPv241"));
        QVERIFY(!cardCapabilities(jcop.historical).commandChaining);
        QVERIFY(!cardCapabilities(jcop.historical).extendedLength);
    }

    void t15GlobalBytesAreNotAProtocol()
    {
        // "Feitian ePass" token: TD2 91 names T=1 (IFSC FE), TD3 1F names T=15 with TA4 C3 (clock stop,
        // class).
        const Atr atr = parsed("3BDD18008191FE1FC30066465308030036"
                               "71DF00008097");
        QCOMPARE(atr.protocols, QList<int>{1});
        QCOMPARE(atr.ifsc, quint8(0xFE));
        QCOMPARE(atr.bwi, quint8(4)); // no TB3: the default
        QCOMPARE(atr.historical.size(), 13);
        QVERIFY(atr.checksumOk);
    }

    void specificModeFromTa2()
    {
        // "iClass SE Processor (Other)": TA2 81 — specific mode running T=1 at TA1's speed, not changeable.
        const Atr atr = parsed("3B90969181B1FE551FC7D4");
        QCOMPARE(atr.specificProtocol, std::optional<int>(1));
        QVERIFY(atr.specificUsesTa1);
        QVERIFY(!atr.specificModeChangeable);
        QCOMPARE(atr.ta1, quint8(0x96));
        QCOMPARE(atr.fi(), 512);
        QCOMPARE(atr.di(), 32);
        QCOMPARE(atr.ifsc, quint8(0xFE));
        QCOMPARE(atr.bwi, quint8(5));
        QCOMPARE(atr.cwi, quint8(5));
        QVERIFY(atr.historical.isEmpty());
        QVERIFY(atr.checksumOk);
    }

    void t0CardsHaveNoChecksum()
    {
        // "Belgium Electronic ID card (eID)": TA1 13, TD1 40 → TC2 0A (WI 10), T=0, no TCK.
        const Atr be = parsed("3B9813400AA503010101AD1311");
        QCOMPARE(be.protocols, QList<int>{0});
        QCOMPARE(be.waitingIntegerT0, quint8(10));
        QVERIFY(!be.checksumPresent);
        QCOMPARE(be.historical, QByteArray::fromHex("A503010101AD1311"));
        // "UnionPay Debit card issued by China Construction Bank (Bank)": no interface bytes but TB1 TC1.
        const Atr ccb = parsed("3B6D000000850000108688000000"
                               "1DA844");
        QCOMPARE(ccb.protocols, QList<int>{0});
        QCOMPARE(ccb.historical.size(), 13);
        QVERIFY(!ccb.ta1Present);
        QCOMPARE(ccb.fi(), 372); // the default speed
        QCOMPARE(ccb.di(), 1);
    }

    void theEmulatedSocialSecurityCardsAtr()
    {
        // The ATR the emulated reader answers with (tests/drivers/emulatedcardreader.cpp): T=0, 12 historical
        // bytes. No Chinese social security card's ATR is in the public list (checked 2026-12:
        // smartcard_list.txt names Chinese bank, SIM and UIM cards only), so this one is the project's own.
        const Atr atr = parsed("3B6C00000044531B0000000000000000");
        QCOMPARE(atr.protocols, QList<int>{0});
        QCOMPARE(atr.historical.size(), 12);
    }

    void brokenAtrsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("TS only") << QByteArray::fromHex("3B");
        QTest::newRow("bad TS") << QByteArray::fromHex("3C00");
        QTest::newRow("interface bytes cut") << QByteArray::fromHex("3BF81800");
        QTest::newRow("historical cut") << QByteArray::fromHex("3B0541");
        QTest::newRow("TCK missing") << QByteArray::fromHex("3B8001"); // TD1 names T=1
        QTest::newRow("bytes after the end") << QByteArray::fromHex("3B00FF");
        QTest::newRow("IFSC 0") << QByteArray::fromHex("3B80811100"
                                                       "90"); // TA3 00
        QTest::newRow("over 33 bytes") << QByteArray(34, '\x3B');
    }

    void brokenAtrsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QString problem;
        QVERIFY(!parseAtr(bytes, &problem));
        QVERIFY(!problem.isEmpty());
    }

    void aWrongChecksumIsReportedNotHidden()
    {
        QString problem;
        const auto atr = parseAtr(QByteArray::fromHex("3BDA13FF8131FB468012392F31C173C601C03C"), &problem);
        QVERIFY(atr);
        QVERIFY(atr->checksumPresent);
        QVERIFY(!atr->checksumOk);
    }

    void inverseConventionAndCrc()
    {
        // TS 3F; TD1 81 → TD2 41 → TC3 01: T=1 with a CRC epilogue. (Constructed: no public ATR with CRC.)
        const QByteArray bytes = QByteArray::fromHex("3F80814101");
        quint8 tck = 0;
        for (qsizetype i = 1; i < bytes.size(); ++i)
            tck ^= quint8(bytes[i]);
        const Atr atr = parsed((bytes + char(tck)).toHex().constData());
        QVERIFY(atr.inverseConvention);
        QVERIFY(atr.crc);
        QVERIFY(atr.checksumOk);
    }

    void capabilitiesNeedCompactTlv()
    {
        QVERIFY(!cardCapabilities(QByteArray::fromHex("10C0C0C0")).extendedLength); // a DIR reference
        // Category 00: the status bytes at the end are not objects.
        const CardCapabilities withStatus = cardCapabilities(QByteArray::fromHex("0073000080"
                                                                                 "009000"));
        QVERIFY(withStatus.commandChaining);
        QVERIFY(!withStatus.extendedLength);
        QVERIFY(!cardCapabilities(QByteArray::fromHex("8073C0")).commandChaining); // a truncated object
    }
};

QTEST_GUILESS_MAIN(TestAtr)
#include "tst_atr.moc"
