// The divisions table and its rule, with real GB/T 2260 codes: a district inside and outside its city and
// province, a municipality's districts picked directly, a city without districts, a removed code, and the
// names in both languages (Hanyu Pinyin on English screens).
#include "domain/divisions.h"
#include "forms/formstate.h"
#include "i18n/translator.h"
#include "unemployment/registrationform.h"

#include <QTest>

using namespace ssc;

class TestDivisions : public QObject {
    Q_OBJECT

    static QStringList codes(const QList<Division>& divisions)
    {
        QStringList found;
        for (const Division& d : divisions)
            found.append(d.code);
        return found;
    }

private slots:
    void initTestCase() { QVERIFY(useLanguage(chineseLanguage)); }

    void everyProvinceHasItsCities()
    {
        const Divisions& all = Divisions::instance();
        QVERIFY(all.size() > 3000);
        const QStringList guangdong = codes(all.children(QStringLiteral("44")));
        QCOMPARE(guangdong.size(), 21);                         // 21 prefecture-level cities
        QVERIFY(guangdong.contains(QStringLiteral("440300")));  // 深圳市
        QVERIFY(!guangdong.contains(QStringLiteral("440305"))); // 南山区 is Shenzhen's, not the province's
        QVERIFY(codes(all.children(QStringLiteral("440300"))).contains(QStringLiteral("440305")));
        // 东莞 has no districts: the city is the answer.
        QVERIFY(guangdong.contains(QStringLiteral("441900")));
        QVERIFY(!all.hasChildren(QStringLiteral("441900")));
        // 济源, governed by Henan itself, is listed beside Henan's cities.
        QVERIFY(codes(all.children(QStringLiteral("41"))).contains(QStringLiteral("419001")));
    }

    void aMunicipalityListsItsDistrictsDirectly()
    {
        const QStringList beijing = codes(Divisions::instance().children(QStringLiteral("11")));
        QCOMPARE(beijing.size(), 16);
        QVERIFY(beijing.contains(QStringLiteral("110105"))); // 朝阳区
        QVERIFY(Divisions::isMunicipality(QStringLiteral("50")));
        QVERIFY(!Divisions::isMunicipality(QStringLiteral("44")));
        // Chongqing: its districts and its counties together (38).
        const QStringList chongqing = codes(Divisions::instance().children(QStringLiteral("50")));
        QCOMPARE(chongqing.size(), 38);
        QVERIFY(chongqing.contains(QStringLiteral("500240"))); // 石柱土家族自治县
    }

    void theRule_data()
    {
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("fine");
        QTest::newRow("district in its city") << "440300"
                                              << "440305" << true;
        QTest::newRow("district of another city") << "440100"
                                                  << "440305" << false;
        QTest::newRow("city in its province") << "44"
                                              << "440300" << true;
        QTest::newRow("city of another province") << "45"
                                                  << "440300" << false;
        QTest::newRow("municipality's district") << "11"
                                                 << "110105" << true;
        QTest::newRow("Shanghai's district under Beijing") << "11"
                                                           << "310115" << false;
        QTest::newRow("removed: 崇文区 (merged 2010)") << "11"
                                                       << "110103" << false;
        QTest::newRow("removed: 巢湖市 (dissolved 2011)") << "34"
                                                          << "341400" << false;
        QTest::newRow("a development zone, not a division") << "340300"
                                                            << "340371" << false;
        QTest::newRow("free text") << "11"
                                   << "北京市朝阳区" << false;
        QTest::newRow("empty") << "11"
                               << "" << false;
    }

    void theRule()
    {
        QFETCH(QString, parent);
        QFETCH(QString, code);
        QFETCH(bool, fine);
        const TranslatableText why = checkDivision(parent, code);
        QCOMPARE(why.isEmpty(), fine);
        if (!fine) // said in both languages, and differently for "no such place" and "not in there"
            QVERIFY(!why.in(chineseLanguage).isEmpty() && !why.in(englishLanguage).isEmpty());
    }

