// Paying resident contributions (docs/payments.md) through the real platform and the real demo acquirer
// (ssc-paydemo), two processes with their own databases, over HTTP: an order and its QR, the citizen's
// confirmation in the cashier, the acquirer's signed notification, and every way a payment could be lost or
// recorded twice — a notification repeated, forged, late or early, the platform down when the money moved,
// the terminal gone after paying, the acquirer down when asked. Refunds: tst_paymentrefunds.
#include "paymentsapifixture.h"
#include "pdftext.h"

#include "i18n/translator.h"
#include "records/rightsrecord.h"
#include "rightsrecorddocument.h"

#include <QJsonArray>

using namespace ssc;

class PaymentsApiTest : public QObject, protected PaymentsApiFixture {
    Q_OBJECT

private slots:
    void initTestCase() { startPlatformAndAcquirer(); }
    void init() { clearPayments(); }

    void itemsSayWhatMayBePaid()
    {
        const auto items = call(serve(person), "GET", QStringLiteral("/api/v1/me/payments/items"));
        QCOMPARE(items.status, 200);
        QVERIFY(items.json[QStringLiteral("open")].toBool());
        const auto list = items.json[QStringLiteral("items")].toArray();
        QCOMPARE(list.size(), 2);
        const auto pensionItem = list[0].toObject();
        QCOMPARE(pensionItem[QStringLiteral("item")].toString(), pension);
        QCOMPARE(pensionItem[QStringLiteral("gradesFen")].toArray().size(), 12);
        QCOMPARE(pensionItem[QStringLiteral("year")].toInt(), QDate::currentDate().year());
        QVERIFY(!pensionItem.contains(QStringLiteral("refusal")));
        QCOMPARE(list[1].toObject()[QStringLiteral("gradesFen")].toArray().first().toInteger(), 40000);
        // A retiree draws a pension: nothing more to pay into the residents' scheme.
        const auto retiree =
            call(serve(QStringLiteral("liu-retiree")), "GET", QStringLiteral("/api/v1/me/payments/items"));
        QVERIFY(retiree.json[QStringLiteral("items")].toArray()[0].toObject().contains(
            QStringLiteral("refusal")));
    }

    void paidAtTheCashierIsRecordedOnce()
    {
        const Served kiosk = serve(person);
        const auto made = order(kiosk, "pay-cashier-1");
        QCOMPARE(made.status, 201);
        const QString orderNo = made.json[QStringLiteral("orderNo")].toString();
        const QString qr = made.json[QStringLiteral("qrCode")].toString();
        QVERIFY(qr.startsWith(QLatin1String("https://")));
        QCOMPARE(made.json[QStringLiteral("amountFen")].toInteger(), 50000);
        // The same key again: the same order, nothing made twice.
        const auto again = order(kiosk, "pay-cashier-1");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json[QStringLiteral("orderNo")].toString(), orderNo);
        QVERIFY(again.json[QStringLiteral("replayed")].toBool());
        // A wrong password in the cashier takes nothing.
        QCOMPARE(acquirer.payAtCashier(qr, QStringLiteral("111111")).status, 403);
        QCOMPARE(call(kiosk, "GET", QStringLiteral("/api/v1/me/payments/orders/") + orderNo)
                     .json[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("awaiting"));
        QCOMPARE(acquirer.payAtCashier(qr).status, 200);
        QVERIFY(becomes(orderNo, QStringLiteral("paid"))); // by the notification alone: no query asked
        const auto paid = call(kiosk, "GET", QStringLiteral("/api/v1/me/payments/orders/") + orderNo);
        QCOMPARE(paid.json[QStringLiteral("status")].toString(), QStringLiteral("paid"));
        QCOMPARE(paid.json[QStringLiteral("paidBy")].toString(), QStringLiteral("cashier"));
        QCOMPARE(contributions(orderNo), 1);
        // The same notification again, twice: acknowledged, recorded no more.
        const auto state = acquirer.signedCall("GET", QStringLiteral("/v1/orders/") + orderNo).json;
        const QJsonObject notification{
            {QStringLiteral("merchantOrderNo"), orderNo},
            {QStringLiteral("transactionId"), state[QStringLiteral("transactionId")]},
            {QStringLiteral("amountFen"), state[QStringLiteral("amountFen")]},
            {QStringLiteral("paidAt"), state[QStringLiteral("paidAt")]},
            {QStringLiteral("paidBy"), state[QStringLiteral("paidBy")]}};
        for (int i = 0; i < 2; ++i) {
            const auto replay = PayDemoFixture::notify(platform, notification, acquirer.key());
            QCOMPARE(replay.status, 200);
            QCOMPARE(replay.json[QStringLiteral("code")].toString(), QStringLiteral("SUCCESS"));
        }
        QCOMPARE(contributions(), 1);
        // The year is paid: another order for it is refused before anything is asked of the acquirer.
        const auto second = order(kiosk, "pay-cashier-2", 100000);
        QCOMPARE(second.status, 409);
        QCOMPARE(second.errorCode(), QStringLiteral("already_paid"));
        // The receipt's verification code: genuine, the payer masked.
        const auto verified =
            platform.request("GET", QStringLiteral("/api/v1/payments/verify/") +
                                        paid.json[QStringLiteral("verificationCode")].toString());
        QCOMPARE(verified.status, 200);
        QVERIFY(verified.json[QStringLiteral("genuine")].toBool());
        QCOMPARE(verified.json[QStringLiteral("payer")].toString(), QStringLiteral("陈*"));
        QCOMPARE(platform.request("GET", QStringLiteral("/api/v1/payments/verify/0000000000000000")).status,
                 404);
    }

