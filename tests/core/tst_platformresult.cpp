// How a platform refusal reads on screen: message and advice in the current language, joined as each
// language writes two sentences.
#include "i18n/translator.h"
#include "platform/platformresult.h"

#include <QJsonObject>
#include <QTest>

using namespace ssc;

class TestPlatformResult : public QObject {
    Q_OBJECT

    static PlatformResult refusal(bool withAdvice)
    {
        PlatformResult r;
        r.kind = PlatformResult::Kind::Refused;
        r.status = 504;
        r.errorCode = QStringLiteral("data_timeout");
        QJsonObject error{{QStringLiteral("code"), r.errorCode},
                          {QStringLiteral("message"),
                           QJsonObject{{QStringLiteral("zh_CN"), QStringLiteral("数据返回超时。")},
                                       {QStringLiteral("en"), QStringLiteral("The data timed out.")}}}};
        if (withAdvice)
            error.insert(QStringLiteral("advice"),
                         QJsonObject{{QStringLiteral("zh_CN"), QStringLiteral("请稍后再试。")},
                                     {QStringLiteral("en"), QStringLiteral("Please try again later.")}});
        r.body = {{QStringLiteral("error"), error}};
        return r;
    }

private slots:
    void chineseSentencesFollowWithoutASpace()
    {
        QVERIFY(useLanguage(chineseLanguage));
        QCOMPARE(refusal(true).messageAndAdvice(), QStringLiteral("数据返回超时。请稍后再试。"));
        QCOMPARE(refusal(false).messageAndAdvice(), QStringLiteral("数据返回超时。"));
    }

    void englishSentencesWithASpace()
    {
        QVERIFY(useLanguage(englishLanguage));
        QCOMPARE(refusal(true).messageAndAdvice(),
                 QStringLiteral("The data timed out. Please try again later."));
    }

    // Only a call that got no answer at all may fall back to offline data; a refusal is the platform's word.
    void onlyTimeoutsAndNoConnectionAreNoAnswer()
    {
        PlatformResult result;
        for (const auto kind : {PlatformResult::Kind::TimedOut, PlatformResult::Kind::Unreachable}) {
            result.kind = kind;
            QVERIFY(result.noAnswer());
        }
        for (const auto kind : {PlatformResult::Kind::Ok, PlatformResult::Kind::Refused,
                                PlatformResult::Kind::CertificateMismatch, PlatformResult::Kind::BadAnswer}) {
            result.kind = kind;
            QVERIFY(!result.noAnswer());
        }
        QVERIFY(!refusal(true).noAnswer()); // a 504 the platform sent is an answer
    }
};

QTEST_GUILESS_MAIN(TestPlatformResult)
#include "tst_platformresult.moc"
