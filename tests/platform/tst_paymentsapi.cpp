// Paying resident contributions (docs/payments.md) through the real platform and the real demo acquirer
// (ssc-paydemo), two processes with their own databases, over HTTP: an order and its QR, the citizen's
// confirmation in the cashier, the acquirer's signed notification, and every way a payment could be lost or
// recorded twice — a notification repeated, forged, late or early, the platform down when the money moved,
// the terminal gone after paying, two orders paying one year, the acquirer down when asked.
#include "paydemofixture.h"
#include "pdftext.h"
#include "platformfixture.h"

#include "i18n/translator.h"
#include "records/rightsrecord.h"
#include "rightsrecorddocument.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

using namespace ssc;

namespace {

const QString person = QStringLiteral("chen-unemployed");
const QString pension = QStringLiteral("resident-pension");

} // namespace

class PaymentsApiTest : public QObject {
    Q_OBJECT

    PlatformFixture platform;
    PayDemoFixture acquirer;

    struct Served {
        QString mode;
        PlatformFixture::Headers headers;
    };

    Served serve(const QString& who, const QString& mode = QStringLiteral("kiosk"))
    {
        Served s{mode, {{"X-SSC-Citizen-Session", platform.citizenSession(who, mode).toLatin1()}}};
        if (mode == u"counter")
            s.headers.emplace_back("X-SSC-Staff-Session",
                                   platform.staffSession(QStringLiteral("clerk01"), mode).toLatin1());
        return s;
    }
    PlatformFixture::Response call(const Served& s, const QByteArray& method, const QString& path,
                                   const QJsonObject& body = {}, const QByteArray& key = {})
    {
        auto headers = s.headers;
        if (!key.isEmpty())
            headers.emplace_back("Idempotency-Key", key);
        return platform.asTerminal(s.mode, method, path, body, headers);
    }
    PlatformFixture::Response order(const Served& s, const QByteArray& key, qint64 amountFen = 50000,
                                    const QString& item = pension)
    {
        return call(s, "POST", QStringLiteral("/api/v1/me/payments/orders"),
                    {{QStringLiteral("item"), item}, {QStringLiteral("amountFen"), amountFen}}, key);
    }
    QString statusInDatabase(const QString& orderNo)
    {
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT status FROM payment_orders WHERE order_no = ?"));
        q.addBindValue(orderNo);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    int contributions(const QString& orderNo = {})
    {
        QSqlQuery q(platform.database());
        q.prepare(orderNo.isEmpty()
                      ? QStringLiteral("SELECT COUNT(*) FROM resident_contributions")
                      : QStringLiteral("SELECT COUNT(*) FROM resident_contributions WHERE order_no = ?"));
        if (!orderNo.isEmpty())
            q.addBindValue(orderNo);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
    // Waits (never measures) until the platform's books show the order in that state.
    bool becomes(const QString& orderNo, const QString& status, int ms = 20000)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < ms) {
            if (statusInDatabase(orderNo) == status)
                return true;
            QTest::qWait(100);
        }
        return false;
    }
    // One year paid by two orders made at the kiosk (both made before either was paid, so both may be): the
    // first pays the year, the second is kept as paid twice (200 yuan). Their numbers; empty when not so.
    std::pair<QString, QString> payOneYearTwice(const QByteArray& keys)
    {
        const Served kiosk = serve(person);
        const auto first = order(kiosk, keys + "-1");
        const auto second = order(kiosk, keys + "-2", 20000);
        if (second.status != 201 ||
            acquirer.payAtCashier(first.json[QStringLiteral("qrCode")].toString()).status != 200 ||
            acquirer.payAtCashier(second.json[QStringLiteral("qrCode")].toString()).status != 200)
            return {};
        const QString firstNo = first.json[QStringLiteral("orderNo")].toString();
        const QString secondNo = second.json[QStringLiteral("orderNo")].toString();
        if (!becomes(firstNo, QStringLiteral("paid")) || !becomes(secondNo, QStringLiteral("paid-twice")))
            return {};
        return {firstNo, secondNo};
    }
    int refundsLogged()
    {
        QSqlQuery q(platform.database());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'payment_refund'")) &&
                       q.next()
                   ? q.value(0).toInt()
                   : -1;
    }
    void clearPayments()
    {
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM resident_contributions")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM payment_orders")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(acquirer.start(), qPrintable(acquirer.error()));
        platform.setExtraArguments(acquirer.platformArguments());
        QVERIFY2(platform.start(), qPrintable(platform.error()));
    }
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

    void twoOrdersPayingOneYearAreRefundedAtTheCounter()
    {
        const Served kiosk = serve(person);
        const auto [firstNo, secondNo] = payOneYearTwice("pay-twice");
        QVERIFY(!secondNo.isEmpty());
        QCOMPARE(contributions(), 1);
        const QString refundPath = QStringLiteral("/api/v1/me/payments/orders/%1/refund").arg(secondNo);
        const QJsonObject reason{{QStringLiteral("reason"), QStringLiteral("paid-twice")}};
        // Not at a kiosk, only with a clerk.
        QCOMPARE(call(kiosk, "POST", refundPath, reason).errorCode(), QStringLiteral("refund_needs_clerk"));
        const Served counter = serve(person, QStringLiteral("counter"));
        const auto refunded = call(counter, "POST", refundPath, reason);
        QCOMPARE(refunded.status, 200);
        QCOMPARE(refunded.json[QStringLiteral("status")].toString(), QStringLiteral("refunded"));
        QCOMPARE(call(counter, "POST", refundPath, reason).status, 200); // a retry: refunded once
        const auto atAcquirer = acquirer.signedCall("GET", QStringLiteral("/v1/orders/") + secondNo).json;
        QCOMPARE(atAcquirer[QStringLiteral("status")].toString(), QStringLiteral("REFUND"));
        QCOMPARE(atAcquirer[QStringLiteral("refundedFen")].toInteger(), 20000);
        QCOMPARE(contributions(firstNo), 1);
        // Refunding the order that paid the year instead (paid once now: in error, not "paid twice"): the
        // year stays unpaid only if nothing else paid it.
        const QString firstPath = QStringLiteral("/api/v1/me/payments/orders/%1/refund").arg(firstNo);
        QCOMPARE(call(counter, "POST", firstPath, reason).errorCode(), QStringLiteral("not_paid_twice"));
        QCOMPARE(call(counter, "POST", firstPath, {{QStringLiteral("reason"), QStringLiteral("wrong-item")}})
                     .status,
                 200);
        QCOMPARE(contributions(), 0);
    }

    // The clerk's list (GET /staff/payments/refunds): the hall's orders paid twice with the citizen named
    // masked, refunded at the counter without the citizen logged in, once, with the refund's number; not at a
    // kiosk, not without a clerk, not another hall's.
    void theClerksListOfRefunds()
    {
        const auto [firstNo, secondNo] = payOneYearTwice("pay-list");
        QVERIFY(!secondNo.isEmpty());
        const QString list = QStringLiteral("/api/v1/staff/payments/refunds");
        const PlatformFixture::Headers clerk{
            {"X-SSC-Staff-Session",
             platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")).toLatin1()}};
        const auto listed = platform.asTerminal(QStringLiteral("counter"), "GET", list, {}, clerk);
        QCOMPARE(listed.status, 200);
        const QJsonArray orders = listed.json[QStringLiteral("orders")].toArray();
        QCOMPARE(orders.size(), 1); // the order that paid the year is not the clerk's to refund from here
        const QJsonObject due = orders[0].toObject();
        QCOMPARE(due[QStringLiteral("orderNo")].toString(), secondNo);
        QCOMPARE(due[QStringLiteral("amountFen")].toInteger(), 20000);
        QCOMPARE(due[QStringLiteral("item")].toString(), pension);
        QVERIFY(!due[QStringLiteral("name")][QStringLiteral("zh_CN")].toString().isEmpty());
        QVERIFY(due[QStringLiteral("paidAt")].toInteger() > 0);
        QVERIFY(!due[QStringLiteral("terminal")].toString().isEmpty());
        QVERIFY(!due.contains(QStringLiteral("qrCode")));
        const QString name = platform.wholeValuesOnFile(person).value(0);
        const QString payer = due[QStringLiteral("payer")].toString();
        QVERIFY2(payer.contains(u'*') && payer != name && payer.at(0) == name.at(0), qPrintable(payer));
        for (const QString& whole : platform.wholeValuesOnFile(person))
            QVERIFY(!listed.raw.contains(whole.toUtf8()));
        // Not at a kiosk, not without a clerk signed in.
        QCOMPARE(platform.asTerminal(QStringLiteral("kiosk"), "GET", list).errorCode(),
                 QStringLiteral("refund_needs_clerk"));
        QCOMPARE(platform.asTerminal(QStringLiteral("counter"), "GET", list).status, 401);
        const QString refundPath = QStringLiteral("/api/v1/staff/payments/orders/%1/refund").arg(secondNo);
        const QJsonObject reason{{QStringLiteral("reason"), QStringLiteral("paid-twice")}};
        // The counter moved to another hall: none of this hall's orders, to see or to refund.
        QSqlQuery hall(platform.database());
        QVERIFY(hall.exec(QStringLiteral("UPDATE terminals SET hall = 'hall-b' WHERE id = 'demo-counter'")));
        QVERIFY(platform.asTerminal(QStringLiteral("counter"), "GET", list, {}, clerk)
                    .json[QStringLiteral("orders")]
                    .toArray()
                    .isEmpty());
        QCOMPARE(
            platform.asTerminal(QStringLiteral("counter"), "POST", refundPath, reason, clerk).errorCode(),
            QStringLiteral("no_such_order"));
        QVERIFY(hall.exec(QStringLiteral("UPDATE terminals SET hall = NULL WHERE id = 'demo-counter'")));
        // Refunded from the list: the refund number, once however often asked.
        const auto refunded =
            platform.asTerminal(QStringLiteral("counter"), "POST", refundPath, reason, clerk);
        QCOMPARE(refunded.status, 200);
        QCOMPARE(refunded.json[QStringLiteral("status")].toString(), QStringLiteral("refunded"));
        QCOMPARE(refunded.json[QStringLiteral("refundNo")].toString(), secondNo + QStringLiteral("-R"));
        QCOMPARE(platform.asTerminal(QStringLiteral("counter"), "POST", refundPath, reason, clerk)
                     .json[QStringLiteral("refundNo")]
                     .toString(),
                 secondNo + QStringLiteral("-R"));
        const auto atAcquirer = acquirer.signedCall("GET", QStringLiteral("/v1/orders/") + secondNo).json;
        QCOMPARE(atAcquirer[QStringLiteral("refundedFen")].toInteger(), 20000);
        QVERIFY(platform.asTerminal(QStringLiteral("counter"), "GET", list, {}, clerk)
                    .json[QStringLiteral("orders")]
                    .toArray()
                    .isEmpty());
        QCOMPARE(contributions(firstNo), 1); // the year stays paid by the other order
        // In the person's access log: the clerk acted on their money.
        QSqlQuery logged(platform.database());
        QVERIFY(
            logged.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'payment_refund'")));
        QVERIFY(logged.next() && logged.value(0).toInt() >= 1);
    }

    // Paid once, in error: with the citizen and the clerk at the counter, offered among the refundable orders
    // and refunded for a reason from the fixed list, once under the order's refund number; the contribution
    // is off the books and the record, the clerk's act in the access log. Bad reasons and the hall's list
    // change nothing.
    void aPaymentInErrorIsRefundedAtTheCounter()
    {
        const auto made = order(serve(person), "pay-in-error", 30000);
        const QString orderNo = made.json[QStringLiteral("orderNo")].toString();
        QCOMPARE(acquirer.payAtCashier(made.json[QStringLiteral("qrCode")].toString()).status, 200);
        QVERIFY(becomes(orderNo, QStringLiteral("paid")));
        const Served counter = serve(person, QStringLiteral("counter"));
        const auto mine = call(counter, "GET", QStringLiteral("/api/v1/me/payments"));
        QCOMPARE(mine.json[QStringLiteral("orders")][0][QStringLiteral("orderNo")].toString(), orderNo);
        QVERIFY(mine.json[QStringLiteral("orders")][0][QStringLiteral("refundable")].toBool());
        QVERIFY(mine.json[QStringLiteral("refundReasons")].toArray().contains(QStringLiteral("wrong-grade")));
        const QString path = QStringLiteral("/api/v1/me/payments/orders/%1/refund").arg(orderNo);
        const QJsonObject wrongGrade{{QStringLiteral("reason"), QStringLiteral("wrong-grade")}};
        const int loggedBefore = refundsLogged();
        QCOMPARE(call(counter, "POST", path, {{QStringLiteral("reason"), QStringLiteral("changed my mind")}})
                     .errorCode(),
                 QStringLiteral("unknown_refund_reason"));
        QCOMPARE(call(counter, "POST", path, {{QStringLiteral("reason"), QStringLiteral("paid-twice")}})
                     .errorCode(),
                 QStringLiteral("not_paid_twice"));
        QCOMPARE(call(serve(person), "POST", path, wrongGrade).errorCode(),
                 QStringLiteral("refund_needs_clerk"));
        // Without the citizen, from the hall's list: a payment made once may be wanted, so not refunded.
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("counter"), "POST",
                                 QStringLiteral("/api/v1/staff/payments/orders/%1/refund").arg(orderNo),
                                 wrongGrade, {counter.headers.back()})
                     .errorCode(),
                 QStringLiteral("refund_needs_citizen"));
        QCOMPARE(statusInDatabase(orderNo), QStringLiteral("paid"));
        QCOMPARE(contributions(orderNo), 1);
        QCOMPARE(refundsLogged(), loggedBefore);
        const auto refunded = call(counter, "POST", path, wrongGrade);
        QCOMPARE(refunded.status, 200);
        QCOMPARE(refunded.json[QStringLiteral("refundNo")].toString(), orderNo + QStringLiteral("-R"));
        QCOMPARE(refundsLogged(), loggedBefore + 1);
        QCOMPARE(call(counter, "POST", path, wrongGrade).json[QStringLiteral("refundNo")].toString(),
                 orderNo + QStringLiteral("-R")); // a retry: refunded once
        const auto atAcquirer = acquirer.signedCall("GET", QStringLiteral("/v1/orders/") + orderNo).json;
        QCOMPARE(atAcquirer[QStringLiteral("status")].toString(), QStringLiteral("REFUND"));
        QCOMPARE(atAcquirer[QStringLiteral("refundedFen")].toInteger(), 30000);
        QCOMPARE(contributions(orderNo), 0);
        QVERIFY(!call(counter, "GET", QStringLiteral("/api/v1/me/payments"))
                     .json[QStringLiteral("orders")][0][QStringLiteral("refundable")]
                     .toBool());
        QCOMPARE(
            call(
                counter, "GET",
                QStringLiteral("/api/v1/me/records?province=110000&year=%1").arg(QDate::currentDate().year()))
                .errorCode(),
            QStringLiteral("no_record"));
    }

    // A year that has ended is closed: a payment made once for it is no longer refunded, nor offered.
    void aClosedYearIsNotRefunded()
    {
        const auto made = order(serve(person), "pay-closed-year");
        const QString orderNo = made.json[QStringLiteral("orderNo")].toString();
        QCOMPARE(acquirer.payAtCashier(made.json[QStringLiteral("qrCode")].toString()).status, 200);
        QVERIFY(becomes(orderNo, QStringLiteral("paid")));
        QSqlQuery lastYear(platform.database());
        for (const QString& table :
             {QStringLiteral("payment_orders"), QStringLiteral("resident_contributions")})
            QVERIFY(lastYear.exec(
                QStringLiteral("UPDATE %1 SET year = year - 1 WHERE order_no = '%2'").arg(table, orderNo)));
        const Served counter = serve(person, QStringLiteral("counter"));
        QVERIFY(!call(counter, "GET", QStringLiteral("/api/v1/me/payments"))
                     .json[QStringLiteral("orders")][0][QStringLiteral("refundable")]
                     .toBool());
        QCOMPARE(call(counter, "POST", QStringLiteral("/api/v1/me/payments/orders/%1/refund").arg(orderNo),
                      {{QStringLiteral("reason"), QStringLiteral("wrong-person")}})
                     .errorCode(),
                 QStringLiteral("refund_year_closed"));
        QCOMPARE(statusInDatabase(orderNo), QStringLiteral("paid"));
        QCOMPARE(acquirer.signedCall("GET", QStringLiteral("/v1/orders/") + orderNo)
                     .json[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("SUCCESS"));
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