    void aForgedNotificationChangesNothing()
    {
        const auto made = order(serve(person), "pay-forged-1");
        const QString orderNo = made.json[QStringLiteral("orderNo")].toString();
        const QJsonObject forged{
            {QStringLiteral("merchantOrderNo"), orderNo},
            {QStringLiteral("transactionId"), QStringLiteral("4200000000000000000000000000")},
            {QStringLiteral("amountFen"), 50000},
            {QStringLiteral("paidAt"), QDateTime::currentMSecsSinceEpoch()}};
        const auto refused = PayDemoFixture::notify(platform, forged, QByteArray(32, 'x'));
        QCOMPARE(refused.status, 401);
        QCOMPARE(statusInDatabase(orderNo), QStringLiteral("awaiting"));
        // Signed, but for an amount the order never asked: not recorded, and not acknowledged.
        QJsonObject otherAmount = forged;
        otherAmount[QStringLiteral("amountFen")] = 1;
        QCOMPARE(PayDemoFixture::notify(platform, otherAmount, acquirer.key()).status, 409);
        QCOMPARE(statusInDatabase(orderNo), QStringLiteral("awaiting"));
        QCOMPARE(contributions(), 0);
    }

    void theTerminalsQueryBeforeTheNotification()
    {
        QVERIFY2(acquirer.restart(4000), qPrintable(acquirer.error())); // notifications 4 s late
        const Served kiosk = serve(person);
        const auto made = order(kiosk, "pay-early-1");
        const QString orderNo = made.json[QStringLiteral("orderNo")].toString();
        QCOMPARE(acquirer.payAtCashier(made.json[QStringLiteral("qrCode")].toString()).status, 200);
        const auto asked = call(kiosk, "GET", QStringLiteral("/api/v1/me/payments/orders/") + orderNo);
        QCOMPARE(asked.json[QStringLiteral("status")].toString(), QStringLiteral("paid"));
        QCOMPARE(contributions(orderNo), 1);
        // The late notification arrives and is acknowledged; the books do not change.
        QElapsedTimer waited;
        waited.start();
        while (!acquirer.signedCall("GET", QStringLiteral("/v1/orders/") + orderNo)
                    .json.contains(QStringLiteral("notifiedAt")) &&
               waited.elapsed() < 20000)
            QTest::qWait(200);
        QVERIFY(acquirer.signedCall("GET", QStringLiteral("/v1/orders/") + orderNo)
                    .json.contains(QStringLiteral("notifiedAt")));
        QCOMPARE(contributions(), 1);
        QVERIFY2(acquirer.restart(), qPrintable(acquirer.error()));
    }

    void thePlatformDownWhenTheMoneyMoved()
    {
        const auto made = order(serve(person), "pay-down-1");
        const QString orderNo = made.json[QStringLiteral("orderNo")].toString();
        platform.kill();
        QCOMPARE(acquirer.payAtCashier(made.json[QStringLiteral("qrCode")].toString()).status, 200);
        QTest::qWait(1200); // the acquirer's first notifications fail
        QVERIFY2(platform.restart(), qPrintable(platform.error()));
        // Nobody asks: the acquirer's retries alone record it, once.
        QVERIFY(becomes(orderNo, QStringLiteral("paid"), 30000));
        QCOMPARE(contributions(), 1);
    }

