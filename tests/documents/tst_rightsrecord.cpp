// The rights record model: the platform's answer read strictly, the brief's section rules, amounts.
#include "recordsamples.h"

#include "records/rightsrecord.h"

#include <QTest>

using namespace ssc;

class TestRightsRecord : public QObject {
    Q_OBJECT

private slots:
    void readsAnEmployeeRecord()
    {
        const RightsRecordParse parsed = parseRightsRecord(recordsamples::employee());
        QVERIFY2(parsed.record, qPrintable(parsed.problem));
        const RightsRecord& r = *parsed.record;
        QCOMPARE(r.variant, RecordVariant::Employee);
        QCOMPARE(r.contributions.size(), 3);
        QCOMPARE(r.contributions[0].months[0].mark, MonthMark::TransferredIn);
        QCOMPARE(r.contributions[0].months[2].mark, MonthMark::Arrears);
        QCOMPARE(r.contributions[0].months[11].mark, MonthMark::Paid);
        QCOMPARE(r.contributions[0].personalTotal(), 12 * 1123400 * 80 / 1000);
        QCOMPARE(r.accounts[0].closingCents(), 9012345 + 898720 + 236123);
        QCOMPARE(r.closedInsurances, QStringList({QStringLiteral("injury"), QStringLiteral("maternity")}));
    }

    void sectionsFollowTheBrief()
    {
        const RightsRecord employee = *parseRightsRecord(recordsamples::employee()).record;
        QVERIFY(employee.showsContributions());
        QVERIFY(!employee.showsBenefits()); // none received: hidden
        QCOMPARE(employee.shownAccounts().size(), 2);
        const RightsRecord retiree = *parseRightsRecord(recordsamples::retiree()).record;
        QVERIFY(!retiree.showsContributions()); // retirees: hidden
        QVERIFY(retiree.showsBenefits());
        const RightsRecord resident = *parseRightsRecord(recordsamples::resident()).record;
        QCOMPARE(resident.shownAccounts().size(), 1); // residents: the pension account only
        QCOMPARE(resident.shownAccounts()[0].account, QStringLiteral("pension"));
    }

    void anythingMalformedMakesTheWholeRecordUnreadable_data()
    {
        QTest::addColumn<QString>("path"); // key to change, "a.b" for nested, "list/index/key" for items
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no year") << "year" << QJsonValue();
        QTest::newRow("year as text") << "year" << QJsonValue(QStringLiteral("2024"));
        QTest::newRow("year out of range") << "year" << QJsonValue(1850);
        QTest::newRow("unknown variant") << "variant" << QJsonValue(QStringLiteral("soldier"));
        QTest::newRow("retired not a bool") << "retired" << QJsonValue(1);
        QTest::newRow("province code") << "province.code" << QJsonValue(QStringLiteral("11"));
        QTest::newRow("no holder name") << "holder.name" << QJsonValue(QString());
        QTest::newRow("huge name") << "holder.name" << QJsonValue(QString(5000, u'张'));
        QTest::newRow("negative base") << "contributions/0/months/3/baseCents" << QJsonValue(-1);
        QTest::newRow("fractional cents") << "contributions/0/months/3/personalCents" << QJsonValue(1.5);
        QTest::newRow("absurd amount") << "accounts/0/openingCents" << QJsonValue(1e15);
        QTest::newRow("unknown mark")
            << "contributions/0/months/3/mark" << QJsonValue(QStringLiteral("maybe"));
        QTest::newRow("month out of order") << "contributions/0/months/3/month" << QJsonValue(7);
        QTest::newRow("unknown insurance")
            << "contributions/1/insurance" << QJsonValue(QStringLiteral("car"));
        QTest::newRow("unknown account") << "accounts/1/account" << QJsonValue(QStringLiteral("housing"));
        QTest::newRow("account below zero") << "accounts/1/withdrawnCents" << QJsonValue(99999999);
        QTest::newRow("bad verification code")
            << "verificationCode" << QJsonValue(QStringLiteral("<script>"));
        QTest::newRow("plain http verify address") << "verifyUrl" << QJsonValue(QStringLiteral("http://x"));
        QTest::newRow("no issuing office") << "issuedBy.office" << QJsonValue(QJsonObject());
        QTest::newRow("issuing office not bilingual") << "issuedBy.office" << QJsonValue(QStringLiteral("x"));
        QTest::newRow("place not bilingual") << "issuedBy.place" << QJsonValue(QStringLiteral("Demo kiosk"));
        QTest::newRow("bad cutoff") << "cutoff" << QJsonValue(QStringLiteral("yesterday"));
        QTest::newRow("contributions not a list") << "contributions" << QJsonValue(QStringLiteral("all"));
        QTest::newRow("unknown closed insurance") << "closedInsurances" << QJsonValue(QJsonArray{1});
        QTest::newRow("payments not a list") << "payments" << QJsonValue(QStringLiteral("all"));
        QTest::newRow("a payment into unemployment insurance")
            << "payments" << QJsonValue(QJsonArray{recordsamples::payment("unemployment", 2024, 100, "X")});
        QTest::newRow("a payment of nothing")
            << "payments" << QJsonValue(QJsonArray{recordsamples::payment("pension", 2024, 0, "X")});
        QTest::newRow("a grade beyond any table")
            << "payments" << QJsonValue(QJsonArray{recordsamples::payment("pension", 2024, 100, "X", 100)});
    }

