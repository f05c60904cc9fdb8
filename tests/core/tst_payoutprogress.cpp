// What the citizen's progress says of a claim's payout (core/payouts/payoutprogress.h): a monthly benefit
// says how many of its months are paid, or why it stopped, before its latest instalment; a one-off sum says
// only the instalment; in Chinese and English.
#include "i18n/translator.h"
#include "payouts/payoutprogress.h"
#include "payouts/payoutstops.h"

#include <QTest>

using namespace ssc;

class TestPayoutProgress : public QObject {
    Q_OBJECT
    const QJsonObject paid{{QStringLiteral("state"), QStringLiteral("paid")},
                           {QStringLiteral("amountFen"), 228600},
                           {QStringLiteral("account"), QStringLiteral("6217 **** 4567")},
                           {QStringLiteral("paidOn"), QStringLiteral("2026-12-08")},
                           {QStringLiteral("instalment"), 3}};

    static QJsonObject with(QJsonObject payout, const QJsonObject& more)
    {
        for (auto it = more.begin(); it != more.end(); ++it)
            payout.insert(it.key(), it.value());
        return payout;
    }

private slots:
    void monthsPaidSoFar()
    {
        const QJsonObject monthly =
            with(paid, {{QStringLiteral("instalments"), 18}, {QStringLiteral("paidInstalments"), 3}});
        // "Paid" said once: the months, then the latest of them (not "已发放 3 / 18 个月；已发放 …").
        QVERIFY(useLanguage(chineseLanguage));
        QCOMPARE(
            payouts::payoutProgressText(monthly),
            QStringLiteral("已发放 3 / 18 个月；最近一笔 2,286.00 元 于 2026-12-08 发到 6217 **** 4567"));
        QCOMPARE(payouts::payoutProgressText(monthly).count(u"已发放"), 1);
        QVERIFY(useLanguage(englishLanguage));
        QCOMPARE(payouts::payoutProgressText(monthly),
                 QStringLiteral(
                     "3 of 18 months paid; the latest, ¥2,286.00, went to 6217 **** 4567 on 2026-12-08"));
        QVERIFY(useLanguage(chineseLanguage));
    }

    void aStoppedBenefitSaysWhy()
    {
        const QJsonObject stopped =
            with(paid, {{QStringLiteral("instalments"), 18},
                        {QStringLiteral("paidInstalments"), 3},
                        {QStringLiteral("stopCode"), QStringLiteral("employment_registered")}});
        QVERIFY(useLanguage(chineseLanguage));
        QCOMPARE(payouts::payoutProgressText(stopped),
                 QStringLiteral(
                     "已停发：已办理就业登记（已发放 3 / 18 个月）；最近一笔 2,286.00 元 于 2026-12-08 发到 "
                     "6217 **** 4567"));
        QVERIFY(useLanguage(englishLanguage));
        QCOMPARE(payouts::payoutProgressText(stopped),
                 QStringLiteral("Stopped: employment has been registered (3 of 18 months paid); the latest, "
                                "¥2,286.00, went to 6217 **** 4567 on 2026-12-08"));
        QVERIFY(useLanguage(chineseLanguage));
        // Every code has its words, in both languages; the office records only the events it learns of.
        for (const char* code :
             {"employment_registered", "employed_and_insured", "pension_started", "registration_ended",
              "military_service", "emigrated", "imprisoned", "died", "refused_work"}) {
            const TranslatableText words = payouts::stopReasonText(QString::fromLatin1(code));
            QVERIFY2(!words.isEmpty() && words.in(QStringLiteral("zh_CN")) != words.in(QStringLiteral("en")),
                     code);
        }
        QVERIFY(!payouts::recordedStopEvents().contains(QStringLiteral("employed_and_insured")));
        QVERIFY(payouts::recordedStopEvents().contains(QStringLiteral("died")));
        QVERIFY(payouts::stopReasonText(QStringLiteral("moved_house")).isEmpty());
    }

    // A one-off sum (one instalment) and a claim approved before plans were kept: the instalment alone.
    void aSingleSumSaysOnlyTheInstalment()
    {
        QVERIFY(useLanguage(chineseLanguage));
        QCOMPARE(payouts::payoutProgressText(with(paid, {{QStringLiteral("instalments"), 1}})),
                 QStringLiteral("已发放 2,286.00 元 到 6217 **** 4567 (2026-12-08)"));
        QCOMPARE(payouts::payoutProgressText(paid),
                 QStringLiteral("已发放 2,286.00 元 到 6217 **** 4567 (2026-12-08)"));
        QVERIFY(payouts::payoutProgressText({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPayoutProgress)
#include "tst_payoutprogress.moc"
