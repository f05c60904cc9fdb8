// The plain rules of payments (docs/payments.md): whole-fen money, the signature both sides of the acquirer
// interface use, and what a resident may pay when.
#include "i18n/translator.h"
#include "payments/money.h"
#include "payments/paysignature.h"
#include "payments/refundrules.h"
#include "payments/residentcontributions.h"

#include <QtTest>

using namespace ssc::payments;

class PaymentsTest : public QObject {
    Q_OBJECT
private slots:
    void moneyIsWholeFen()
    {
        QCOMPARE(yuanText(40000), QStringLiteral("400.00"));
        QCOMPARE(yuanText(5), QStringLiteral("0.05"));
        QCOMPARE(yuanText(-150), QStringLiteral("-1.50"));
        QCOMPARE(yuanText(std::numeric_limits<qint64>::min()), QStringLiteral("-92233720368547758.08"));
        QCOMPARE(fenFromYuanText(QStringLiteral("400")), std::optional<qint64>(40000));
        QCOMPARE(fenFromYuanText(QStringLiteral("0.1")), std::optional<qint64>(10));
        QCOMPARE(fenFromYuanText(QStringLiteral("19.99")), std::optional<qint64>(1999));
        QVERIFY(!fenFromYuanText(QStringLiteral("1.999")));
        QVERIFY(!fenFromYuanText(QStringLiteral("-1")));
        QVERIFY(!fenFromYuanText(QStringLiteral("1e3")));
    }

    // One format on every screen: thousands separated, two decimals, the unit as each language writes it.
    void moneyAsScreensSayIt()
    {
        QCOMPARE(groupedYuanText(215200), QStringLiteral("2,152.00"));
        QCOMPARE(groupedYuanText(99999), QStringLiteral("999.99"));
        QCOMPARE(groupedYuanText(123456789), QStringLiteral("1,234,567.89"));
        QCOMPARE(groupedYuanText(-100000), QStringLiteral("-1,000.00"));
        QVERIFY(ssc::useLanguage(ssc::chineseLanguage));
        QCOMPARE(moneyText(215200), QStringLiteral("2,152.00 元"));
        QVERIFY(ssc::useLanguage(ssc::englishLanguage));
        QCOMPARE(moneyText(215200), QStringLiteral("¥2,152.00"));
        QCOMPARE(moneyText(50000), QStringLiteral("¥500.00"));
    }

    void aSignatureCoversEveryPart()
    {
        const QByteArray key(32, 'k');
        const qint64 now = 1'800'000'000'000;
        const auto s = PaySignature::sign(key, "POST", "/v1/orders", "{\"a\":1}", now);
        QString why;
        QVERIFY(s.verify(key, "POST", "/v1/orders", "{\"a\":1}", now + 1000, &why));
        QVERIFY(!s.verify(key, "POST", "/v1/orders", "{\"a\":2}", now, &why));                 // the body
        QVERIFY(!s.verify(key, "GET", "/v1/orders", "{\"a\":1}", now, &why));                  // the method
        QVERIFY(!s.verify(key, "POST", "/v1/refunds", "{\"a\":1}", now, &why));                // the path
        QVERIFY(!s.verify(QByteArray(32, 'j'), "POST", "/v1/orders", "{\"a\":1}", now, &why)); // the key
        QVERIFY(!s.verify(key, "POST", "/v1/orders", "{\"a\":1}", now + PaySignature::maxSkewMs + 1, &why));
        QVERIFY(why.contains(QLatin1String("timestamp")));
        PaySignature otherNonce = s;
        otherNonce.nonce = QByteArray(32, '0');
        QVERIFY(!otherNonce.verify(key, "POST", "/v1/orders", "{\"a\":1}", now, &why));
        QVERIFY(!PaySignature{}.verify(key, "POST", "/v1/orders", {}, now, &why)); // no headers at all
        QVERIFY(PaySignature::sign(key, "POST", "/", {}, now).nonce != s.nonce);
    }