    void anythingMalformedMakesTheWholeRecordUnreadable()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QJsonObject json = recordsamples::employee();
        set(json, path.split(u'/'), value);
        const RightsRecordParse parsed = parseRightsRecord(json);
        QVERIFY(!parsed.record);
        QVERIFY(!parsed.problem.isEmpty());
    }

    void aMonthListOfTheWrongLengthIsRefused()
    {
        QJsonObject json = recordsamples::employee();
        QJsonArray contributions = json[QStringLiteral("contributions")].toArray();
        QJsonObject pension = contributions[0].toObject();
        QJsonArray months = pension[QStringLiteral("months")].toArray();
        months.removeLast();
        pension[QStringLiteral("months")] = months;
        contributions[0] = pension;
        json[QStringLiteral("contributions")] = contributions;
        QVERIFY(!parseRightsRecord(json).record);
        QVERIFY(!parseRightsRecord({}).record);
    }

    void yuan()
    {
        QCOMPARE(formatYuan(0), QStringLiteral("0.00"));
        QCOMPARE(formatYuan(5), QStringLiteral("0.05"));
        QCOMPARE(formatYuan(123456789), QStringLiteral("1,234,567.89"));
        QCOMPARE(formatYuan(100000), QStringLiteral("1,000.00"));
        QCOMPARE(formatYuan(-99950), QStringLiteral("-999.50"));
    }

private:
    // Sets a value deep inside the JSON: "holder.name" or "contributions/0/months/3/mark".
    static void set(QJsonObject& json, QStringList path, const QJsonValue& value)
    {
        if (path.size() == 1 && path[0].contains(u'.')) {
            const QStringList parts = path[0].split(u'.');
            QJsonObject inner = json[parts[0]].toObject();
            inner[parts[1]] = value;
            json[parts[0]] = inner;
            return;
        }
        const QString key = path.takeFirst();
        if (path.isEmpty()) {
            if (value.isUndefined() || value.isNull())
                json.remove(key);
            else
                json[key] = value;
            return;
        }
        QJsonArray list = json[key].toArray();
        const int index = path.takeFirst().toInt();
        QJsonObject item = list[index].toObject();
        set(item, path, value);
        list[index] = item;
        json[key] = list;
    }
};

QTEST_GUILESS_MAIN(TestRightsRecord)
#include "tst_rightsrecord.moc"
