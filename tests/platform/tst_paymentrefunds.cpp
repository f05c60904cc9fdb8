// Refunds at the counter (docs/payments.md "Refunds") through the real platform and the real demo acquirer:
// an order that paid a year already paid, refunded with a clerk and the citizen or from the hall's list; a
// payment made once in error, refunded only with the citizen for a reason from the fixed list; a closed year,
// not refunded. Each refund happens once at the acquirer under the order's refund number, however often
// asked.
#include "paymentsapifixture.h"

#include <QJsonArray>

class PaymentRefundsTest : public QObject, protected PaymentsApiFixture {
    Q_OBJECT

private slots:
    void initTestCase() { startPlatformAndAcquirer(); }
    void init() { clearPayments(); }

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
};

QTEST_GUILESS_MAIN(PaymentRefundsTest)
#include "tst_paymentrefunds.moc"
