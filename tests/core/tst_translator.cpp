// Both languages load from the embedded translations and carry the core's texts.
#include "domain/cardstatus.h"
#include "i18n/translator.h"
#include "identity/socialsecuritynumber.h"

#include <QTest>

using namespace ssc;

class TestTranslator : public QObject {
    Q_OBJECT
private slots:
    void chineseIsPrimaryAndComplete()
    {
        QVERIFY(useLanguage(chineseLanguage));
        QCOMPARE(currentLanguage(), chineseLanguage);
        QCOMPARE(CardStatusPolicy::displayName(CardStatus::Lost), QStringLiteral("挂失"));
        QCOMPARE(CardStatusPolicy::displayName(CardStatus::Sealed), QStringLiteral("封存"));
        IdCheckOptions options;
        options.today = QDate(2026, 11, 29);
        const IdCheck check = checkSocialSecurityNumber(u"110105194912310021", options);
        QVERIFY2(check.reason().contains(u"最后一位应为 X"), qPrintable(check.reason()));
    }

    void englishLoadsToo()
    {
        QVERIFY(useLanguage(englishLanguage));
        QCOMPARE(CardStatusPolicy::displayName(CardStatus::Lost), QStringLiteral("Reported lost"));
    }

    void sentencesAreJoinedAsEachLanguageWritesThem()
    {
        QCOMPARE(joinSentences({QStringLiteral("数据超时。"), QStringLiteral("请稍后再试。")}),
                 QStringLiteral("数据超时。请稍后再试。"));
        QCOMPARE(joinSentences({QStringLiteral("Timed out."), QStringLiteral("Try again later.")}),
                 QStringLiteral("Timed out. Try again later."));
        QCOMPARE(joinSentences({QString(), QStringLiteral("Only this."), QString()}),
                 QStringLiteral("Only this."));
    }

    void unknownLanguagesAreRefused()
    {
        QVERIFY(useLanguage(englishLanguage));
        QVERIFY(!useLanguage(QStringLiteral("fr")));
        QCOMPARE(currentLanguage(), englishLanguage);
    }
};

QTEST_GUILESS_MAIN(TestTranslator)
#include "tst_translator.moc"