    void theTerminalGoneAfterPaying()
    {
        const auto made = order(serve(person), "pay-gone-1");
        const QString orderNo = made.json[QStringLiteral("orderNo")].toString();
        QCOMPARE(acquirer.payAtCashier(made.json[QStringLiteral("qrCode")].toString()).status, 200);
        // The kiosk that showed the QR is gone; the person logs in anywhere and sees the truth.
        const auto mine =
            call(serve(person, QStringLiteral("counter")), "GET", QStringLiteral("/api/v1/me/payments"));
        QCOMPARE(mine.status, 200);
        const auto orders = mine.json[QStringLiteral("orders")].toArray();
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders[0].toObject()[QStringLiteral("orderNo")].toString(), orderNo);
        QVERIFY(becomes(orderNo, QStringLiteral("paid")));
    }

    void paidWithThePaymentCodeStaffScan()
    {
        const Served kiosk = serve(person);
        const auto made = order(kiosk, "pay-code-1", 40000, QStringLiteral("resident-medical"));
        QCOMPARE(made.status, 201);
        const QString path = QStringLiteral("/api/v1/me/payments/orders/%1/payment-code")
                                 .arg(made.json[QStringLiteral("orderNo")].toString());
        const auto notACode =
            call(kiosk, "POST", path, {{QStringLiteral("authCode"), QStringLiteral("https://x")}});
        QCOMPARE(notACode.status, 400);
        QCOMPARE(notACode.errorCode(), QStringLiteral("payment_code_invalid"));
        const auto declined =
            call(kiosk, "POST", path, {{QStringLiteral("authCode"), QStringLiteral("281234567890120000")}});
        QCOMPARE(declined.status, 402);
        QCOMPARE(declined.errorCode(), QStringLiteral("payment_declined"));
        QCOMPARE(contributions(), 0);
        const auto paid =
            call(kiosk, "POST", path, {{QStringLiteral("authCode"), QStringLiteral("281234567890123456")}});
        QCOMPARE(paid.status, 200);
        QCOMPARE(paid.json[QStringLiteral("status")].toString(), QStringLiteral("paid"));
        QCOMPARE(paid.json[QStringLiteral("paidBy")].toString(), QStringLiteral("payment-code"));
        QCOMPARE(contributions(), 1);
        // Scanned again: the order is no longer waiting; nothing is taken twice.
        QCOMPARE(
            call(kiosk, "POST", path, {{QStringLiteral("authCode"), QStringLiteral("281234567890123456")}})
                .status,
            409);
    }

    // The contribution shows on the rights record of the year it was paid in, in the province the payer is
    // enrolled in (chen-unemployed: Beijing), and goes again with a refund.
    void aPaymentShowsOnTheRightsRecord()
    {
        const Served kiosk = serve(person);
        const int year = QDate::currentDate().year();
        const QString thisYear = QStringLiteral("/api/v1/me/records?province=110000&year=%1").arg(year);
        QCOMPARE(call(kiosk, "GET", thisYear).errorCode(), QStringLiteral("no_record"));
        const auto made = order(kiosk, "pay-record-1", 150000);
        const QString orderNo = made.json[QStringLiteral("orderNo")].toString();
        QCOMPARE(acquirer.payAtCashier(made.json[QStringLiteral("qrCode")].toString()).status, 200);
        QVERIFY(becomes(orderNo, QStringLiteral("paid")));
        const QString receipt = call(kiosk, "GET", QStringLiteral("/api/v1/me/payments/orders/") + orderNo)
                                    .json[QStringLiteral("verificationCode")]
                                    .toString();
        const auto record = call(kiosk, "GET", thisYear);
        QCOMPARE(record.status, 200);
        QCOMPARE(record.json[QStringLiteral("cutoff")].toString(),
                 QDate::currentDate().toString(Qt::ISODate));
        const auto payments = record.json[QStringLiteral("payments")].toArray();
        QCOMPARE(payments.size(), 1);
        const QJsonObject paid = payments[0].toObject();
        QCOMPARE(paid[QStringLiteral("insurance")].toString(), QStringLiteral("pension"));
        QCOMPARE(paid[QStringLiteral("forYear")].toInt(), year);
        QCOMPARE(paid[QStringLiteral("amountCents")].toInteger(), 150000);
        QCOMPARE(paid[QStringLiteral("paidOn")].toString(), QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(paid[QStringLiteral("receipt")].toString(), receipt);
        // Printed from what the platform answered, as the terminal prints it: read back from the PDF.
        const auto parsed = parseRightsRecord(record.json);
        QVERIFY2(parsed.record, qPrintable(parsed.problem));
        const QString paidOn = QDate::currentDate().toString(Qt::ISODate);
        QStringList fours; // the receipt's code as printed: in groups of four
        for (qsizetype i = 0; i < receipt.size(); i += 4)
            fours.append(receipt.mid(i, 4));
        const QString printedReceipt = fours.join(u' ');
        QVERIFY(useLanguage(chineseLanguage));
        // Lines joined: a narrow column may break the code between its groups.
        const QString zh = pdftext::fromBytes(buildRightsRecordDocument(*parsed.record).toPdf()).simplified();
        QVERIFY2(zh.contains(u"通过电子社保卡缴费"), qPrintable(zh));
        for (const QString& shown : {QStringLiteral("城乡居民基本养老保险"), QStringLiteral("第11档"),
                                     QStringLiteral("1,500.00"), paidOn, printedReceipt})
            QVERIFY2(zh.contains(shown), qPrintable(shown));
        QVERIFY(useLanguage(englishLanguage));
        const QString en = pdftext::fromBytes(buildRightsRecordDocument(*parsed.record).toPdf()).simplified();
        QVERIFY2(en.contains(u"Contributions paid with the e-card"), qPrintable(en));
        for (const QString& shown :
             {QStringLiteral("Grade 11"), QStringLiteral("1,500.00"), paidOn, printedReceipt})
            QVERIFY2(en.contains(shown), qPrintable(shown));
        QVERIFY(useLanguage(chineseLanguage));
        // Not on last year's record, nor on another province's.
        const auto lastYear =
            call(kiosk, "GET", QStringLiteral("/api/v1/me/records?province=110000&year=%1").arg(year - 1));
        QCOMPARE(lastYear.status, 200);
        QVERIFY(lastYear.json[QStringLiteral("payments")].toArray().isEmpty());
        // Whoever checks the printed record's code sees the payment too, without the receipt's code.
        const auto verified =
            platform.request("GET", QStringLiteral("/api/v1/records/verify/") +
                                        record.json[QStringLiteral("verificationCode")].toString());
        const auto summarised =
            verified.json[QStringLiteral("summary")][QStringLiteral("payments")].toArray();
        QCOMPARE(summarised.size(), 1);
        QCOMPARE(summarised[0][QStringLiteral("amountCents")].toInteger(), 150000);
        QVERIFY(!summarised[0].toObject().contains(QStringLiteral("receipt")));
        // Refunded at the counter: the record tells the truth again.
        const Served counter = serve(person, QStringLiteral("counter"));
        QCOMPARE(call(counter, "POST", QStringLiteral("/api/v1/me/payments/orders/%1/refund").arg(orderNo),
                      {{QStringLiteral("reason"), QStringLiteral("wrong-grade")}})
                     .status,
                 200);
        QCOMPARE(call(kiosk, "GET", thisYear).errorCode(), QStringLiteral("no_record"));
    }

    void theAcquirerDownWhenAsked()
    {
        acquirer.stop();
        const Served kiosk = serve(person);
        const auto refused = order(kiosk, "pay-acquirer-down");
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.errorCode(), QStringLiteral("acquirer_unreachable"));
        QVERIFY2(acquirer.start(), qPrintable(acquirer.error()));
        const auto retried = order(kiosk, "pay-acquirer-down");
        QCOMPARE(retried.status, 200);
        QVERIFY(retried.json[QStringLiteral("replayed")].toBool());
        QVERIFY(!retried.json[QStringLiteral("qrCode")].toString().isEmpty());
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM payment_orders")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void badInputChangesNothing()
    {
        const Served kiosk = serve(person);
        QCOMPARE(order(kiosk, "pay-bad-1", 12345).errorCode(), QStringLiteral("not_a_payment_grade"));
        QCOMPARE(order(kiosk, "pay-bad-2", 50000, QStringLiteral("lottery")).errorCode(),
                 QStringLiteral("unknown_payment_item"));
        QCOMPARE(order(kiosk, {}).errorCode(), QStringLiteral("idempotency_key_missing"));
        QCOMPARE(
            call(kiosk, "GET", QStringLiteral("/api/v1/me/payments/orders/P20260101-000000000000")).status,
            404);
        // Another person's order is not theirs to see.
        const auto made = order(kiosk, "pay-bad-3");
        QCOMPARE(call(serve(QStringLiteral("zhang-wei")), "GET",
                      QStringLiteral("/api/v1/me/payments/orders/") +
                          made.json[QStringLiteral("orderNo")].toString())
                     .status,
                 404);
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM payment_orders")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_MAIN(PaymentsApiTest) // a GUI application: the record is laid out and written as PDF
#include "tst_paymentsapi.moc"
