// What each card status allows and what the citizen is told (the brief, "社保卡应用状态").
#include "domain/cardstatus.h"
#include "domain/ecardchannels.h"
#include "i18n/translator.h"

#include <QTest>

using namespace ssc;

class TestCardStatus : public QObject {
    Q_OBJECT
private slots:
    void onlyANormalCardGivesAUsableECard()
    {
        QVERIFY(CardStatusPolicy::allowsECard(CardStatus::Normal));
        QVERIFY(!CardStatusPolicy::allowsECard(CardStatus::Sealed));
        QVERIFY(!CardStatusPolicy::allowsECard(CardStatus::Lost));
        QVERIFY(!CardStatusPolicy::allowsECard(CardStatus::Cancelled));
        QVERIFY(CardStatusPolicy::allowsPhysicalCardLogin(CardStatus::Normal));
        QVERIFY(!CardStatusPolicy::allowsPhysicalCardLogin(CardStatus::Lost));
    }

    void refusedStatusesCarryTheBriefsAdvice()
    {
        QVERIFY(CardStatusPolicy::refusal(CardStatus::Normal).isEmpty());
        QVERIFY(CardStatusPolicy::advice(CardStatus::Normal).isEmpty());
        QVERIFY(CardStatusPolicy::advice(CardStatus::Lost).contains(u"cancel the loss report"));
        QVERIFY(CardStatusPolicy::advice(CardStatus::Lost).contains(u"claim your e-card again"));
        QVERIFY(CardStatusPolicy::advice(CardStatus::Cancelled).contains(u"new social security card"));
        QVERIFY(CardStatusPolicy::advice(CardStatus::Cancelled).contains(u"claim your e-card again"));
        QVERIFY(CardStatusPolicy::advice(CardStatus::Sealed).contains(u"Collect your card"));
        for (CardStatus s : {CardStatus::Sealed, CardStatus::Lost, CardStatus::Cancelled}) {
            QVERIFY(!CardStatusPolicy::refusal(s).isEmpty());
            QVERIFY(!CardStatusPolicy::meaning(s).isEmpty());
            QVERIFY(CardStatusPolicy::displayName(s) != CardStatusPolicy::displayName(CardStatus::Normal));
        }
    }

    // English screens name the channel a card's e-card was claimed in in English; an unknown one as recorded.
    void eCardChannelsInTheScreensLanguage()
    {
        QVERIFY(useLanguage(chineseLanguage));
        QCOMPARE(shownECardChannel(QStringLiteral("掌上12333")), QStringLiteral("掌上12333"));
        QVERIFY(useLanguage(englishLanguage));
        QCOMPARE(shownECardChannel(QStringLiteral("掌上12333")), QStringLiteral("Zhangshang 12333 app"));
        QCOMPARE(shownECardChannel(QStringLiteral(" 微信 ")), QStringLiteral("WeChat"));
        QCOMPARE(shownECardChannel(QStringLiteral("某某银行手机银行")), QStringLiteral("某某银行手机银行"));
        QVERIFY(useLanguage(chineseLanguage));
    }

    void keysRoundTrip()
    {
        for (CardStatus s : {CardStatus::Normal, CardStatus::Sealed, CardStatus::Lost, CardStatus::Cancelled})
            QCOMPARE(cardStatusFromKey(cardStatusKey(s)), std::optional<CardStatus>(s));
        QVERIFY(!cardStatusFromKey(u"frozen"));
        QVERIFY(!cardStatusFromKey(u""));
    }
};

QTEST_GUILESS_MAIN(TestCardStatus)
#include "tst_cardstatus.moc"
