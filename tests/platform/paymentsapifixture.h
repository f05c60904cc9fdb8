// The fixture both payment tests share (tst_paymentsapi: orders, notifications and faults;
// tst_paymentrefunds: refunds at the counter): the real platform and the real demo acquirer (ssc-paydemo),
// two processes with their own databases, and the calls a terminal makes to them.
#pragma once

#include "paydemofixture.h"
#include "platformfixture.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QtTest>

class PaymentsApiFixture {
protected:
    static inline const QString person = QStringLiteral("chen-unemployed");
    static inline const QString pension = QStringLiteral("resident-pension");

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

    // Both processes, the platform told where the acquirer is.
    void startPlatformAndAcquirer()
    {
        QVERIFY2(acquirer.start(), qPrintable(acquirer.error()));
        platform.setExtraArguments(acquirer.platformArguments());
        QVERIFY2(platform.start(), qPrintable(platform.error()));
    }
};
