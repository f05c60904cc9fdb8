// Counter mode against the real platform: the clerk logs in first (nothing is scanned before), the citizen
// stays in a side panel while the clerk works, "end the case" wipes them, the clerk's logout ends everything.
#include "demoterminal.h"
#include "platformfixture.h"
#include "screenshots.h"

#include "applications/applicationsmodule.h"
#include "applications/applicationsscreen.h"
#include "cardlogin.h"
#include "cardreader/cardfiles.h"
#include "citizenpanel.h"
#include "diagnosticsscreen.h"
#include "homescreen.h"
#include "i18n/translator.h"
#include "mainwindow.h"
#include "messagescreen.h"
#include "moduleapi/choicebuttons.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/pinpadscreen.h"
#include "moduleapi/resultscreen.h"
#include "moduleapi/servicemodule.h"
#include "mycard/mycardmodule.h"
#include "mycard/mycardscreen.h"
#include "outlets/outletsmodule.h"
#include "pension/certificationscreen.h"
#include "pension/facecertificationscreen.h"
#include "pension/faceconsentscreen.h"
#include "pension/pensionmodule.h"
#include "pension/pensionservice.h"
#include "pension/stafflookupscreen.h"
#include "platform/platformclient.h"
#include "privacy/masking.h"
#include "registrationfill.h"
#include "session/loginflow.h"
#include "session/stafflogin.h"
#include "simulator/democard.h"
#include "simulator/virtualcardreader.h"
#include "simulator/virtualpedestal.h"
#include "staffloginscreen.h"
#include "startscreen.h"
#include "theme.h"
#include "unemployment/registrationscreen.h"
#include "unemployment/unemploymentmodule.h"
#include "usb/devicecatalog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTest>
#include <QToolButton>

using namespace ssc;