    void aRemovedCodeAndAWrongParentAreToldApart()
    {
        const TranslatableText removed = checkDivision(QStringLiteral("11"), QStringLiteral("110103"));
        const TranslatableText elsewhere = checkDivision(QStringLiteral("11"), QStringLiteral("310115"));
        QVERIFY(removed.in(englishLanguage) != elsewhere.in(englishLanguage));
        QVERIFY2(elsewhere.in(englishLanguage).contains(u"not in the province"),
                 qPrintable(elsewhere.in(englishLanguage)));
    }

    void namesInTheReadersLanguage()
    {
        QCOMPARE(Divisions::displayName(QStringLiteral("440305")), QStringLiteral("南山区"));
        QCOMPARE(Divisions::instance().find(QStringLiteral("440305"))->name.in(englishLanguage),
                 QStringLiteral("Nanshan District"));
        QVERIFY(useLanguage(englishLanguage));
        QCOMPARE(Divisions::displayName(QStringLiteral("440300")), QStringLiteral("Shenzhen"));
        QCOMPARE(Divisions::displayName(QStringLiteral("341500")), QStringLiteral("Lu'an"));        // 六安
        QCOMPARE(Divisions::displayName(QStringLiteral("330382")), QStringLiteral("Yueqing City")); // 乐清
        // No Chinese on an English screen where a pinyin name exists: none of the names has any.
        for (const QString& parent : {QStringLiteral("53"), QStringLiteral("532900"), QStringLiteral("65")})
            for (const Division& d : Divisions::instance().children(parent))
                for (const QChar c : d.name.translated())
                    QVERIFY2(c.unicode() < 0x2e80, qPrintable(d.code + u' ' + d.name.translated()));
        // Free text from before the pickers reads as it was typed.
        QCOMPARE(Divisions::displayName(QStringLiteral("北京市朝阳区")), QStringLiteral("北京市朝阳区"));
        QVERIFY(useLanguage(chineseLanguage));
    }

    void theRegistrationAsksCityThenDistrict()
    {
        FormState form(unemploymentRegistrationForm(QDate(2026, 11, 29)));
        const FormField* city = form.definition().field(QStringLiteral("unemploymentCity"));
        const FormField* district = form.definition().field(QStringLiteral("unemploymentPlace"));
        QVERIFY(city && district);
        form.set(QStringLiteral("unemploymentProvince"), QStringLiteral("44"));
        QVERIFY(city->shown(form.values()));
        QVERIFY(!district->shown(form.values())); // nothing to pick before the city
        QCOMPARE(city->choicesGiven(form.values()).size(), 21);
        QVERIFY(form.set(QStringLiteral("unemploymentCity"), QStringLiteral("440300")).isEmpty());
        QVERIFY(district->shown(form.values()));
        QVERIFY(form.set(QStringLiteral("unemploymentPlace"), QStringLiteral("440305")).isEmpty());
        // Another city's district is refused with the reason, not "choose one of the options".
        const TranslatableText wrong =
            form.set(QStringLiteral("unemploymentPlace"), QStringLiteral("440106"));
        QVERIFY(wrong.in(englishLanguage).contains(u"not in the province or city"));
        form.set(QStringLiteral("unemploymentPlace"), QStringLiteral("440305"));
        // Another province: the city and district chosen for the first one go.
        form.set(QStringLiteral("unemploymentProvince"), QStringLiteral("11"));
        QCOMPARE(form.value(QStringLiteral("unemploymentPlace")),
                 QStringLiteral("440305"));                           // kept until told
        form.forgetUnoffered(QStringLiteral("unemploymentProvince")); // as the screen does after a tap
        QVERIFY(form.value(QStringLiteral("unemploymentCity")).isEmpty());
        QVERIFY(form.value(QStringLiteral("unemploymentPlace")).isEmpty());
        QVERIFY(!city->shown(form.values())); // Beijing: its districts directly
        QVERIFY(district->shown(form.values()));
        QVERIFY(form.set(QStringLiteral("unemploymentPlace"), QStringLiteral("110105")).isEmpty());
        // Dongguan has no districts: the city answers, and no district is asked.
        form.set(QStringLiteral("unemploymentProvince"), QStringLiteral("44"));
        form.set(QStringLiteral("unemploymentCity"), QStringLiteral("441900"));
        QVERIFY(!district->shown(form.values()));
    }
};

QTEST_GUILESS_MAIN(TestDivisions)
#include "tst_divisions.moc"
