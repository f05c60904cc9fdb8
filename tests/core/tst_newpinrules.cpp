// Which new card PINs the terminal refuses before they reach the card (core/cardauth/newpinrules.h), each
// with its reason in words.
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
};

QTEST_GUILESS_MAIN(TestNewPinRules)
#include "tst_newpinrules.moc"
