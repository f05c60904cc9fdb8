// The masking rules of docs/privacy.md, one table per kind of value.
#include "privacy/masking.h"

#include <QTest>

using namespace ssc;

Q_DECLARE_METATYPE(ssc::MaskKind)

class TestMasking : public QObject {
    Q_OBJECT
private slots:
    void mask_data()
    {
        QTest::addColumn<MaskKind>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("masked");

        QTest::newRow("one-character name") << MaskKind::Name << QStringLiteral("张") << QStringLiteral("*");
        QTest::newRow("two-character name")
            << MaskKind::Name << QStringLiteral("张三") << QStringLiteral("张*");
        QTest::newRow("three-character name")
            << MaskKind::Name << QStringLiteral("张小明") << QStringLiteral("张*明");
        QTest::newRow("compound surname")
            << MaskKind::Name << QStringLiteral("欧阳小明") << QStringLiteral("欧**明");
        QTest::newRow("name with a middle dot")
            << MaskKind::Name << QStringLiteral("阿依古丽·买买提") << QStringLiteral("阿**丽·买*提");
        QTest::newRow("Latin name") << MaskKind::Name << QStringLiteral("John Smith")
                                    << QStringLiteral("J*** S****");
        QTest::newRow("Latin name, extra blanks")
            << MaskKind::Name << QStringLiteral(" Anna  Lee ") << QStringLiteral("A*** L**");
        QTest::newRow("empty name") << MaskKind::Name << QString() << QString();
        QTest::newRow("ID number") << MaskKind::IdNumber << QStringLiteral("11010519491231002X")
                                   << QStringLiteral("11**************2X");
        QTest::newRow("15-digit ID") << MaskKind::IdNumber << QStringLiteral("110105491231002")
                                     << QStringLiteral("11***********02");
        QTest::newRow("short number: all but the last")
            << MaskKind::IdNumber << QStringLiteral("12345") << QStringLiteral("****5");
        QTest::newRow("card number") << MaskKind::CardNumber << QStringLiteral("A12345678")
                                     << QStringLiteral("A******78");
        QTest::newRow("bank account") << MaskKind::BankAccount << QStringLiteral("6217000010001234567")
                                      << QStringLiteral("6217***********4567");
        QTest::newRow("bank account with blanks")
            << MaskKind::BankAccount << QStringLiteral("6217 0000 1000 1234")
            << QStringLiteral("6217********1234");
        QTest::newRow("mobile phone")
            << MaskKind::Phone << QStringLiteral("13812345678") << QStringLiteral("138****5678");
        QTest::newRow("mobile with country code")
            << MaskKind::Phone << QStringLiteral("+86 138 1234 5678") << QStringLiteral("*********5678");
        QTest::newRow("landline") << MaskKind::Phone << QStringLiteral("010-65123456")
                                  << QStringLiteral("*******3456");
    }

    void mask()
    {
        QFETCH(MaskKind, kind);
        QFETCH(QString, value);
        QFETCH(QString, masked);
        QCOMPARE(ssc::mask(value, kind), masked);
    }

    void maskedValuesNeverShowTheBirthDate()
    {
        const QString masked = ssc::mask(u"440306199003071232", MaskKind::IdNumber);
        QVERIFY(!masked.contains(u"19900307"));
        QVERIFY(!masked.contains(u"1990"));
        QCOMPARE(masked.size(), 18);
    }

    void numbersInFreeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("masked");
        QTest::newRow("ID in a sentence") << QStringLiteral("resolved 11010519491231002X for terminal T-7")
                                          << QStringLiteral("resolved 11**************2X for terminal T-7");
        QTest::newRow("phone and bank") << QStringLiteral("phone=13812345678 account 6217000010001234567")
                                        << QStringLiteral("phone=13*******78 account 62***************67");
        QTest::newRow("old foreigner ID")
            << QStringLiteral("id USA318801010112.") << QStringLiteral("id US***********12.");
        QTest::newRow("short numbers stay") << QStringLiteral("took 1234 ms, port 8443, 2026-11-29")
                                            << QStringLiteral("took 1234 ms, port 8443, 2026-11-29");
        QTest::newRow("Chinese text around") << QStringLiteral("身份证号440306199003071232已核验")
                                             << QStringLiteral("身份证号44**************32已核验");
        QTest::newRow("nothing") << QString() << QString();
    }

    void numbersInFreeText()
    {
        QFETCH(QString, text);
        QFETCH(QString, masked);
        QCOMPARE(maskNumbersInText(text), masked);
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
