// The contribution amounts as data, the province's and a city's own (docs/payments.md, "What can be paid";
// docs/operations.md, "Contribution amounts"): set by `ssc-platform contribution-grades` on the platform's
// database (SQLite and PostgreSQL), checked before anything is written (whole fen, rising, not backdated),
// and used by the real platform for the orders made after the change, while an order made before keeps its
// amount and is paid with it through the real demo acquirer.
#include "paydemofixture.h"
#include "platformfixture.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

class ContributionGradesTest : public QObject {
    Q_OBJECT

    PlatformFixture platform;
    PayDemoFixture acquirer;
    const QString medical = QStringLiteral("resident-medical");
    const QString today = QDate::currentDate().toString(Qt::ISODate);

    PlatformFixture::Response order(qint64 amountFen, const QByteArray& key, const QString& item = {},
                                    const QString& who = QStringLiteral("chen-unemployed"))
    {
        return platform.asTerminal(QStringLiteral("kiosk"), "POST",
                                   QStringLiteral("/api/v1/me/payments/orders"),
                                   {{QStringLiteral("item"), item.isEmpty() ? medical : item},
                                    {QStringLiteral("amountFen"), amountFen}},
                                   platform.citizenHeaders(who, key));
    }
    QJsonArray amountsOffered(const QString& item, const QString& who = QStringLiteral("chen-unemployed"))
    {
        const auto items =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/payments/items"),
                                {}, platform.citizenHeaders(who));
        for (const QJsonValue& offered : items.json[QStringLiteral("items")].toArray())
            if (offered[QStringLiteral("item")].toString() == item)
                return offered[QStringLiteral("gradesFen")].toArray();
        return {};
    }
    QJsonArray medicalAmounts() { return amountsOffered(medical); }
    std::pair<int, QString> set(const QString& item, const QString& from, const QString& fen,
                                const QString& region = {})
    {
        QStringList args{QStringLiteral("contribution-grades"), QStringLiteral("set"), item, from, fen};
        if (!region.isEmpty())
            args.append(region);
        return platform.command(args);
    }
    QString listed()
    {
        return platform.command({QStringLiteral("contribution-grades"), QStringLiteral("list")}).second;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(acquirer.start(), qPrintable(acquirer.error()));
        platform.setExtraArguments(acquirer.platformArguments());
        QVERIFY2(platform.start(), qPrintable(platform.error()));
    }

    // The demo seeds today's values: the pension's 12 grades, the medical insurance's one amount.
    void theDemoSeedsTodaysAmounts()
    {
        const auto [status, listed] =
            platform.command({QStringLiteral("contribution-grades"), QStringLiteral("list")});
        QCOMPARE(status, 0);
        QVERIFY2(listed.contains(QStringLiteral("resident-medical 2025-01-01: 40000")), qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("resident-pension 2014-02-21: 10000,20000,30000,40000,50000,"
                                                "60000,70000,80000,90000,100000,150000,200000")),
                 qPrintable(listed));
        QCOMPARE(medicalAmounts(), QJsonArray{40000});
    }

    // Amounts that are not whole fen, do not rise, or would change the past are refused with the reason,
    // and nothing is written.
    void badTablesChangeNothing()
    {
        const QString before =
            platform.command({QStringLiteral("contribution-grades"), QStringLiteral("list")}).second;
        const QString pension = QStringLiteral("resident-pension");
        const struct {
            QString item, from, fen, says;
        } refused[] = {
            {pension, today, QStringLiteral("10000,30000,20000"), QStringLiteral("must rise")},
            {pension, today, QStringLiteral("10000,10000"), QStringLiteral("must rise")},
            {medical, today, QStringLiteral("450.00"), QStringLiteral("whole fen")},
            {medical, today, QStringLiteral("+45000"), QStringLiteral("whole fen")},
            {medical, today, QStringLiteral("0"), QStringLiteral("between 1 fen")},
            {medical, QStringLiteral("2020-01-01"), QStringLiteral("45000"),
             QStringLiteral("never backdated")},
            {medical, QStringLiteral("2026-13-01"), QStringLiteral("45000"), QStringLiteral("YYYY-MM-DD")},
            {QStringLiteral("lottery"), today, QStringLiteral("45000"), QStringLiteral("unknown item")},
        };
        for (const auto& bad : refused) {
            const auto [status, said] = set(bad.item, bad.from, bad.fen);
            QCOMPARE(status, 2);
            QVERIFY2(said.contains(bad.says), qPrintable(said));
        }
        QCOMPARE(platform.command({QStringLiteral("contribution-grades"), QStringLiteral("list")}).second,
                 before);
        QCOMPARE(medicalAmounts(), QJsonArray{40000});
    }

    // From today the medical contribution is 450 yuan: offered and ordered at that amount, the old one
    // refused; an order made before the change keeps its 400 yuan and is paid with it.
    void anOrderAfterTheAmountsChanged()
    {
        const auto before = order(40000, "grades-before");
        QCOMPARE(before.status, 201);
        const auto [status, said] = set(medical, today, QStringLiteral("45000"));
        QVERIFY2(status == 0, qPrintable(said));
        QCOMPARE(medicalAmounts(), QJsonArray{45000});
        QCOMPARE(order(40000, "grades-old-amount").errorCode(), QStringLiteral("not_a_payment_grade"));
        const auto after = order(45000, "grades-after");
        QCOMPARE(after.status, 201);
        QCOMPARE(after.json[QStringLiteral("amountFen")].toInteger(), 45000);
        // The order made before: the acquirer charges its amount, and the platform records that amount.
        QCOMPARE(acquirer.payAtCashier(before.json[QStringLiteral("qrCode")].toString()).status, 200);
        const QString beforeNo = before.json[QStringLiteral("orderNo")].toString();
        QSqlQuery q(platform.database());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return q.exec(QStringLiteral(
                                  "SELECT amount_fen FROM resident_contributions WHERE order_no = '%1'")
                                  .arg(beforeNo)) &&
                       q.next();
            },
            20000));
        QCOMPARE(q.value(0).toLongLong(), 40000);
        // Set again for the same day: the table is replaced, not added to.
        QCOMPARE(set(medical, today, QStringLiteral("42000")).first, 0);
        QCOMPARE(medicalAmounts(), QJsonArray{42000});
    }

    // A city's own table: its residents are offered and may order its amounts, everyone else the
    // province's; the order keeps its region, and the rights record names its grade in that region's table.
    // A region code that is not a city, district or municipality of GB/T 2260 is refused and changes nothing.
    void aCitysOwnTable()
    {
        const QString pension = QStringLiteral("resident-pension");
        const QString before = listed();
        for (const QString& wrong :
             {QStringLiteral("999999"), QStringLiteral("11000"), QStringLiteral("abc")}) {
            const auto [status, said] = set(pension, today, QStringLiteral("60000"), wrong);
            QCOMPARE(status, 2);
            QVERIFY2(said.contains(QStringLiteral("unknown region")), qPrintable(said));
        }
        QCOMPARE(listed(), before);
        const QJsonArray province = amountsOffered(pension);
        QCOMPARE(province.size(), 12);

        // 深圳 (440300) sets three grades; 黄嘉欣's card is from 深圳, 陈杰's from 北京.
        const auto [status, said] =
            set(pension, today, QStringLiteral("60000,120000,240000"), QStringLiteral("440300"));
        QVERIFY2(status == 0 && said.contains(QStringLiteral("in region 440300")), qPrintable(said));
        QVERIFY2(
            listed().contains(QStringLiteral("440300 resident-pension %1: 60000,120000,240000").arg(today)),
            qPrintable(listed()));
        QCOMPARE(amountsOffered(pension, QStringLiteral("hk-resident")), (QJsonArray{60000, 120000, 240000}));
        QCOMPARE(amountsOffered(pension), province);
        QCOMPARE(order(120000, "region-other-city", pension).errorCode(),
                 QStringLiteral("not_a_payment_grade"));

        // 北京 (a municipality, 110000) sets its own: 陈杰 orders its second grade, which the province's
        // table does not have; the province's amounts are refused to him now.
        QCOMPARE(set(pension, today, QStringLiteral("100000,150000,300000"), QStringLiteral("110000")).first,
                 0);
        QCOMPARE(order(10000, "region-province-amount", pension).errorCode(),
                 QStringLiteral("not_a_payment_grade"));
        const auto made = order(150000, "region-own-grade", pension);
        QCOMPARE(made.status, 201);
        const QString orderNo = made.json[QStringLiteral("orderNo")].toString();
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT region_code FROM payment_orders WHERE order_no = '%1'")
                           .arg(orderNo)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("110000"));
        QCOMPARE(acquirer.payAtCashier(made.json[QStringLiteral("qrCode")].toString()).status, 200);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return q.exec(QStringLiteral("SELECT 1 FROM resident_contributions WHERE order_no = '%1'")
                                  .arg(orderNo)) &&
                       q.next();
            },
            20000));
        const auto record = platform.asTerminal(
            QStringLiteral("kiosk"), "GET",
            QStringLiteral("/api/v1/me/records?province=110000&year=%1").arg(QDate::currentDate().year()), {},
            platform.citizenHeaders(QStringLiteral("chen-unemployed")));
        QCOMPARE(record.status, 200);
        // The year's payments on the record: the medical one of the test above, and this pension.
        QJsonObject paid;
        for (const QJsonValue& payment : record.json[QStringLiteral("payments")].toArray())
            if (payment[QStringLiteral("insurance")].toString() == u"pension")
                paid = payment.toObject();
        QCOMPARE(paid[QStringLiteral("amountCents")].toInteger(), 150000);
        QCOMPARE(paid[QStringLiteral("grade")].toInt(), 2); // in the province's table 1,500 yuan is grade 11
    }

    void cleanupTestCase()
    {
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM contribution_grades WHERE set_at > 0")));
    }
};

QTEST_GUILESS_MAIN(ContributionGradesTest)
#include "tst_contributiongrades.moc"
