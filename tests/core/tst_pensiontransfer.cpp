// 社保关系转移 (rules.md §8) with the brief's own questions: a man of 30 not yet working at the new place, a
// man of 52 first insured away from home (a temporary account), a retiree moving to her son; and where the
// pension will be drawn when someone has paid in at several places.
#include "pension/pensiontransfer.h"

#include <QTest>

using namespace ssc;

namespace {

InsuredPlace place(const char* province, YearMonth first, YearMonth last, int months)
{
    return {QString::fromLatin1(province), first, last, months, false};
}

} // namespace

class TestPensionTransfer : public QObject {
    Q_OBJECT
private slots:
    void aRelationMovesToWhereThePersonPaysNow()
    {
        TransferPerson p{{1980, 6, 1}, false, QStringLiteral("42"), false, {}};
        p.places = {place("11", {2023, 7}, {2026, 10}, 40), place("42", {2003, 7}, {2023, 6}, 240)};
        const TransferCheck check = checkTransfer(p);
        QVERIFY(check.possible);
        QCOMPARE(check.to.province, QStringLiteral("11"));
        QCOMPARE(check.from.size(), 1);
        QCOMPARE(check.from.first().province, QStringLiteral("42"));
    }

    void notYetWorkingAtTheNewPlace() // the brief's 01: 30, quit at home, no work in Beijing yet
    {
        TransferPerson p{{1996, 3, 1}, false, QStringLiteral("41"), false, {}};
        p.places = {place("41", {2018, 7}, {2026, 8}, 98)};
        const TransferCheck check = checkTransfer(p);
        QVERIFY(!check.possible);
        QCOMPARE(check.code, QStringLiteral("one_place"));
        QVERIFY(QString::fromLatin1(check.reason.source).contains(u"ask for the transfer there"));
        p.places.clear();
        QCOMPARE(checkTransfer(p).code, QStringLiteral("not_insured"));
    }

    void aTemporaryAccountTakesNoTransfer() // the brief's 02: a man of 52 from Henan, first time in Tianjin
    {
        TransferPerson p{{1974, 4, 10}, false, QStringLiteral("41"), false, {}};
        p.places = {place("12", {2026, 5}, {2026, 10}, 6), place("41", {1996, 1}, {2025, 12}, 360)};
        QVERIFY(isTemporaryAccount(p, p.places[0]));
        QCOMPARE(checkTransfer(p).code, QStringLiteral("temporary_account"));
        // A year younger when first insured there: an ordinary account.
        p.places[0].firstPaid = {2024, 3}; // 49 years 11 months
        QVERIFY(!isTemporaryAccount(p, p.places[0]));
        QVERIFY(checkTransfer(p).possible);
        // Women from 40.
        TransferPerson w{{1985, 1, 1}, true, QStringLiteral("41"), false, {}};
        w.places = {place("12", {2025, 2}, {2026, 10}, 20), place("41", {2005, 1}, {2025, 1}, 240)};
        QCOMPARE(checkTransfer(w).code, QStringLiteral("temporary_account"));
        w.householdProvince = QStringLiteral("12"); // at home: never a temporary account
        QVERIFY(checkTransfer(w).possible);
    }

    void aRetireeDoesNotMove() // the brief's 03
    {
        TransferPerson p{{1962, 9, 1}, true, QStringLiteral("42"), true, {}};
        p.places = {place("42", {1985, 7}, {2017, 9}, 386)};
        QCOMPARE(checkTransfer(p).code, QStringLiteral("drawing_pension"));
    }

    void relationsAlreadyMovedAreNotOffered()
    {
        TransferPerson p{{1990, 7, 2}, true, QStringLiteral("31"), false, {}};
        p.places = {place("31", {2013, 7}, {2022, 6}, 108), place("44", {2022, 7}, {2025, 12}, 42)};
        p.places[0].transferredOut = true;
        QCOMPARE(checkTransfer(p).code, QStringLiteral("nothing_to_transfer"));
    }

    void whereThePensionWillBeDrawn() // the brief's 04
    {
        TransferPerson p{{1970, 1, 1}, false, QStringLiteral("41"), false, {}};
        // Paying at home now: home.
        p.places = {place("41", {2020, 1}, {2026, 10}, 80), place("44", {2000, 1}, {2019, 12}, 240)};
        QCOMPARE(benefitPlace(p).province, QStringLiteral("41"));
        // Paying in Guangdong now, 10 years there: Guangdong.
        p.places = {place("44", {2010, 1}, {2026, 10}, 202), place("41", {1995, 1}, {2009, 12}, 180)};
        QCOMPARE(benefitPlace(p).province, QStringLiteral("44"));
        // Paying in Beijing now, 3 years: the latest earlier place with 10 years, Shanghai before Henan.
        p.places = {place("11", {2023, 11}, {2026, 10}, 36), place("31", {2010, 1}, {2023, 10}, 166),
                    place("41", {1995, 1}, {2009, 12}, 180)};
        QCOMPARE(benefitPlace(p).province, QStringLiteral("31"));
        // No place with 10 years: home.
        p.places = {place("11", {2023, 11}, {2026, 10}, 36), place("31", {2018, 1}, {2023, 10}, 70)};
        QCOMPARE(benefitPlace(p).province, QStringLiteral("41"));
    }
};

QTEST_APPLESS_MAIN(TestPensionTransfer)
#include "tst_pensiontransfer.moc"
