// The other unemployment benefits and the employment services on the kiosk against the real platform
// (docs/unemployment-benefits.md): the benefit's refusal leads with one tap into the claim that is due (the
// subsidy for a resigned worker, the one-off allowance for a farmer-worker with years); each claim says its
// amount, asks where to pay it (the card's account first), is filed once and ends on a result page with the
// receipt; the temporary allowance is claimed on its own screen; an employment service is asked for with
// one tap. Screenshots in zh and en, standard and elder.
#include "registrationbody.h"
#include "screensession.h"
#include "screenshots.h"

#include "i18n/translator.h"
#include "moduleapi/choicebuttons.h"
#include "moduleapi/formview.h"
#include "moduleapi/noticebanner.h"
#include "theme.h"
#include "unemployment/benefitscreen.h"
#include "unemployment/employmentservicesscreen.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>

using namespace ssc;

class TestOtherBenefitsScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    void registerUnemployed(const QString& person, const QString& reason)
    {
        const auto r =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/applications"),
                                registrationBodyWithReason(reason),
                                platform.citizenHeaders(person, "register-" + person.toLatin1()));
        QCOMPARE(r.status, 201);
    }

    int claimsOf(ScreenSession& kiosk, const QString& kind, const QString& terminal = QStringLiteral("kiosk"))
    {
        int n = 0;
        for (const QJsonValue& a : platform
                                       .asTerminal(terminal, "GET", QStringLiteral("/api/v1/me/applications"),
                                                   {}, {{"X-SSC-Citizen-Session", kiosk.token()}})
                                       .json[QStringLiteral("applications")]
                                       .toArray())
            n += a.toObject()[QStringLiteral("kind")].toString() == kind;
        return n;
    }

    // The form from the account to the result page: the card's account, the phone on file, looking for work
    // where asked, the commitment; filed, a success page with the grouped receipt.
    void fileWithCardAccount(BenefitScreen& screen, const QString& shot)
    {
        FormView* view = screen.formView();
        QVERIFY(view);
        view->enter(QStringLiteral("account"), QStringLiteral("card"));
        QVERIFY(view->next());
        if (screen.form().definition().field(QStringLiteral("seekingWork")))
            view->enter(QStringLiteral("seekingWork"), QStringLiteral("yes"));
        QVERIFY2(view->next(), qPrintable(view->problemText(QStringLiteral("phone"))));
        view->acceptCommitment(true);
        QVERIFY(demoterminal::saveInBothLanguages(screen, shot + QStringLiteral("-review"), [&] {
            return view->reviewText().contains(u"social security card");
        }));
        QVERIFY(useLanguage(chineseLanguage));
        view->acceptCommitment(true);
        screen.submit();
        QTRY_COMPARE_WITH_TIMEOUT(screen.page(), ApplicationScreen::Page::Filed, 15000);
        QCOMPARE(screen.resultPage()->tone(), design::Tone::Success);
        QVERIFY(screen.resultPage()->receiptShown().startsWith(u"R20"));
        QVERIFY(demoterminal::saveInBothLanguages(screen, shot + QStringLiteral("-filed"), [&] {
            return screen.resultPage()->headline().contains(u"submitted");
        }));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
    }

    void init() { QVERIFY(useLanguage(chineseLanguage)); }

    // 李娜 resigned: no 失业保险金; one tap into the subsidy, 6 months at 80 % of the standard.
    void theRefusalLeadsIntoTheSubsidy()
    {
        registerUnemployed(QStringLiteral("li-na"), QStringLiteral("24"));
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<BenefitScreen>(QStringLiteral("li-na"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Refused);
        QCOMPARE(screen->claimOffered(), QStringLiteral("unemployment-subsidy"));
        // Headed by the way on, in its own tone, not as a dead end.
        QCOMPARE(screen->resultPage()->tone(), design::Tone::Info);
        QVERIFY2(screen->resultPage()->headline().contains(u"另一项待遇"),
                 qPrintable(screen->resultPage()->headline()));
        QPushButton* into = screen->resultPage()->nextServiceButton();
        QVERIFY(into->isVisible());
        QVERIFY2(into->text().contains(u"失业补助金"), qPrintable(into->text()));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("other-benefits-voluntary"), [&] {
            return into->text().contains(u"unemployment subsidy");
        }));
        applyTheme(*qApp, Theme::Elder);
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("other-benefits-voluntary-elder"),
                                                  [&] { return into->text().contains(u"subsidy"); }));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(useLanguage(chineseLanguage));
        into->click();
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Form, 15000);
        QCOMPARE(screen->form().definition().kind, QStringLiteral("unemployment-subsidy"));
        QVERIFY2(screen->statusText().contains(u"1,721.60"),
                 qPrintable(screen->statusText())); // 80 % of 2152
        QVERIFY2(screen->statusText().contains(u"10,329.60"), qPrintable(screen->statusText()));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("other-benefits-subsidy-form"),
                                                  [&] { return screen->statusText().contains(u"¥"); }));
        QVERIFY(useLanguage(chineseLanguage));
        fileWithCardAccount(*screen, QStringLiteral("other-benefits-subsidy"));
        QCOMPARE(claimsOf(kiosk, QStringLiteral("unemployment-subsidy")), 1);
        // Back later, through the benefit's tile: the refusal leads to the subsidy's status.
        QVERIFY(useLanguage(chineseLanguage));
        auto again = kiosk.open<BenefitScreen>(QStringLiteral("li-na"));
        again->resultPage()->nextServiceButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(again->page(), ApplicationScreen::Page::Status, 15000);
        QVERIFY2(again->statusText().contains(u"5个工作日"), qPrintable(again->statusText()));
    }

    // 马建军, a farmer-worker whose employer alone paid for 34 months: one tap into the one-off allowance.
    void aFarmerWorkerIsLedIntoTheOneOffAllowance()
    {
        registerUnemployed(QStringLiteral("ma-migrant"), QStringLiteral("21"));
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<BenefitScreen>(QStringLiteral("ma-migrant"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Refused);
        QCOMPARE(screen->claimOffered(), QStringLiteral("migrant-one-off-allowance"));
        QVERIFY(
            demoterminal::saveInBothLanguages(*screen, QStringLiteral("other-benefits-employer-only"), [&] {
                return screen->resultPage()->nextServiceButton()->text().contains(u"one-off");
            }));
        QVERIFY(useLanguage(chineseLanguage));
        screen->resultPage()->nextServiceButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Form, 15000);
        QVERIFY2(screen->statusText().contains(u"4,304.00"), qPrintable(screen->statusText()));
        QVERIFY(!screen->form().definition().field(QStringLiteral("seekingWork"))); // not asked of it
        applyTheme(*qApp, Theme::Elder);
        QVERIFY(demoterminal::saveInBothLanguages(*screen,
                                                  QStringLiteral("other-benefits-one-off-form-elder"),
                                                  [&] { return screen->statusText().contains(u"¥"); }));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(useLanguage(chineseLanguage));
        fileWithCardAccount(*screen, QStringLiteral("other-benefits-one-off"));
        QCOMPARE(claimsOf(kiosk, QStringLiteral("migrant-one-off-allowance")), 1);
    }

    // 高秀英, insured 7 months: the temporary allowance, 3 months at the minimum living standard.
    void theTemporaryAllowanceIsClaimedOnce()
    {
        registerUnemployed(QStringLiteral("gao-newcomer"), QStringLiteral("22"));
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<BenefitScreen>(QStringLiteral("gao-newcomer"));
        QCOMPARE(screen->claimOffered(), QStringLiteral("temporary-living-allowance"));
        screen->resultPage()->nextServiceButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Form, 15000);
        QVERIFY2(screen->statusText().contains(u"3,600.00"), qPrintable(screen->statusText()));
        fileWithCardAccount(*screen, QStringLiteral("other-benefits-temporary"));
        QCOMPARE(claimsOf(kiosk, QStringLiteral("temporary-living-allowance")), 1);
    }

    // After the temporary allowance's test: 高秀英 is registered. One tap asks; the request is listed.
    void anEmploymentServiceIsAskedForWithOneTap()
    {
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<EmploymentServicesScreen>(QStringLiteral("gao-newcomer"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Status);
        QCOMPARE(screen->offers()->keys(),
                 (QStringList{QStringLiteral("policy"), QStringLiteral("jobs-training"),
                              QStringLiteral("business"), QStringLiteral("assistance")}));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("employment-services"), [&] {
            return screen->offers()->labels().join(u' ').contains(u"Starting a business");
        }));
        applyTheme(*qApp, Theme::Elder);
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("employment-services-elder"), [&] {
            return screen->offers()->labels().join(u' ').contains(u"Starting a business");
        }));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(useLanguage(chineseLanguage));
        screen->offers()->click(QStringLiteral("jobs-training"));
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Filed, 15000);
        QCOMPARE(screen->resultPage()->tone(), design::Tone::Success);
        QVERIFY2(screen->resultPage()->nextText().contains(u"联系") ||
                     screen->resultPage()->nextText().contains(u"电话"),
                 qPrintable(screen->resultPage()->nextText()));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("employment-services-asked"), [&] {
            return screen->resultPage()->nextText().contains(u"phone");
        }));
        QVERIFY(useLanguage(chineseLanguage));
        QCOMPARE(claimsOf(kiosk, QStringLiteral("employment-service")), 1);
        // Back later: the tiles, and the request listed under them.
        auto again = kiosk.open<EmploymentServicesScreen>(QStringLiteral("gao-newcomer"));
        QCOMPARE(again->page(), ApplicationScreen::Page::Status);
        QVERIFY2(allLabelText(again.get()).contains(u"求职"), qPrintable(allLabelText(again.get())));
        QVERIFY(demoterminal::saveInBothLanguages(*again, QStringLiteral("employment-services-listed"), [&] {
            return again->statusText().contains(u"listed after");
        }));
    }

    // At a counter the clerk taps the tile; the citizen confirms the review with their own code, then it is
    // filed. 李娜 is registered (the first test).
    void atACounterTheCitizenConfirmsTheRequest()
    {
        ScreenSession counter(platform, TerminalMode::Counter);
        auto screen = counter.open<EmploymentServicesScreen>(QStringLiteral("li-na"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Status);
        // The tiles' intro speaks to the clerk of the applicant, not to the citizen as "您".
        QVERIFY2(screen->statusText().contains(u"李*") && !screen->statusText().contains(u"您"),
                 qPrintable(screen->statusText()));
        screen->offers()->click(QStringLiteral("business"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        QVERIFY(screen->awaitingConfirmation());
        QVERIFY2(screen->formView()->reviewText().contains(u"创业服务"),
                 qPrintable(screen->formView()->reviewText()));
        // The clerk reads this screen: addressed, with the citizen named (masked), not "您".
        const auto intro = screen->findChildren<QLabel*>();
        QVERIFY(std::any_of(intro.begin(), intro.end(), [](QLabel* l) {
            return l->isVisible() && l->text().startsWith(u"请与 李*") && !l->text().contains(u"您");
        }));
        QVERIFY(demoterminal::saveInBothLanguages(
            *screen, QStringLiteral("employment-services-counter-review"),
            [&] { return screen->formView()->reviewText().contains(u"business"); }));
        QVERIFY(useLanguage(chineseLanguage));
        screen->confirmWithCode(platform.mint(QStringLiteral("li-na")));
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Filed, 15000);
        QCOMPARE(claimsOf(counter, QStringLiteral("employment-service"), QStringLiteral("counter")), 1);
    }

    // Not registered: the tiles still explain, and a tap says to register first (nothing filed).
    void notRegisteredIsToldToRegister()
    {
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<EmploymentServicesScreen>(QStringLiteral("hk-resident"));
        screen->offers()->click(QStringLiteral("policy"));
        QTRY_VERIFY_WITH_TIMEOUT(screen->page() != ApplicationScreen::Page::Submitting, 15000);
        // Said as a problem (an error banner above the offers), not in the intro's place.
        QTRY_VERIFY2(screen->problemNotice()->detail().contains(u"失业登记"),
                     qPrintable(screen->problemNotice()->detail()));
        QCOMPARE(screen->problemNotice()->tone(), design::Tone::Error);
        QCOMPARE(claimsOf(kiosk, QStringLiteral("employment-service")), 0);
    }
};

QTEST_MAIN(TestOtherBenefitsScreen)
#include "tst_otherbenefitsscreen.moc"