class TestCounterMode : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<LoginFlow> flow;
    std::unique_ptr<StaffLogin> staff;
    ModuleRegistry modules;
    std::unique_ptr<MainWindow> window;
    VirtualPedestal pedestal;
    VirtualCardReader cards;
    DeviceCatalog catalog = DeviceCatalog::standard();

    void save(const QString& name) { demoterminal::saveScreenshot(*window, name); }

    void staffLogin(const QString& password)
    {
        auto* screen = window->staffLoginScreen();
        screen->findChild<QLineEdit*>(QStringLiteral("staffUser"))->setText(QStringLiteral("clerk01"));
        screen->findChild<QLineEdit*>(QStringLiteral("staffPassword"))->setText(password);
        QTest::mouseClick(screen->findChild<QPushButton*>(QStringLiteral("staffSubmit")), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
        client =
            std::make_unique<PlatformClient>(demoterminal::config(platform.port(), TerminalMode::Counter));
        flow = std::make_unique<LoginFlow>(*client);
        staff = std::make_unique<StaffLogin>(*client);
        registerMyCardModule(modules);
        registerOutletsModule(modules);
        registerUnemploymentModule(modules);
        registerApplicationsModule(modules);
        registerPensionModule(modules); // and the clerk's tasks: certify for someone else, reviews
        ShellServices services{flow.get(), &modules, client.get(), staff.get(), 90, 20, nullptr, &catalog};
        window = std::make_unique<MainWindow>(TerminalMode::Counter, true, Theme::Standard, services);
        window->resize(1280, 800);
        window->show();
        connect(&pedestal, &CodeScanner::codeScanned, window.get(), &MainWindow::codeScanned);
        connectCardLogin(cards, *flow, *window);
    }

    SimulatedCard::Personalisation cardOf(const QString& person)
    {
        return demoCardPersonalisation(platform.demoPerson(person));
    }

    // The person logged in by their code, the registration opened and filled by the clerk up to the review,
    // where it waits for the citizen's confirmation; null when any of it did not happen.
    RegistrationScreen* registrationFilledFor(const QString& person)
    {
        pedestal.present(platform.mint(person));
        if (!QTest::qWaitFor([&] { return flow->state() == LoginFlow::State::LoggedIn; }, 10000))
            return nullptr;
        window->openService(QStringLiteral("unemployment-registration"));
        auto* screen = qobject_cast<RegistrationScreen*>(window->currentScreen());
        if (!screen ||
            !QTest::qWaitFor([&] { return screen->page() == ApplicationScreen::Page::Form; }, 10000) ||
            !fillRegistration(*screen->formView()) || !screen->awaitingConfirmation())
            return nullptr;
        return screen;
    }

    void typePin(const QString& pin)
    {
        for (const QChar digit : pin)
            window->pinPadScreen()->tap(digit);
        window->pinPadScreen()->tap(QStringLiteral("confirm"));
    }

    void theClerkLogsInFirst()
    {
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->staffLoginScreen()));
        pedestal.present(platform.mint(QStringLiteral("zhang-wei")));
        QTest::qWait(300);
        QCOMPARE(flow->state(), LoginFlow::State::Idle); // nobody is served before a clerk is there
        staffLogin(QStringLiteral("wrong-password"));
        QTRY_VERIFY_WITH_TIMEOUT(window->staffLoginScreen()->errorText().contains(u"密码错误"), 10000);
        // The platform's count of the tries left before it pauses signing in, under the refusal.
        QCOMPARE(window->staffLoginScreen()->adviceText(),
                 QStringLiteral("再输错 4 次密码将暂停登录一段时间。"));
        save(QStringLiteral("counter-staff-login-zh_CN.png"));
        staffLogin(QStringLiteral("demo-password-2026"));
        QTRY_COMPARE_WITH_TIMEOUT(window->currentScreen(), static_cast<QWidget*>(window->startScreen()),
                                  10000);
        QVERIFY(window->footerText().contains(u"王芳"));
        // Worded for the clerk, who asks the applicant: not "show your e-card" as if to the clerk.
        QCOMPARE(window->startScreen()->promptTitle(), QStringLiteral("请申请人出示电子社保卡或插卡"));
        QVERIFY(window->staffLoginScreen()
                    ->findChild<QLineEdit*>(QStringLiteral("staffPassword"))
                    ->text()
                    .isEmpty());
        // A service opened before anyone is identified: the clerk is told to identify the applicant, not
        // that "you" must log in.
        window->openService(QStringLiteral("my-card"));
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->messageScreen()));
        QCOMPARE(window->messageScreen()->title(), QStringLiteral("请先识别申请人身份"));
        QVERIFY(!window->messageScreen()->message().contains(u"您"));
        QTest::mouseClick(window->messageScreen()->dismissButton(), Qt::LeftButton);
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->startScreen()));
    }

    void diagnosticsAreForStaff()
    {
        auto* button = window->findChild<QPushButton*>(QStringLiteral("diagnosticsButton"));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        auto* diagnostics = qobject_cast<DiagnosticsScreen*>(window->currentScreen());
        QVERIFY(diagnostics);
        QTRY_VERIFY_WITH_TIMEOUT(diagnostics->platformText().contains(u"平台可连接"), 10000);
        QTest::mouseClick(diagnostics->findChild<QPushButton*>(QStringLiteral("backButton")), Qt::LeftButton);
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->startScreen()));
    }

    void theCitizenStaysBesideEveryScreenUntilTheCaseEnds()
    {
        // The start screen speaks to the clerk: the public services need no applicant (not "visitor entry").
        QCOMPARE(window->startScreen()->findChild<QPushButton*>(QStringLiteral("visitorButton"))->text(),
                 QStringLiteral("公共服务：无需申请人"));
        pedestal.present(platform.mint(QStringLiteral("li-na")));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::LoggedIn, 10000);
        QVERIFY(window->citizenPanel()->isVisible());
        QVERIFY(window->citizenPanel()->text().contains(u"李*"));
        const QString wholeSsn = platform.demoPerson(QStringLiteral("li-na"))[u"ssn"].toString();
        QVERIFY(!wholeSsn.isEmpty() && !window->citizenPanel()->text().contains(wholeSsn));
        // The clerk's own tasks sit among the citizen's services at a counter.
        QTRY_VERIFY(window->homeScreen()->isVisible());
        // The clerk reads this screen: it says whose session it is, not "hello" to the clerk, and the session
        // ends in one place, the panel's "End session" (no second "Log out" on the home screen).
        QCOMPARE(window->homeScreen()->greeting(), QStringLiteral("为 李* 办理哪项业务？"));
        // Who they are and their card once, in the panel: not again under the question.
        QVERIFY(flow->session());
        const QString cardNumber = ssc::mask(flow->session()->card.maskedCardNumber, MaskKind::CardNumber);
        QVERIFY2(window->citizenPanel()->text().contains(cardNumber),
                 qPrintable(window->citizenPanel()->text()));
        QVERIFY(!allLabelText(window->homeScreen()).contains(cardNumber));
        QVERIFY(!window->homeScreen()->findChild<QPushButton*>(QStringLiteral("logoutButton"))->isVisible());
        QCOMPARE(window->citizenPanel()->findChild<QPushButton*>(QStringLiteral("endCase"))->text(),
                 QStringLiteral("结束办理"));
        // Nor are the tiles the clerk's own: "社保卡信息", "办件进度", not "我的…".
        QStringList titles;
        for (const QToolButton* tile :
             window->homeScreen()->findChildren<QToolButton*>(QStringLiteral("serviceTile")))
            titles << tile->property("tileTitle").toString();
        QVERIFY2(titles.contains(u"社保卡信息") && titles.contains(u"办件进度"),
                 qPrintable(titles.join(u',')));
        QVERIFY2(!titles.join(u',').contains(u"我的"), qPrintable(titles.join(u',')));
        // The masked number as every page shows it, in one line, in the elder interface's type too.
        QVERIFY(flow->session());
        const QString number = ssc::mask(flow->session()->person.maskedSsn, MaskKind::IdNumber);
        QVERIFY2(window->citizenPanel()->text().contains(number), qPrintable(window->citizenPanel()->text()));
        const auto* details = window->citizenPanel()->findChild<QLabel*>(QStringLiteral("citizenDetails"));
        QVERIFY(details);
        for (const Theme theme : {Theme::Elder, Theme::Standard}) {
            applyTheme(*qApp, theme);
            QTRY_VERIFY2(details->fontMetrics().horizontalAdvance(number) <= details->width(),
                         qPrintable(QStringLiteral("%1 px of number in %2 px")
                                        .arg(details->fontMetrics().horizontalAdvance(number))
                                        .arg(details->width())));
        }
        // Beside the screen in landscape; a strip above it on a portrait screen, in either theme, so the
        // tiles keep the whole width (beside it, the panel's column stood two-thirds empty).
        QVERIFY(window->citizenPanel()->beside());
        window->fitTo(QSize(1080, 1920));
        window->resize(1080, 1920);
        QTRY_VERIFY(!window->citizenPanel()->beside());
        QTRY_VERIFY(window->citizenPanel()->width() > 900);
        window->fitTo(QSize(1280, 800));
        window->resize(1280, 800);
        QTRY_VERIFY(window->citizenPanel()->beside());
        save(QStringLiteral("counter-home-zh_CN.png"));
        auto* tiles = window->homeScreen()->findChild<QScrollArea*>();
        QVERIFY(tiles);
        tiles->verticalScrollBar()->setValue(tiles->verticalScrollBar()->maximum());
        save(QStringLiteral("counter-home-more-zh_CN.png"));
        window->openService(QStringLiteral("my-card"));
        QVERIFY(window->citizenPanel()->isVisible());
        save(QStringLiteral("counter-case-zh_CN.png"));
        QTest::mouseClick(window->citizenPanel()->findChild<QPushButton*>(QStringLiteral("endCase")),
                          Qt::LeftButton);
        QCOMPARE(flow->state(), LoginFlow::State::Idle);
        QVERIFY(!window->citizenPanel()->isVisible());
        QVERIFY(!window->citizenPanel()->text().contains(u"李"));
    }

    void revealingNumbersAtTheCounterIsAudited()
    {
        pedestal.present(platform.mint(QStringLiteral("zhang-wei")));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::LoggedIn, 10000);
        window->openService(QStringLiteral("my-card"));
        QTest::mouseClick(window->currentScreen()->findChild<QPushButton*>(QStringLiteral("eyeButton")),
                          Qt::LeftButton);
        // The clerk says why first: nothing is asked of the platform before.
        auto* reasons = window->currentScreen()->findChild<ChoiceButtons*>();
        QVERIFY(reasons && reasons->isVisible());
        QCOMPARE(reasons->keys(),
                 (QStringList{QStringLiteral("citizen_asked"), QStringLiteral("check_document"),
                              QStringLiteral("correct_record")}));
        save(QStringLiteral("counter-my-card-why-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(reasons->labels().contains(QStringLiteral("Compare with a document")));
        save(QStringLiteral("counter-my-card-why-en.png"));
        // The question and its choices need no more width than the screen had (the counter window's own
        // English header and footer already ask for 1292 px: not this screen's).
        QVERIFY(window->currentScreen()->minimumSizeHint().width() <= 1280 - 320);
        QVERIFY(useLanguage(chineseLanguage));
        reasons->click(QStringLiteral("check_document"));
        // Recorded on the platform with whose numbers they are, which fields and why; the screen shows the
        // platform's answer and says they are shown.
        QSqlQuery q(platform.database());
        QTRY_VERIFY_WITH_TIMEOUT(
            q.exec(QStringLiteral("SELECT a.detail FROM audit_log a JOIN people p ON "
                                  "p.id = a.person_id WHERE a.action = 'numbers_revealed' "
                                  "AND p.demo_key = 'zhang-wei'")) &&
                q.next(),
            10000);
        QVERIFY(q.value(0).toString().contains(u"bankAccount"));
        QVERIFY(q.value(0).toString().contains(u"check_document"));
        q.finish();
        auto* screen = qobject_cast<MyCardScreen*>(window->currentScreen());
        QVERIFY(screen);
        QTRY_VERIFY_WITH_TIMEOUT(screen->revealed(), 10000);
        const QString wholeSsn = platform.demoPerson(QStringLiteral("zhang-wei"))[u"ssn"].toString();
        QVERIFY(!wholeSsn.isEmpty() && flow->session()->person.maskedSsn != wholeSsn); // held masked
        QVERIFY(allLabelText(screen).contains(wholeSsn)); // shown from the reveal's answer
        QVERIFY(allLabelText(screen).contains(u"1分钟"));
        // Titled as the person served's cards, not the clerk's own ("我的社保卡").
        const QString words = allLabelText(screen).remove(QChar(0x2060));
        QVERIFY2(words.contains(u"张*的社保卡") && !words.contains(u"我的社保卡"), qPrintable(words));
        QVERIFY2(!words.contains(u"您的实体社保卡"), qPrintable(words)); // the clerk is not the card holder
        QVERIFY(!reasons->isVisible());
        save(QStringLiteral("counter-my-card-revealed-zh_CN.png"));
        QVERIFY(!screen->findChild<QPushButton*>(QStringLiteral("accessLogButton"))->isVisible());
        flow->logout();
    }

    void theCitizenConfirmsTheClerksFormWithTheirOwnCode()
    {
        RegistrationScreen* screen = nullptr;
        QVERIFY(screen = registrationFilledFor(QStringLiteral("chen-unemployed")));
        save(QStringLiteral("counter-confirm-zh_CN.png"));
        // The clerk checks the answers with the applicant, whose commitment it is: never worded as the
        // clerk's.
        const QString words = allLabelText(screen);
        QVERIFY2(words.contains(u"请与申请人核对以下信息") && words.contains(u"申请人承诺"),
                 qPrintable(words));
        QVERIFY(!words.contains(u"请核对您填写的信息"));
        // Someone else's code at the scanner: said on the form, nobody is switched, nothing filed.
        pedestal.present(platform.mint(QStringLiteral("li-na")));
        QTRY_VERIFY_WITH_TIMEOUT(screen->problemNotice()->detail().contains(u"其他人"), 10000);
        QVERIFY(screen->problemNotice()->isVisible()); // said as a problem above the form
        QCOMPARE(screen->problemNotice()->tone(), design::Tone::Error);
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(screen));
        QVERIFY(flow->session()->person.name.startsWith(u"陈"));
        // The citizen's own code: filed, and the case goes on with them.
        pedestal.present(platform.mint(QStringLiteral("chen-unemployed")));
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Filed, 10000);
        QCOMPARE(flow->state(), LoginFlow::State::LoggedIn);
        save(QStringLiteral("counter-confirmed-zh_CN.png"));
        // The clerk sees the citizen's cases: the registration just filed, waiting for review.
        window->openService(QStringLiteral("my-applications"));
        auto* cases = qobject_cast<ApplicationsScreen*>(window->currentScreen());
        QVERIFY(cases);
        QTRY_COMPARE_WITH_TIMEOUT(cases->shown(), 1, 10000);
        QVERIFY(allLabelText(cases).contains(u"失业登记"));
        QVERIFY(allLabelText(cases).contains(u"等待审核"));
        save(QStringLiteral("counter-cases-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(allLabelText(cases).contains(u"Submitted, waiting for review"));
        save(QStringLiteral("counter-cases-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
        flow->logout();
    }

    void theCitizenMayConfirmWithTheirCardAndItsPin()
    {
        RegistrationScreen* screen = nullptr;
        QVERIFY(screen = registrationFilledFor(QStringLiteral("adult-child")));
        // The card goes in: the PIN pad, not a new login; a wrong PIN is asked again.
        cards.insert(cardOf(QStringLiteral("adult-child")));
        QTRY_COMPARE(window->currentScreen(), static_cast<QWidget*>(window->pinPadScreen()));
        QCOMPARE(flow->state(), LoginFlow::State::LoggedIn);
        typePin(QStringLiteral("111111"));
        QTRY_COMPARE(window->currentScreen(), static_cast<QWidget*>(window->pinPadScreen()));
        typePin(QStringLiteral("123456"));
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Filed, 10000);
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(screen));
        cards.remove();
        QCOMPARE(flow->state(), LoginFlow::State::LoggedIn); // logged in by code: the case goes on
        flow->logout();
    }

    void aClerksUnfinishedFormOutlivesTheCaseUntilTheClerkLeaves()
    {
        pedestal.present(platform.mint(QStringLiteral("hk-resident")));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::LoggedIn, 10000);
        window->openService(QStringLiteral("unemployment-registration"));
        auto* screen = qobject_cast<RegistrationScreen*>(window->currentScreen());
        QVERIFY(screen);
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Form, 10000);
        FormView* view = screen->formView();
        view->enter(QStringLiteral("education"), QStringLiteral("college"));
        view->enter(QStringLiteral("health"), QStringLiteral("good"));
        view->enter(QStringLiteral("household"), QStringLiteral("other-urban"));
        view->enter(QStringLiteral("residence"), QStringLiteral("深圳市福田区"));
        QVERIFY(view->next());
        const QString key = screen->form().idempotencyKey();
        // The citizen steps away; the case ends (as an idle logout would end it).
        flow->logout();
        QTRY_COMPARE(window->drafts().size(), 1);
        // Back with the same citizen: the form as it was left, the same application.
        pedestal.present(platform.mint(QStringLiteral("hk-resident")));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::LoggedIn, 10000);
        window->openService(QStringLiteral("unemployment-registration"));
        screen = qobject_cast<RegistrationScreen*>(window->currentScreen());
        QVERIFY(screen);
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Form, 10000);
        QCOMPARE(screen->form().step(), 1);
        QCOMPARE(screen->form().value(QStringLiteral("residence")), QStringLiteral("深圳市福田区"));
        QCOMPARE(screen->form().idempotencyKey(), key);
        QCOMPARE(window->drafts().size(), 0); // taken back
        flow->logout();
        QTRY_COMPARE(window->drafts().size(), 1); // kept again, for the clerk's logout below to clear
    }

    // 代他人认证: the person the clerk found agrees to the notice about their face with their own code at the
    // scanner (nobody is logged in by it); the clerk's tap alone, or someone else's code, is not their
    // agreement.
    void aPersonTheClerkCertifiesAgreesWithTheirOwnCode()
    {
        flow->logout();
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT name, ssn FROM people WHERE demo_key = 'elderly-parent'")) &&
                q.next());
        const QString name = q.value(0).toString();
        const QString ssn = q.value(1).toString();
        q.finish();
        window->enterVisitorMode(); // the clerk's own tasks, nobody logged in
        window->openService(QStringLiteral("certify-for-someone"));
        auto* service = qobject_cast<PensionService*>(window->currentScreen());
        QVERIFY(service);
        auto* lookup = qobject_cast<StaffLookupScreen*>(service->top());
        QVERIFY(lookup);
        lookup->lookUp(name, ssn);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<CertificationScreen*>(service->top()), 10000);
        emit qobject_cast<CertificationScreen*>(service->top())
            ->certifyByFace(face::CertificationMethod::Actions);
        auto* consent = qobject_cast<FaceConsentScreen*>(service->top());
        QVERIFY(consent);
        QTRY_VERIFY_WITH_TIMEOUT(consent->loaded(), 10000);
        QVERIFY(allLabelText(consent).contains(u"周*明"));
        consent->agree(); // the tap, on the citizen's side of the counter; then their own code
        QVERIFY(consent->awaitingConfirmation());
        pedestal.present(platform.mint(QStringLiteral("adult-child")));
        QTRY_VERIFY_WITH_TIMEOUT(consent->statusText().contains(u"没有记录成功"), 10000);
        QVERIFY(flow->state() != LoginFlow::State::LoggedIn); // nobody was logged in by it
        QCOMPARE(service->top(), static_cast<QWidget*>(consent));
        pedestal.present(platform.mint(QStringLiteral("elderly-parent")));
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<FaceCertificationScreen*>(service->top()), 10000);
        QVERIFY(flow->state() != LoginFlow::State::LoggedIn);
        QVERIFY(q.exec(QStringLiteral("SELECT asked_by, method FROM face_consents ORDER BY id DESC")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("staff:clerk01"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("ecard"));
        q.finish();
        window->leaveVisitorMode();
    }

    void theClerksLogoutEndsEverything()
    {
        pedestal.present(platform.mint(QStringLiteral("chen-unemployed")));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::LoggedIn, 10000);
        window->openService(QStringLiteral("unemployment-registration")); // an open form, left unfinished
        QVERIFY(window->drafts().size() > 0);
        staff->logout();
        QCOMPARE(flow->state(), LoginFlow::State::Idle);
        QCOMPARE(window->drafts().size(), 0); // the clerk's drafts go with the clerk
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->staffLoginScreen()));
        QVERIFY(!window->citizenPanel()->isVisible());
        QVERIFY(!window->findChild<QPushButton*>(QStringLiteral("diagnosticsButton"))->isVisible());
    }
};

QTEST_MAIN(TestCounterMode)
#include "tst_countermode.moc"
