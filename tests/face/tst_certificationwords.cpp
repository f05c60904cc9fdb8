// Who the words of a pension certification speak to (modules/pension/certificationwords.h): the citizen about
// themself is "您"; a parent certified by their child, a person a clerk serves or one a visitor finds is
// named, masked ("周*明的养老金"), and never addressed as "您".
#include "i18n/translator.h"
#include "pension/certificationwords.h"

#include <QTest>

using namespace ssc;

class TestCertificationWords : public QObject {
    Q_OBJECT

    static QStringList everything(const CertificationWords& w)
    {
        QStringList texts{w.certifiedUntil(QStringLiteral("2027-06-30")), w.due(),
                          w.dueSince(QStringLiteral("2026-06-30"))};
        for (const char* outcome :
             {"certified", "already_certified", "under_review", "photo_mismatch", "no_photo_on_file"})
            texts << w.verdict(QLatin1String(outcome));
        return texts;
    }

private slots:
    void init() { QVERIFY(useLanguage(chineseLanguage)); }

    void theCitizenAtAKioskIsYou()
    {
        const CertificationWords w(CertificationSubject::self(), TerminalMode::Kiosk,
                                   QStringLiteral("周*明"));
        QVERIFY(w.addressesThePersonCertified());
        QCOMPARE(w.certifiedUntil(QStringLiteral("2027-06-30")),
                 QStringLiteral("您已完成认证，有效期至2027-06-30，在此之前无需再认证。"));
        QCOMPARE(w.verdict(QStringLiteral("certified")), QString()); // the platform's own words say "您"
    }

    void someoneElseIsNamed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("mode");
        QTest::newRow("a parent, by their child at a kiosk")
            << int(CertificationSubject::Kind::FamilyMember) << int(TerminalMode::Kiosk);
        QTest::newRow("the person served at a counter")
            << int(CertificationSubject::Kind::Self) << int(TerminalMode::Counter);
        QTest::newRow("a person found on a home visit")
            << int(CertificationSubject::Kind::ByStaff) << int(TerminalMode::Field);
    }

    void someoneElseIsNamed()
    {
        QFETCH(int, kind);
        QFETCH(int, mode);
        const auto subjectKind = CertificationSubject::Kind(kind);
        const CertificationSubject subject =
            subjectKind == CertificationSubject::Kind::Self ? CertificationSubject::self()
            : subjectKind == CertificationSubject::Kind::FamilyMember
                ? CertificationSubject::familyMember(7, QStringLiteral("周*明"))
                : CertificationSubject::byStaff(7, QStringLiteral("周*明"));
        const CertificationWords w(subject, TerminalMode(mode), QStringLiteral("周*明"));
        QVERIFY(!w.addressesThePersonCertified());
        QCOMPARE(w.verdict(QStringLiteral("certified")),
                 QStringLiteral("认证成功：本认证周期内周*明的养老金将继续正常发放。"));
        for (const QString& text : everything(w)) {
            QVERIFY2(text.contains(u"周*明"), qPrintable(text));
            QVERIFY2(!text.contains(u"您"), qPrintable(text));
        }
        QVERIFY(useLanguage(englishLanguage));
        QCOMPARE(w.verdict(QStringLiteral("certified")),
                 QStringLiteral("Certified: 周*明's pension continues to be paid for this cycle."));
        for (const QString& text : everything(w))
            QVERIFY2(!text.contains(QStringLiteral("you"), Qt::CaseInsensitive), qPrintable(text));
    }

    void anOutcomeWithoutWordsOfOursKeepsThePlatforms()
    {
        const CertificationWords w(CertificationSubject::familyMember(7, QStringLiteral("周*明")),
                                   TerminalMode::Kiosk, QString());
        QCOMPARE(w.verdict(QStringLiteral("second_person")), QString());
    }
};

QTEST_MAIN(TestCertificationWords)
#include "tst_certificationwords.moc"
