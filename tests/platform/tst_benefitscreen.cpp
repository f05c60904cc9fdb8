// The unemployment benefit claim on the kiosk against the real platform: the duration decided by the
// platform said before the form; people who do not qualify told why and what they can claim instead; the
// card's own account offered first; filed once; the review status (5 working days) shown on return.
#include "screensession.h"
#include "screenshots.h"

#include "i18n/translator.h"
#include "moduleapi/formview.h"
#include "moduleapi/resultpage.h"
#include "theme.h"
#include "unemployment/benefitscreen.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>

using namespace ssc;

class TestBenefitScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    // Registers the person as unemployed through the API, with the reason code given.
    void registerUnemployed(const QString& person, const QString& reason)
    {
        const QJsonObject values{
            {QStringLiteral("phone"), QStringLiteral("13812345678")},
            {QStringLiteral("education"), QStringLiteral("senior")},
            {QStringLiteral("health"), QStringLiteral("good")},
            {QStringLiteral("household"), QStringLiteral("local-urban")},
            {QStringLiteral("residence"), QStringLiteral("北京市朝阳区建国路88号")},
            {QStringLiteral("unemployedOn"), QDate::currentDate().addDays(-15).toString(Qt::ISODate)},
            {QStringLiteral("unemploymentProvince"), QStringLiteral("11")},
            {QStringLiteral("unemploymentPlace"), QStringLiteral("110105")}, // 朝阳区
            {QStringLiteral("reason"), reason},
            {QStringLiteral("claimingInsurance"), QStringLiteral("yes")},
            {QStringLiteral("skillLevel"), QStringLiteral("none")},
            {QStringLiteral("jobIntention"), QStringLiteral("employer")}};
        const auto r =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/applications"),
                                {{QStringLiteral("kind"), QStringLiteral("unemployment-registration")},
                                 {QStringLiteral("committed"), true},
                                 {QStringLiteral("values"), values}},
                                platform.citizenHeaders(person, "register-" + person.toLatin1()));
        QCOMPARE(r.status, 201);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
    }

    void init() { QVERIFY(useLanguage(chineseLanguage)); }

    void notRegisteredIsToldBeforeTyping()
    {
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<BenefitScreen>(QStringLiteral("hk-resident"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Refused);
        QVERIFY2(screen->statusText().contains(u"失业登记"), qPrintable(screen->statusText()));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("benefit-not-registered"), [&] {
            return screen->statusText().contains(u"register as unemployed");
        }));
        // Not a dead end: one tap leads into the registration.
        QVERIFY(screen->leadsIntoRegistration());
        QPushButton* next = screen->findChild<ResultPage*>()->nextServiceButton();
        QVERIFY(next->isVisibleTo(screen.get()));
        QVERIFY2(next->text().contains(u"失业登记"), qPrintable(next->text()));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(kiosk.servicesOpened(), QStringList{QStringLiteral("unemployment-registration")});
    }

    void aVoluntaryLeaverIsShownWhatElseToClaim()
    {
        registerUnemployed(QStringLiteral("li-na"), QStringLiteral("24"));
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<BenefitScreen>(QStringLiteral("li-na"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Refused);
        QVERIFY2(screen->statusText().contains(u"失业补助金"), qPrintable(screen->statusText()));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("benefit-voluntary"),
                                                  [&] { return screen->statusText().contains(u"subsidy"); }));
    }

    void aClaimIsFiledOnceToTheCardsAccount()
    {
        registerUnemployed(QStringLiteral("chen-unemployed"), QStringLiteral("21"));
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<BenefitScreen>(QStringLiteral("chen-unemployed"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        QVERIFY2(screen->statusText().contains(u"18"), qPrintable(screen->statusText()));
        FormView* view = screen->formView();
        QVERIFY(!view->next()); // nothing chosen yet
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("benefit-account"), [&] {
            return screen->statusText().contains(u"18 months");
        }));
        // Another account: its number is checked as it is typed.
        view->enter(QStringLiteral("account"), QStringLiteral("other"));
        view->enter(QStringLiteral("bank"), QStringLiteral("icbc"));
        view->enter(QStringLiteral("accountNumber"), QStringLiteral("6217000010001234567"));
        QVERIFY(!view->problemText(QStringLiteral("accountNumber")).isEmpty());
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("benefit-other-account"), [&] {
            return view->problemText(QStringLiteral("accountNumber")).contains(u"digits");
        }));
        // The card's own account after all.
        view->enter(QStringLiteral("account"), QStringLiteral("card"));
        QVERIFY(view->next());
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("benefit-step2"), [&] {
            return view->findChild<QPushButton*>(QStringLiteral("formNext"))->text() == u"Next step";
        }));
        view->enter(QStringLiteral("seekingWork"), QStringLiteral("yes"));
        QVERIFY(view->next());
        QVERIFY2(view->reviewText().contains(u"社保卡"), qPrintable(view->reviewText()));
        view->acceptCommitment(true);
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("benefit-review"), [&] {
            return view->reviewText().contains(u"social security card");
        }));
        view->acceptCommitment(true);
        screen->submit();
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Filed, 15000);
        // A result page, not a grey sentence: success in its own colour, the receipt grouped and large.
        QCOMPARE(screen->resultPage()->tone(), design::Tone::Success);
        QVERIFY(screen->resultPage()->receiptShown().startsWith(u"R20"));
        QVERIFY(screen->resultPage()->receiptShown().count(u' ') >= 3);
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("benefit-filed"), [&] {
            return screen->resultPage()->headline().contains(u"submitted");
        }));
        // Back later: the review status; the back office approves; then the approval.
        auto again = kiosk.open<BenefitScreen>(QStringLiteral("chen-unemployed"));
        QCOMPARE(again->page(), ApplicationScreen::Page::Status);
        QVERIFY(again->statusText().contains(u"5个工作日"));
        // Under review: a page of its own with the receipt in its box and Home, not one grey sentence.
        QCOMPARE(again->resultPage()->tone(), design::Tone::Info);
        QVERIFY(again->resultPage()->isVisible());
        QVERIFY(again->resultPage()->receiptShown().startsWith(u"R20"));
        const auto list =
            platform.asTerminal(QStringLiteral("kiosk"), "GET", QStringLiteral("/api/v1/me/applications"), {},
                                {{"X-SSC-Citizen-Session", kiosk.token()}});
        QString receipt;
        int claims = 0;
        for (const QJsonValue& a : list.json[QStringLiteral("applications")].toArray())
            if (a.toObject()[QStringLiteral("kind")].toString() == u"unemployment-benefit") {
                receipt = a.toObject()[QStringLiteral("receipt")].toString();
                ++claims;
            }
        QCOMPARE(claims, 1);
        QCOMPARE(platform
                     .request("POST", QStringLiteral("/api/v1/demo/applications/%1/review").arg(receipt),
                              R"({"decision":"approve"})", {{"Content-Type", "application/json"}})
                     .status,
                 200);
        auto approved = kiosk.open<BenefitScreen>(QStringLiteral("chen-unemployed"));
        QVERIFY2(approved->resultPage()->headline().contains(u"通过"),
                 qPrintable(approved->resultPage()->headline()));
        QVERIFY(approved->statusText().contains(u"按月发放"));
        QCOMPARE(approved->resultPage()->tone(), design::Tone::Success);
        QCOMPARE(approved->resultPage()->receiptShown(), design::groupForReading(receipt));
        QVERIFY(approved->resultPage()->homeButton()->isVisible());
        QVERIFY(demoterminal::saveInBothLanguages(*approved, QStringLiteral("benefit-approved"), [&] {
            return approved->resultPage()->headline().contains(u"approved");
        }));
    }
};

QTEST_MAIN(TestBenefitScreen)
#include "tst_benefitscreen.moc"
