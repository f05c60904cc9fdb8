// Table-driven tests of every kind of social security number and every class of bad input (rules.md §1).
#include "identity/checkcharacter.h"
#include "identity/socialsecuritynumber.h"

#include <QTest>

using namespace ssc;

Q_DECLARE_METATYPE(ssc::IdKind)
Q_DECLARE_METATYPE(ssc::Sex)
Q_DECLARE_METATYPE(ssc::IdProblem)

class TestSocialSecurityNumber : public QObject {
    Q_OBJECT

    static IdCheckOptions options(bool noResidentId = false)
    {
        IdCheckOptions o;
        o.today = QDate(2026, 11, 29);
        o.personHasNoResidentId = noResidentId;
        return o;
    }

private slots:
    void checkCharacterMatchesTheStandardExample()
    {
        QCOMPARE(mod11CheckCharacter(u"11010519491231002"), QChar(u'X'));
        QCOMPARE(mod11CheckCharacter(u"44030619900307123"), QChar(u'2'));
        QCOMPARE(mod11CheckCharacter(u"00000000000000000"), QChar(u'1'));
    }

    void validNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<IdKind>("kind");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<Sex>("sex");
        QTest::addColumn<QDate>("birth");

        QTest::newRow("GB 11643 example, check X")
            << "11010519491231002X" << IdKind::ResidentId << "11010519491231002X" << Sex::Female
            << QDate(1949, 12, 31);
        QTest::newRow("lower-case x") << "11010519491231002x" << IdKind::ResidentId << "11010519491231002X"
                                      << Sex::Female << QDate(1949, 12, 31);
        QTest::newRow("Shenzhen man") << "440306199003071232" << IdKind::ResidentId << "440306199003071232"
                                      << Sex::Male << QDate(1990, 3, 7);
        QTest::newRow("29 February of a leap year")
            << "310115200002290048" << IdKind::ResidentId << "310115200002290048" << Sex::Female
            << QDate(2000, 2, 29);
        QTest::newRow("born 2024-02-29, a child") << "510107202402290051" << IdKind::ResidentId
                                                  << "510107202402290051" << Sex::Male << QDate(2024, 2, 29);
        QTest::newRow("born 1900-01-01") << "650102190001010075" << IdKind::ResidentId << "650102190001010075"
                                         << Sex::Male << QDate(1900, 1, 1);
        QTest::newRow("Taiwan-born citizen, province 71")
            << "710000197508080021" << IdKind::ResidentId << "710000197508080021" << Sex::Female
            << QDate(1975, 8, 8);
        QTest::newRow("Hong Kong residence permit")
            << "810000198506150012" << IdKind::HongKongResident << "810000198506150012" << Sex::Male
            << QDate(1985, 6, 15);
        QTest::newRow("Macau residence permit") << "820000199211030028" << IdKind::MacauResident
                                                << "820000199211030028" << Sex::Female << QDate(1992, 11, 3);
        QTest::newRow("Taiwan residence permit") << "830000200101010031" << IdKind::TaiwanResident
                                                 << "830000200101010031" << Sex::Male << QDate(2001, 1, 1);
        QTest::newRow("foreigner 2023 format") << "911440198001010011" << IdKind::ForeignPermanentResident
                                               << "911440198001010011" << Sex::Male << QDate(1980, 1, 1);
        QTest::newRow("foreigner 2023 format, woman")
            << "921560198805120120" << IdKind::ForeignPermanentResident << "921560198805120120" << Sex::Female
            << QDate(1988, 5, 12);
        QTest::newRow("15 digits upgraded") << "110105491231002" << IdKind::FirstGenerationResidentId
                                            << "11010519491231002X" << Sex::Female << QDate(1949, 12, 31);
        QTest::newRow("15 digits upgraded, man") << "440306900307123" << IdKind::FirstGenerationResidentId
                                                 << "440306199003071232" << Sex::Male << QDate(1990, 3, 7);
        QTest::newRow("blanks around and inside")
            << "  110105 19491231 002X " << IdKind::ResidentId << "11010519491231002X" << Sex::Female
            << QDate(1949, 12, 31);
        QTest::newRow("full-width digits from an input method")
            << QStringLiteral("１１０１０５１９４９１２３１００２Ｘ") << IdKind::ResidentId
            << "11010519491231002X" << Sex::Female << QDate(1949, 12, 31);
    }

    void validNumbers()
    {
        QFETCH(QString, input);
        QFETCH(IdKind, kind);
        QFETCH(QString, normalized);
        QFETCH(Sex, sex);
        QFETCH(QDate, birth);
        for (bool noResidentId : {false, true}) { // the flag never changes how a strict kind is judged
            const IdCheck check = checkSocialSecurityNumber(input, options(noResidentId));
            QVERIFY2(check.valid, qPrintable(check.reason()));
            QCOMPARE(check.kind, kind);
            QCOMPARE(check.normalized, normalized);
            QCOMPARE(check.sex, sex);
            QCOMPARE(check.birthDate, birth);
            QCOMPARE(check.problem, IdProblem::None);
            QVERIFY(check.reason().isEmpty());
            QVERIFY(!check.formatOnly);
        }
    }

    void oldForeignPermanentResidenceIsShapeChecked()
    {
        const IdCheck check = checkSocialSecurityNumber(u"usa318801010112", options());
        QVERIFY2(check.valid, qPrintable(check.reason()));
        QCOMPARE(check.kind, IdKind::ForeignPermanentResidentOld);
        QCOMPARE(check.normalized, QStringLiteral("USA318801010112"));
        QVERIFY(check.formatOnly);
        QVERIFY(!check.birthDate.isValid()); // YYMMDD has no century: not derived
        QCOMPARE(check.sex, Sex::Unknown);
    }

    void invalidNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("noResidentId");
        QTest::addColumn<IdProblem>("problem");
        QTest::addColumn<QString>("reasonContains");

        QTest::newRow("empty") << "" << false << IdProblem::Empty << "no number";
        QTest::newRow("only blanks") << "   " << false << IdProblem::Empty << "no number";
        QTest::newRow("wrong check character")
            << "110105194912310021" << false << IdProblem::BadCheckCharacter << "should be X, not 1";
        QTest::newRow("wrong check character, flag set does not rescue it")
            << "110105194912310021" << true << IdProblem::BadCheckCharacter << "should be X";
        QTest::newRow("two digits swapped")
            << "11010519491213002X" << false << IdProblem::BadCheckCharacter << "should be";
        QTest::newRow("no such date 19800230")
            << "110105198002300018" << false << IdProblem::NoSuchDate << "no such date 19800230";
        QTest::newRow("29 February of a common year")
            << "110105190002290011" << false << IdProblem::NoSuchDate << "19000229";
        QTest::newRow("month 13") << "110105198013010011" << false << IdProblem::NoSuchDate << "19801301";
        QTest::newRow("birth date in the future")
            << "110105202712010019" << false << IdProblem::FutureBirthDate << "20271201";
        QTest::newRow("tomorrow") << "110105202611300010" << false << IdProblem::FutureBirthDate
                                  << "20261130";
        QTest::newRow("before 1900") << "110105189912310012" << false << IdProblem::BirthBefore1900
                                     << "18991231";
        QTest::newRow("no province 19")
            << "190105194912310021" << false << IdProblem::BadProvinceCode << "19";
        QTest::newRow("leading 9 is a foreigner's ID: province 90")
            << "990105194912310021" << false << IdProblem::BadProvinceCode << "“90”";
        QTest::newRow("no province 00")
            << "000105194912310021" << false << IdProblem::BadProvinceCode << "00";
        QTest::newRow("HK permit with a district code")
            << "810101198506150012" << false << IdProblem::BadPermitAddressCode << "810101";
        QTest::newRow("foreigner with no such province")
            << "999440198001010011" << false << IdProblem::BadProvinceCode << "99";
        QTest::newRow("last character a letter")
            << "11010519491231002A" << false << IdProblem::BadLastCharacter << "A";
        QTest::newRow("17 digits") << "11010519491231002" << false << IdProblem::BadLength << "17";
        QTest::newRow("17 digits, flag set does not rescue it")
            << "11010519491231002" << true << IdProblem::BadLength << "17";
        QTest::newRow("19 digits") << "110105194912310021X" << false << IdProblem::BadLength << "19";
        QTest::newRow("16 digits") << "1101051949123100" << false << IdProblem::BadLength << "16";
        QTest::newRow("15 digits ending in X")
            << "11010549123100X" << false << IdProblem::BadLastCharacter << "X";
        QTest::newRow("15 digits, no such date")
            << "110105490230002" << false << IdProblem::NoSuchDate << "19490230";
        QTest::newRow("15 digits, no province")
            << "990105491231002" << false << IdProblem::BadProvinceCode << "99";
        QTest::newRow("old foreigner, no province")
            << "USA998801010112" << false << IdProblem::BadProvinceCode << "99";
        QTest::newRow("old foreigner, month 13")
            << "USA318813010120" << false << IdProblem::NoSuchDate << "881301";
        QTest::newRow("punctuation") << "110105-19491231-002X" << false << IdProblem::BadCharacter
                                     << "position 7";
        QTest::newRow("Chinese characters")
            << QStringLiteral("身份证号码") << false << IdProblem::BadCharacter << "position 1";
        QTest::newRow("control byte from a scanner")
            << QStringLiteral("1101\x01") << false << IdProblem::BadCharacter << "position 5";
        QTest::newRow("passport without the flag")
            << "E12345678" << false << IdProblem::NotRecognised << "national unified rules";
        QTest::newRow("national rule too short") << "AB123" << true << IdProblem::BadNationalRuleShape << "5";
        QTest::newRow("national rule too long")
            << "ABCDEFGHIJ1234567890K" << true << IdProblem::BadNationalRuleShape << "21";
        QTest::newRow("national rule with punctuation")
            << "E1234-5678" << true << IdProblem::BadNationalRuleShape << "10";
        QTest::newRow("a very long scanner string")
            << QString(5000, u'7') << false << IdProblem::NotRecognised << "national unified rules";
    }

    void invalidNumbers()
    {
        QFETCH(QString, input);
        QFETCH(bool, noResidentId);
        QFETCH(IdProblem, problem);
        QFETCH(QString, reasonContains);
        const IdCheck check = checkSocialSecurityNumber(input, options(noResidentId));
        QVERIFY(!check.valid);
        QCOMPARE(check.problem, problem);
        QVERIFY(!check.reason().isEmpty());
        QVERIFY2(check.reason().contains(reasonContains), qPrintable(check.reason()));
        QVERIFY(check.normalized.isEmpty());
        QCOMPARE(check.sex, Sex::Unknown);
        QVERIFY(!check.birthDate.isValid());
    }

    void nationalRuleNumbersOnlyWithTheFlag_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("passport-based") << "E12345678";
        QTest::newRow("HK travel permit based") << "H0123456701";
        QTest::newRow("lower case") << "h0123456701";
    }

    void nationalRuleNumbersOnlyWithTheFlag()
    {
        QFETCH(QString, input);
        const IdCheck refused = checkSocialSecurityNumber(input, options(false));
        QVERIFY(!refused.valid);
        QCOMPARE(refused.problem, IdProblem::NotRecognised);

        const IdCheck accepted = checkSocialSecurityNumber(input, options(true));
        QVERIFY2(accepted.valid, qPrintable(accepted.reason()));
        QCOMPARE(accepted.kind, IdKind::NationalRule);
        QVERIFY(accepted.formatOnly);
        QCOMPARE(accepted.normalized, input.toUpper());
        QCOMPARE(accepted.sex, Sex::Unknown);
    }

    void everyFirstGenerationUpgradeIsItselfValid()
    {
        // Property: for many 15-digit IDs, the upgraded number passes the 18-character check with the same
        // data.
        int checked = 0;
        for (int day = 1; day <= 28; day += 3) {
            for (int sequence = 1; sequence < 1000; sequence += 97) {
                const QString fifteen = QStringLiteral("3201066203%1%2")
                                            .arg(day, 2, 10, QChar(u'0'))
                                            .arg(sequence, 3, 10, QChar(u'0'));
                const IdCheck old = checkSocialSecurityNumber(fifteen, options());
                QVERIFY2(old.valid, qPrintable(fifteen + u' ' + old.reason()));
                const IdCheck upgraded = checkSocialSecurityNumber(old.normalized, options());
                QVERIFY(upgraded.valid);
                QCOMPARE(upgraded.kind, IdKind::ResidentId);
                QCOMPARE(upgraded.birthDate, old.birthDate);
                QCOMPARE(upgraded.sex, old.sex);
                ++checked;
            }
        }
        QCOMPARE(checked, 10 * 11);
    }

    void everySingleDigitTypoIsCaught()
    {
        // MOD 11-2 catches every single-digit substitution: change each of the 17 digits of a valid number.
        const QString valid = QStringLiteral("440306199003071232");
        for (qsizetype i = 0; i < 17; ++i) {
            for (char16_t d = u'0'; d <= u'9'; ++d) {
                if (valid[i] == QChar(d))
                    continue;
                QString typo = valid;
                typo[i] = QChar(d);
                QVERIFY2(!checkSocialSecurityNumber(typo, options()).valid, qPrintable(typo));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSocialSecurityNumber)
#include "tst_socialsecuritynumber.moc"
