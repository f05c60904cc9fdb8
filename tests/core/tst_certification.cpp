// Pension certification cycles: certified until the end of the cycle the last certification covers, due from
// that day on (and at once when never certified); 12- and 6-month cycles; month ends; the stored group keys.
#include "pension/certification.h"

#include <QTest>

using namespace ssc;
using State = CertificationStatus::State;

class TestCertification : public QObject {
    Q_OBJECT
private slots:
    void cycles_data()
    {
        QTest::addColumn<QDate>("last");
        QTest::addColumn<int>("cycle");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("state");
        QTest::addColumn<QDate>("until");
        QTest::newRow("12 months, inside")
            << QDate(2026, 3, 10) << 12 << QDate(2026, 11, 29) << int(State::Certified) << QDate(2027, 3, 10);
        QTest::newRow("12 months, the last day") << QDate(2025, 11, 30) << 12 << QDate(2026, 11, 29)
                                                 << int(State::Certified) << QDate(2026, 11, 30);
        QTest::newRow("12 months, ended today")
            << QDate(2025, 11, 29) << 12 << QDate(2026, 11, 29) << int(State::Due) << QDate(2026, 11, 29);
        QTest::newRow("6 months, due")
            << QDate(2026, 4, 20) << 6 << QDate(2026, 11, 29) << int(State::Due) << QDate(2026, 10, 20);
        QTest::newRow("6 months, inside")
            << QDate(2026, 8, 1) << 6 << QDate(2026, 11, 29) << int(State::Certified) << QDate(2027, 2, 1);
        QTest::newRow("month end") << QDate(2026, 8, 31) << 6 << QDate(2026, 11, 29) << int(State::Certified)
                                   << QDate(2027, 2, 28);
        QTest::newRow("leap day") << QDate(2024, 2, 29) << 12 << QDate(2025, 2, 28) << int(State::Due)
                                  << QDate(2025, 2, 28);
    }

    void cycles()
    {
        QFETCH(QDate, last);
        QFETCH(int, cycle);
        QFETCH(QDate, today);
        QFETCH(int, state);
        QFETCH(QDate, until);
        const CertificationStatus s = certificationStatus(last, cycle, today);
        QCOMPARE(int(s.state), state);
        QCOMPARE(s.certifiedUntil, until);
    }

    void neverCertifiedIsDueAtOnce()
    {
        const CertificationStatus s = certificationStatus(std::nullopt, 12, QDate(2026, 11, 29));
        QCOMPARE(s.state, State::Due);
        QVERIFY(!s.certifiedUntil.isValid());
        QCOMPARE(certificationStatus(QDate(), 12, QDate(2026, 11, 29)).state, State::Due);
        QCOMPARE(certificationStatus(QDate(2026, 11, 1), 0, QDate(2026, 11, 29)).state, State::Due);
    }

    void groupKeys()
    {
        for (const PensionGroup g : {PensionGroup::EnterpriseRetiree, PensionGroup::InstitutionRetiree,
                                     PensionGroup::ResidentPensioner})
            QCOMPARE(pensionGroupFromKey(QString::fromLatin1(pensionGroupKey(g))), g);
        QVERIFY(!pensionGroupFromKey(QStringLiteral("worker")));
    }
};

QTEST_GUILESS_MAIN(TestCertification)
#include "tst_certification.moc"
