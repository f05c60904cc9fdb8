// A secret is overwritten where it is stored, by its last holder; a holder that shares the buffer only lets
// go of its share (writing through it would overwrite a fresh copy and leave the secret where it was).
#include "security/secretwipe.h"

#include <QTest>

using namespace ssc;

class TestSecretWipe : public QObject {
    Q_OBJECT

    static QString heapPin() { return QString::fromLatin1("135790"); } // a buffer of its own, not static

private slots:
    void theOnlyHolderOverwritesTheVeryBuffer()
    {
        QString pin = heapPin();
        const QChar* stored = pin.constData();
        QVERIFY(overwriteSecret(pin));
        QCOMPARE(pin.constData(), stored); // written in place, not into a detached copy
        QCOMPARE(pin, QString(6, QChar(0)));
    }

    void aSharedHolderWritesNothingAndTheLastOneOverwrites()
    {
        QString pin = heapPin();
        QString receiversCopy = pin;
        const QChar* stored = pin.constData();
        QVERIFY(!wipeSecret(pin)); // shared: only its share released
        QVERIFY(pin.isEmpty());
        QCOMPARE(receiversCopy, QStringLiteral("135790")); // the other holder still reads it intact
        QVERIFY(overwriteSecret(receiversCopy));           // now alone with it
        QCOMPARE(receiversCopy.constData(), stored);
        QCOMPARE(receiversCopy, QString(6, QChar(0)));
    }

    void bytesToo()
    {
        QByteArray key = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        QByteArray copy = key;
        QVERIFY(!wipeSecret(copy));
        const char* stored = key.constData();
        QVERIFY(overwriteSecret(key));
        QCOMPARE(key.constData(), stored);
        QCOMPARE(key, QByteArray(16, '\0'));
    }

    void staticAndEmptyTextsAreLeftAlone()
    {
        QString literal = QStringLiteral("000000"); // read-only data: never written
        QVERIFY(!wipeSecret(literal));
        QVERIFY(literal.isEmpty());
        QString empty;
        QVERIFY(!wipeSecret(empty));
    }
};

QTEST_GUILESS_MAIN(TestSecretWipe)
#include "tst_secretwipe.moc"
