// Which new card PINs the terminal refuses before they reach the card (core/cardauth/newpinrules.h), each
// with its reason in words.
#include "cardauth/newpinentry.h"
#include "cardauth/newpinrules.h"

#include <QTest>

using namespace ssc;

class TestNewPinRules : public QObject {
    Q_OBJECT
    const QDate born{1949, 12, 31};

    bool refused(const char* pin)
    {
        return NewPinRules::refusal(QLatin1String(pin), QStringLiteral("240913"), born).has_value();
    }

private slots:
    void aGoodPinPasses()
    {
        for (const char* pin : {"258147", "369258", "102938", "490127"})
            QVERIFY2(!refused(pin), pin);
    }

    void theFirstGuessesAreRefused()
    {
        for (const char* pin :
             {"000000", "777777", "123456", "345678", "987654", "654321", "890123", "210987"})
            QVERIFY2(refused(pin), pin);
    }

    void theBirthDateInItsSixDigitFormsIsRefused()
    {
        for (const char* pin : {"491231", "123149", "311249"})
            QVERIFY2(refused(pin), pin);
        // Unknown birth date: nothing to compare with.
        QVERIFY(!NewPinRules::refusal(QStringLiteral("491231"), QStringLiteral("240913"), QDate()));
    }

    void theOldPinAndMalformedOnesAreRefused()
    {
        QVERIFY(refused("240913"));
        for (const char* pin : {"", "25814", "2581470", "25814a", "２５８１４７"})
            QVERIFY2(refused(pin), pin);
    }

    void eachRefusalSaysWhy()
    {
        const auto reason = NewPinRules::refusal(QStringLiteral("111111"), {}, born);
        QVERIFY(reason);
        QVERIFY(!reason->translated().isEmpty());
        QVERIFY(reason->translated() !=
                NewPinRules::refusal(QStringLiteral("123456"), {}, born)->translated());
    }

    // Typed twice (NewPinEntry): a weak first entry is refused with its reason, a differing second one
    // forgets both, the same twice is the PIN.
    void aNewPinIsChosenByTypingItTwice()
    {
        using Outcome = NewPinEntry::Outcome;
        NewPinEntry entry(QDate(1985, 3, 12));
        QCOMPARE(entry.enter(QStringLiteral("850312")), Outcome::Weak);
        QVERIFY(!entry.weakReason().isEmpty());
        QVERIFY(!entry.awaitingRepeat());
        QCOMPARE(entry.enter(QStringLiteral("258147")), Outcome::Again);
        QVERIFY(entry.awaitingRepeat());
        QCOMPARE(entry.enter(QStringLiteral("258148")), Outcome::Mismatch);
        QVERIFY(entry.pin().isEmpty());
        QCOMPARE(entry.enter(QStringLiteral("258148")), Outcome::Again); // a first entry again
        QCOMPARE(entry.enter(QStringLiteral("258148")), Outcome::Chosen);
        QCOMPARE(entry.pin(), QStringLiteral("258148"));
        entry.wipe();
        QVERIFY(entry.pin().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNewPinRules)
#include "tst_newpinrules.moc"
