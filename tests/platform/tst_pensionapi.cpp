// Who must certify their pension and when, over real HTTP: an enterprise retiree certified for this cycle, a
// resident pensioner on a 6-month cycle who is due, and someone who draws no pension told what to do instead.
#include "platformfixture.h"

#include <QDate>
#include <QTest>

class TestPensionApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    PlatformFixture::Response certificationOf(const QString& person)
    {
        return platform.asTerminal(QStringLiteral("kiosk"), "GET",
                                   QStringLiteral("/api/v1/me/pension-certification"), {},
                                   platform.citizenHeaders(person));
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void anEnterpriseRetireeCertifiedThisCycle()
    {
        const auto r = certificationOf(QStringLiteral("liu-retiree"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("recipient")].toBool(), true);
        QCOMPARE(r.json[QStringLiteral("group")].toString(), QStringLiteral("enterprise"));
        QCOMPARE(r.json[QStringLiteral("cycleMonths")].toInt(), 12);
        QCOMPARE(r.json[QStringLiteral("certifiedUntil")].toString(), QStringLiteral("2027-03-10"));
        const bool inside = QDate::currentDate() < QDate(2027, 3, 10);
        QCOMPARE(r.json[QStringLiteral("status")].toString(),
                 inside ? QStringLiteral("certified") : QStringLiteral("due"));
    }

    void aResidentPensionerOnASixMonthCycleIsDue()
    {
        const auto r = certificationOf(QStringLiteral("elderly-parent"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("group")].toString(), QStringLiteral("resident"));
        QCOMPARE(r.json[QStringLiteral("cycleMonths")].toInt(), 6);
        QCOMPARE(r.json[QStringLiteral("certifiedUntil")].toString(), QStringLiteral("2026-10-20"));
        QCOMPARE(r.json[QStringLiteral("status")].toString(), QDate::currentDate() < QDate(2026, 10, 20)
                                                                  ? QStringLiteral("certified")
                                                                  : QStringLiteral("due"));
    }

    void someoneWithoutAPensionIsToldWhatToDoInstead()
    {
        const auto r = certificationOf(QStringLiteral("zhang-wei"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("recipient")].toBool(), false);
        const QJsonObject instead = r.json[QStringLiteral("instead")].toObject();
        QVERIFY(!instead[QStringLiteral("zh_CN")].toString().isEmpty());
        QVERIFY(instead[QStringLiteral("zh_CN")].toString() != instead[QStringLiteral("en")].toString());
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "GET",
                                 QStringLiteral("/api/v1/me/pension-certification"))
                     .status,
                 401); // visitors: nobody to look up
    }
};

QTEST_GUILESS_MAIN(TestPensionApi)
#include "tst_pensionapi.moc"