    void whatAResidentMayPay()
    {
        QCOMPARE(ResidentContributions::yearPaidFor(ResidentItem::Pension, QDate(2026, 12, 4)), 2026);
        QCOMPARE(ResidentContributions::yearPaidFor(ResidentItem::Medical, QDate(2026, 12, 4)), 2027);
        QCOMPARE(ResidentContributions::yearPaidFor(ResidentItem::Medical, QDate(2026, 8, 31)), 2026);
        const auto grades = ResidentContributions::demoGradesFen(ResidentItem::Pension);
        QCOMPARE(grades.size(), 12);
        QCOMPARE(grades.first(), 10000);
        QCOMPARE(grades.last(), 200000);
        QVERIFY(std::is_sorted(grades.begin(), grades.end()));
        QCOMPARE(ResidentContributions::demoGradesFen(ResidentItem::Medical), QList<qint64>{40000});
        QCOMPARE(ResidentContributions::fromKey(QStringLiteral("resident-medical")), ResidentItem::Medical);
        QVERIFY(!ResidentContributions::fromKey(QStringLiteral("medical")));

        const QDate today(2026, 12, 4);
        ResidentContributions::Payer adult{QDate(1990, 1, 1), false, false};
        QVERIFY(!ResidentContributions::refusal(ResidentItem::Pension, adult, today));
        ResidentContributions::Payer employee = adult;
        employee.employeePensionThisYear = true;
        QVERIFY(ResidentContributions::refusal(ResidentItem::Pension, employee, today));
        QVERIFY(!ResidentContributions::refusal(ResidentItem::Medical, employee, today));
        ResidentContributions::Payer retiree = adult;
        retiree.drawsPension = true;
        QVERIFY(ResidentContributions::refusal(ResidentItem::Pension, retiree, today));
        // 16 on the day: may pay; the day before: not yet.
        QVERIFY(!ResidentContributions::refusal(ResidentItem::Pension, {QDate(2010, 12, 4), false, false},
                                                today));
        QVERIFY(
            ResidentContributions::refusal(ResidentItem::Pension, {QDate(2010, 12, 5), false, false}, today));
    }

    // Which paid order a clerk may refund, and for which reason (docs/payments.md, "Refunds").
    void whatMayBeRefunded()
    {
        using ssc::payments::RefundRules;
        using Verdict = RefundRules::Verdict;
        const QDate june(2026, 6, 1);
        QCOMPARE(RefundRules::reasons(),
                 (QStringList{QStringLiteral("paid-twice"), QStringLiteral("wrong-grade"),
                              QStringLiteral("wrong-item"), QStringLiteral("wrong-person")}));
        QVERIFY(!RefundRules::isReason(QStringLiteral("changed my mind")));
        const QString paid = QStringLiteral("paid"), twice = QStringLiteral("paid-twice");
        const QString wrongGrade = QStringLiteral("wrong-grade");
        QCOMPARE(RefundRules::check(paid, 2026, wrongGrade, june), Verdict::Allowed);
        QCOMPARE(RefundRules::check(paid, 2027, wrongGrade, june), Verdict::Allowed); // medical for next year
        QCOMPARE(RefundRules::check(paid, 2025, wrongGrade, june), Verdict::YearClosed);
        QCOMPARE(RefundRules::check(paid, 2026, QStringLiteral("paid-twice"), june), Verdict::NotPaidTwice);
        QCOMPARE(RefundRules::check(twice, 2024, wrongGrade, june), Verdict::Allowed); // paid for nothing
        for (const QString& status :
             {QStringLiteral("awaiting"), QStringLiteral("expired"), QStringLiteral("refunded")})
            QCOMPARE(RefundRules::check(status, 2026, wrongGrade, june), Verdict::NotPaid);
        QVERIFY(RefundRules::refundable(paid, 2026, june));
        QVERIFY(!RefundRules::refundable(paid, 2025, june));
        QVERIFY(!RefundRules::refundable(QStringLiteral("refunded"), 2026, june));
        QVERIFY(RefundRules::refundable(twice, 2025, june));
    }
};

QTEST_GUILESS_MAIN(PaymentsTest)
#include "tst_payments.moc"
