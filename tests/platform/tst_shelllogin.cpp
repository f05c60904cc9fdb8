// The shell against the real platform: a code shown to the (virtual) pedestal logs the person in, refusals
// explain themselves, a second person is asked about, and idle timeout leaves nothing of the person behind.

#include "shelltest.h"

#include <QToolButton>

#include "allmodules.h"
#include "cardlogin.h"
#include "ecard/ecardcode.h"
#include "ecard/ed25519.h"
#include "headerbar.h"
#include "homescreen.h"
#include "i18n/translator.h"
#include "idlewatcher.h"
#include "mainwindow.h"
#include "messagescreen.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/pinpadscreen.h"
#include "moduleapi/servicemodule.h"
#include "mycard/mycardscreen.h"
#include "outlets/outletsscreen.h"
#include "pension/certificationscreen.h"
#include "pension/faceconsentscreen.h"
#include "pension/pensionservice.h"
#include "platform/platformclient.h"
#include "session/loginflow.h"
#include "session/secondcode.h"
#include "sessionnotices.h"
#include "startscreen.h"
#include "theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ssc;

class TestShellLogin : public ShellTest {
    Q_OBJECT

private slots:
    void initTestCase() { startShell(); }
    void init() { resetShell(); }

    void aCodeLogsThePersonIn()
    {
        loginAs(QStringLiteral("zhang-wei"));
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->homeScreen()));
        QCOMPARE(window->homeScreen()->greeting(), QStringLiteral("您好，张*"));
        QCOMPARE(window->height(), 800); // every service tile, and the window still fits the kiosk screen
        // Masked by default: the whole name and numbers appear nowhere on screen, and the terminal was never
        // sent them (the session holds what the platform sent: masked values and a reference).
        const QStringList onFile = platform.wholeValuesOnFile(QStringLiteral("zhang-wei"));
        QVERIFY(onFile.contains(u"张伟") && onFile.size() >= 4); // name, number, phone, card number…
        const Person& person = flow->session()->person;
        const QString held =
            QStringList{person.name, person.maskedSsn, person.maskedPhone,
                        flow->session()->card.maskedCardNumber, flow->session()->card.maskedBankAccount}
                .join(u'|');
        for (const QString& whole : onFile) {
            QVERIFY2(!allText().contains(whole), qPrintable(whole));
            QVERIFY2(!held.contains(whole), qPrintable(whole));
        }
        QVERIFY(!person.reference.isEmpty());
        // The tiles' words wrapped for the columns as they are on screen, not for the width the page had
        // before it was first shown (every Chinese title fits a tile's line: "社保权益记录单", not
        // "社保权益记 / 录单").
        for (const QToolButton* tile :
             window->homeScreen()->findChildren<QToolButton*>(QStringLiteral("serviceTile")))
            QCOMPARE(tile->text().section(u'\n', 0, 0), tile->property("tileTitle").toString());
        save(QStringLiteral("home-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(window->homeScreen()->greeting().startsWith(u"Hello"));
        // The card's region in English too (migration 21), nothing of it in Chinese.
        QVERIFY2(allText().contains(u"Card issued in Beijing"), qPrintable(allText()));
        QVERIFY(!allText().contains(u"北京"));
        save(QStringLiteral("home-en.png"));
    }

    void homeIsInTheHeaderWhereverAScreenMayBeLeft()
    {
        HeaderBar* header = window->headerBar();
        QVERIFY(!header->homeOffered()); // the start screen is where one begins
        loginAs(QStringLiteral("li-na"));
        QVERIFY(!header->homeOffered()); // on the home screen itself
        window->openService(QStringLiteral("my-card"));
        auto* screen = qobject_cast<MyCardScreen*>(window->currentScreen());
        QVERIFY(screen);
        QVERIFY(header->homeOffered());
        QCOMPARE(header->homeButton()->text(), QStringLiteral("首页"));
        // Home follows the screen's Back: hidden while the screen hides its Back (as it does while a card is
        // written or a payment waits), offered again with it.
        auto* back = screen->findChild<QPushButton*>(QStringLiteral("backButton"));
        back->hide();
        QTRY_VERIFY(!header->homeOffered());
        back->show();
        QTRY_VERIFY(header->homeOffered());
        QTest::mouseClick(header->homeButton(), Qt::LeftButton);
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->homeScreen()));
        QVERIFY(!header->homeOffered());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(window->findChildren<MyCardScreen*>().isEmpty()); // closed, not hidden behind home
        QVERIFY(flow->session());                                 // Home is not logout
        flow->logout();
        // A visitor's public service leads home too: to the visitor's services.
        window->enterVisitorMode();
        window->openService(QStringLiteral("outlets"));
        QTRY_VERIFY(header->homeOffered());
        QVERIFY(useLanguage(englishLanguage));
        QTRY_COMPARE(header->homeButton()->text(), QStringLiteral("Home"));
        QTest::mouseClick(header->homeButton(), Qt::LeftButton);
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->homeScreen()));
        QVERIFY(useLanguage(chineseLanguage));
        window->leaveVisitorMode();
    }

    void myCardIsMaskedUntilTheEyeIsPressed()
    {
        loginAs(QStringLiteral("li-na"));
        window->openService(QStringLiteral("my-card"));
        auto* screen = qobject_cast<MyCardScreen*>(window->currentScreen());
        QVERIFY(screen);
        const Person& person = flow->session()->person;
        QCOMPARE(person.cards.size(), 2);
        // The whole card number is the platform's: on screen only after the audited reveal.
        const QString cardNumber = platform.demoPerson(QStringLiteral("li-na"))[u"cardNumber"].toString();
        QVERIFY(!cardNumber.isEmpty() && person.cards[0].maskedCardNumber != cardNumber);
        QVERIFY(!allText().contains(cardNumber));
        QVERIFY(allText().contains(person.cards[0].maskedCardNumber));
        QVERIFY(allText().contains(u"深圳市") && allText().contains(u"上海市"));
        QVERIFY(allText().contains(u"掌上12333")); // where the e-card was claimed
        save(QStringLiteral("mycard-masked-zh_CN.png"));
        QTest::mouseClick(screen->findChild<QPushButton*>(QStringLiteral("eyeButton")), Qt::LeftButton);
        QTRY_VERIFY(screen->revealed());
        QVERIFY(allText().contains(cardNumber));
        QSqlQuery audited(platform.database()); // the kiosk's reveal is in the person's access log
        QVERIFY(audited.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                            "'own_numbers_revealed' AND person_id IS NOT NULL")) &&
                audited.next());
        QCOMPARE(audited.value(0).toInt(), 1);
        save(QStringLiteral("mycard-revealed-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(allText().contains(u"Social security card"));
        QVERIFY(allText().contains(u"Shenzhen") && allText().contains(u"Shanghai"));
        QVERIFY(!allText().contains(u"深圳") && !allText().contains(u"上海"));
        save(QStringLiteral("mycard-revealed-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
        QTest::mouseClick(screen->findChild<QPushButton*>(QStringLiteral("eyeButton")), Qt::LeftButton);
        QVERIFY(!allText().contains(cardNumber));
        QTest::mouseClick(screen->findChild<QPushButton*>(QStringLiteral("backButton")), Qt::LeftButton);
        QTRY_COMPARE(window->currentScreen(), static_cast<QWidget*>(window->homeScreen()));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<int>("issuedSecondsAgo");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("adviceContains");
        QTest::addColumn<bool>("tryAgain"); // another try can mend it: the way back is "Try again"
        QTest::newRow("lost card") << "wang-qiang-lost" << 0 << "card_lost"
                                   << "插卡并输入密码即可解除挂失" << false;
        QTest::newRow("cancelled card") << "zhao-min-cancelled" << 0 << "card_cancelled"
                                        << "重新申领" << false;
        QTest::newRow("sealed card") << "sun-li-sealed" << 0 << "card_sealed"
                                     << "领取社保卡" << false;
        QTest::newRow("expired code") << "zhang-wei" << 70 << "code_expired"
                                      << "刷新" << true;
    }

    void refusals()
    {
        QFETCH(QString, person);
        QFETCH(int, issuedSecondsAgo);
        QFETCH(QString, code);
        QFETCH(QString, adviceContains);
        QFETCH(bool, tryAgain);
        pedestal.present(platform.mint(person, issuedSecondsAgo));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::Refused, 10000);
        QCOMPARE(flow->refusal()->code, code);
        MessageScreen* message = window->messageScreen();
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(message));
        QCOMPARE(message->tone(), design::Tone::Error); // refused: the error's icon, not the info's
        QVERIFY2(message->advice().contains(adviceContains), qPrintable(message->advice()));
        if (code == u"card_lost")
            save(QStringLiteral("refusal-lost-zh_CN.png"));
        // Never only "OK": what can mend it, with its button.
        QPushButton* dismiss = message->dismissButton();
        QCOMPARE(dismiss->text(), tryAgain ? QStringLiteral("再试一次") : QStringLiteral("好的，返回首页"));
        QCOMPARE(message->actionButton()->isVisible(), !tryAgain);
        if (!tryAgain) {
            // Only people can mend it: where to find them, open to anyone, the person not logged in.
            QCOMPARE(message->actionButton()->text(), QStringLiteral("查找服务网点"));
            QVERIFY(message->actionButton()->property("primary").toBool());
            QTest::mouseClick(message->actionButton(), Qt::LeftButton);
            QTRY_VERIFY(qobject_cast<OutletsScreen*>(window->currentScreen()));
            QVERIFY(window->inVisitorMode());
            QCOMPARE(flow->state(), LoginFlow::State::Idle);
            QTest::mouseClick(window->currentScreen()->findChild<QPushButton*>(QStringLiteral("backButton")),
                              Qt::LeftButton);
            QTRY_COMPARE(window->currentScreen(), static_cast<QWidget*>(window->homeScreen()));
            QTest::mouseClick(window->homeScreen()->findChild<QPushButton*>(QStringLiteral("logoutButton")),
                              Qt::LeftButton);
        } else {
            QVERIFY(dismiss->property("primary").toBool());
            QTest::mouseClick(dismiss, Qt::LeftButton);
        }
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->startScreen()));
    }

    void aUsedCodeAsksForAFreshOne()
    {
        const QString code = platform.mint(QStringLiteral("zhang-wei"));
        pedestal.present(code);
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::LoggedIn, 10000);
        flow->logout();
        pedestal.present(code);
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::Refused, 10000);
        QCOMPARE(flow->refusal()->code, QStringLiteral("code_already_used"));
        QVERIFY(window->messageScreen()->advice().contains(u"刷新"));
        QVERIFY(useLanguage(englishLanguage)); // the refusal re-renders in the new language
        QTRY_VERIFY(window->messageScreen()->advice().contains(u"refresh the code"));
        save(QStringLiteral("refusal-used-en.png"));
    }

    void garbageNeverReachesThePlatform()
    {
        pedestal.present(QStringLiteral("https://example.com/not-an-ecard"));
        QCOMPARE(flow->state(), LoginFlow::State::Refused); // decided offline, at once
        QCOMPARE(flow->refusal()->code, QStringLiteral("malformed_code"));
        QVERIFY(window->messageScreen()->message().contains(u"不是电子社保卡二维码"));
    }

    SessionNotices* notices() const { return window->sessionNotices(); }

    // A service screen open, as a citizen half way through would have it.
    QWidget* openMyCard()
    {
        window->openService(QStringLiteral("my-card"));
        QWidget* screen = window->currentScreen();
        [&] { QVERIFY(qobject_cast<MyCardScreen*>(screen)); }();
        return screen;
    }

    void aForgedCodeIsRefusedWithoutARoundTrip()
    {
        QTRY_VERIFY(flow->keyRing().size() > 0); // the platform's published keys, fetched when the flow began
        // A well-formed code for a real code id, signed with a key that is not the platform's.
        auto genuine =
            std::get<SignedECardCode>(ECardCodeText::parse(platform.mint(QStringLiteral("zhang-wei"))));
        const SignedECardCode forged{genuine.code,
                                     Ed25519PrivateKey::generate().sign(genuine.code.signedMessage())};
        pedestal.present(forged.text());
        QCOMPARE(flow->state(), LoginFlow::State::Refused); // decided here and now: no answer was waited for
        QCOMPARE(flow->refusal()->code, QStringLiteral("forged_code"));
        QVERIFY(window->messageScreen()->message().contains(u"不是真实的电子社保卡"));
        flow->dismissRefusal();
        // The genuine code still logs in: the platform decides it.
        pedestal.present(genuine.text());
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::LoggedIn, 10000);
        flow->logout();
    }

    void aSecondPersonIsAskedAboutOverTheOpenScreen()
    {
        loginAs(QStringLiteral("zhang-wei"));
        QWidget* service = openMyCard();
        const QString token = flow->session()->token;
        pedestal.present(platform.mint(QStringLiteral("chen-unemployed")));
        auto* yes = notices()->switchBanner()->findChild<QPushButton*>(QStringLiteral("switchYes"));
        QTRY_VERIFY_WITH_TIMEOUT(yes->isVisible(), 10000);
        // Staying is the primary answer; switching (logging this person out) the secondary one.
        QVERIFY(!yes->property("primary").toBool());
        QVERIFY(notices()
                    ->switchBanner()
                    ->findChild<QPushButton*>(QStringLiteral("switchNo"))
                    ->property("primary")
                    .toBool());
        // Asked, not done: the same person, the same screen, both names masked.
        QCOMPARE(flow->session()->token, token);
        QCOMPARE(window->currentScreen(), service);
        QCOMPARE(notices()->switchBanner()->tone(), design::Tone::Warning);
        QVERIFY(notices()->switchBanner()->detail().contains(u"张*"));
        QVERIFY(notices()->switchBanner()->detail().contains(u"陈*"));
        QVERIFY(!allText().contains(u"陈杰"));
        save(QStringLiteral("switch-person-zh_CN.png"));
        QTest::mouseClick(yes, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow->session() ? flow->session()->person.name : QString(),
                                  QStringLiteral("陈*"), 10000); // the terminal holds names masked
        QCOMPARE(flow->state(), LoginFlow::State::LoggedIn);
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->homeScreen()));
        QVERIFY(!yes->isVisible());
        QCOMPARE(window->homeScreen()->greeting(), QStringLiteral("您好，陈*"));
    }

    void stayingKeepsThePersonAndTheScreen()
    {
        loginAs(QStringLiteral("zhang-wei"));
        QWidget* service = openMyCard();
        const QString token = flow->session()->token;
        pedestal.present(platform.mint(QStringLiteral("chen-unemployed")));
        auto* no = notices()->switchBanner()->findChild<QPushButton*>(QStringLiteral("switchNo"));
        QTRY_VERIFY_WITH_TIMEOUT(no->isVisible(), 10000);
        QTest::mouseClick(no, Qt::LeftButton);
        QVERIFY(!no->isVisible());
        QVERIFY(!window->secondCodeCheck()->switchPending());
        QCOMPARE(flow->session()->token, token);
        QCOMPARE(window->currentScreen(), service);
    }

    void aStrayCodeLeavesTheScreenAsItWas()
    {
        loginAs(QStringLiteral("zhang-wei"));
        QWidget* service = openMyCard();
        const QString token = flow->session()->token;
        pedestal.present(QStringLiteral("https://example.com/a-poster-in-the-hall"));
        QCOMPARE(window->currentScreen(), service); // decided offline, at once
        QCOMPARE(flow->session()->token, token);
        QVERIFY(!notices()->askingSwitch());
        QVERIFY(notices()->toldBanner()->isVisible());
        QCOMPARE(notices()->toldBanner()->tone(), design::Tone::Info);
        QVERIFY(!notices()->toldBanner()->headline().isEmpty());
        save(QStringLiteral("stray-code-zh_CN.png"));
    }

    void theSamePersonsOwnCodeChangesNothing()
    {
        loginAs(QStringLiteral("zhang-wei"));
        QWidget* service = openMyCard();
        const QString token = flow->session()->token;
        QSignalSpy checked(window->secondCodeCheck(), &SecondCodeCheck::checked);
        pedestal.present(platform.mint(QStringLiteral("zhang-wei")));
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
        QCOMPARE(checked.first().first().value<SecondCodeCheck::Outcome>(),
                 SecondCodeCheck::Outcome::SamePerson);
        QCOMPARE(window->currentScreen(), service);
        QCOMPARE(flow->session()->token, token);
        QVERIFY(!notices()->askingSwitch());
        QVERIFY(notices()->toldBanner()->isVisible());
    }

    void aRefusedCodeChangesNothing()
    {
        loginAs(QStringLiteral("zhang-wei"));
        QWidget* service = openMyCard();
        const QString token = flow->session()->token;
        QSignalSpy checked(window->secondCodeCheck(), &SecondCodeCheck::checked);
        pedestal.present(platform.mint(QStringLiteral("chen-unemployed"), 120)); // expired a minute ago
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
        QCOMPARE(checked.first().first().value<SecondCodeCheck::Outcome>(),
                 SecondCodeCheck::Outcome::Refused);
        QCOMPARE(window->currentScreen(), service);
        QCOMPARE(flow->session()->token, token);
        QCOMPARE(notices()->toldBanner()->tone(), design::Tone::Warning);
        QVERIFY(!notices()->toldBanner()->detail().isEmpty());
    }

    void idleTimeoutLeavesNothingBehind()
    {
        loginAs(QStringLiteral("li-na"));
        window->openService(QStringLiteral("my-card"));
        const QString number = flow->session()->person.maskedSsn;
        QVERIFY(window->idleWatcher()->isRunning());
        // The warning shows over the service screen the citizen is on, counting down, with a way to stay.
        NoticeBanner* countdown = notices()->countdownBanner();
        QTRY_VERIFY_WITH_TIMEOUT(countdown->isVisible(), 8000);
        QVERIFY(qobject_cast<MyCardScreen*>(window->currentScreen()));
        QVERIFY(countdown->detail().contains(QString::number(notices()->countdownShown())));
        QVERIFY(countdown->findChild<QPushButton*>(QStringLiteral("stillHere"))->isVisible());
        save(QStringLiteral("idle-countdown-zh_CN.png"));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::Idle, 10000);
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->startScreen()));
        // And afterwards it says what happened.
        QVERIFY(!countdown->isVisible());
        QVERIFY(notices()->toldBanner()->isVisible());
        QVERIFY(notices()->toldBanner()->detail().contains(u"6"));
        save(QStringLiteral("idle-logged-out-zh_CN.png"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!flow->session());
        const QString text = allText();
        QVERIFY(!text.contains(u"李") && !text.contains(number) && !text.contains(number.right(4)));
        QVERIFY(window->findChildren<MyCardScreen*>().isEmpty());
    }

    void theHeaderShowsTheTimeLeftWhileSomeoneIsLoggedIn()
    {
        HeaderBar* header = window->headerBar();
        QCOMPARE(header->timeLeftText(), QString());
        loginAs(QStringLiteral("li-na"));
        // This rig's session lasts 6 seconds: all of it is the last minute, said in words and in amber.
        QCOMPARE(header->timeLeftText(), QStringLiteral("仅剩 0:06"));
        QTRY_COMPARE_WITH_TIMEOUT(header->timeLeftText(), QStringLiteral("仅剩 0:05"), 3000);
        QTest::mouseClick(window->homeScreen(), Qt::LeftButton); // a touch starts the clock again
        QCOMPARE(header->timeLeftText(), QStringLiteral("仅剩 0:06"));
        // In the warning the header and the notice count the same seconds, never two different clocks.
        QTRY_VERIFY_WITH_TIMEOUT(window->sessionNotices()->countdownShown() > 0, 5000);
        QCOMPARE(
            header->timeLeftText(),
            QStringLiteral("仅剩 0:%1").arg(window->sessionNotices()->countdownShown(), 2, 10, QChar(u'0')));
        flow->logout();
        QCOMPARE(header->timeLeftText(), QString());
    }

    void theElderInterfaceReadsTheScreenAloud()
    {
        loginAs(QStringLiteral("elderly-parent"));
        window->toggleElderInterface();
        QPushButton* readAloud = window->headerBar()->readAloudButton();
        QVERIFY(readAloud->isVisible());
        voice.said.clear();
        QTest::mouseClick(readAloud, Qt::LeftButton);
        QCOMPARE(voice.said.size(), 1);
        const QString said = voice.said.first().first;
        QCOMPARE(said, screenText(window->homeScreen()));
        QCOMPARE(voice.said.first().second, chineseLanguage);
        QVERIFY2(said.contains(u"周*"), qPrintable(said)); // the greeting, masked as on screen
        QVERIFY(!said.contains(platform.demoPerson(QStringLiteral("elderly-parent"))[u"name"].toString()));
        window->toggleElderInterface();
        QVERIFY(readAloud->isVisible()); // the standard interface reads aloud too (review A8)
        const int stops = voice.stops;
        flow->logout();
        QVERIFY(voice.stops > stops); // the next citizen hears nothing of this one
    }

    void theNoticeAboutTheFaceIsReadAloudInTheElderInterface()
    {
        loginAs(QStringLiteral("elderly-parent"));
        // Opened as the certification screen opens it when a method is chosen (this kiosk has no camera, so
        // the screen itself offers none).
        const auto openNotice = [this]() -> FaceConsentScreen* {
            window->openService(QStringLiteral("pension-certification"));
            auto* service = qobject_cast<PensionService*>(window->currentScreen());
            auto* status = service ? qobject_cast<CertificationScreen*>(service->top()) : nullptr;
            if (!status)
                return nullptr;
            emit status->certifyByFace(face::CertificationMethod::Actions);
            return qobject_cast<FaceConsentScreen*>(service->top());
        };
        voice.said.clear();
        QVERIFY(openNotice());
        QVERIFY(voice.said.isEmpty()); // the standard interface reads nothing by itself
        window->toggleElderInterface();
        FaceConsentScreen* notice = openNotice();
        QVERIFY(notice);
        QCOMPARE(voice.said.size(), 1);
        QCOMPARE(voice.said.first().first, screenText(notice));
        QVERIFY2(voice.said.first().first.contains(u"180"), qPrintable(voice.said.first().first));
        QCOMPARE(voice.said.first().second, chineseLanguage);
        window->toggleElderInterface();
        flow->logout();
    }

    void stillHereKeepsTheSession()
    {
        loginAs(QStringLiteral("li-na"));
        openMyCard();
        NoticeBanner* countdown = notices()->countdownBanner();
        QTRY_VERIFY_WITH_TIMEOUT(countdown->isVisible(), 8000);
        QTest::mouseClick(countdown->findChild<QPushButton*>(QStringLiteral("stillHere")), Qt::LeftButton);
        QVERIFY(!countdown->isVisible());
        QVERIFY(window->idleWatcher()->secondsLeft() > 3);
        QCOMPARE(flow->state(), LoginFlow::State::LoggedIn);
        QVERIFY(qobject_cast<MyCardScreen*>(window->currentScreen()));
    }

    void theNextCitizenStartsAsTheKioskWasSetUp()
    {
        loginAs(QStringLiteral("zhang-wei"));
        // The first citizen chose English and the elder interface and scrolled the services down.
        QTest::mouseClick(window->headerBar()->findChild<QPushButton*>(QStringLiteral("languageButton")),
                          Qt::LeftButton);
        QTest::mouseClick(window->headerBar()->findChild<QPushButton*>(QStringLiteral("elderButton")),
                          Qt::LeftButton);
        QCOMPARE(currentLanguage(), englishLanguage);
        QCOMPARE(window->theme(), Theme::Elder);
        auto* tiles = window->homeScreen()->findChild<QScrollArea*>();
        QTRY_VERIFY(tiles->verticalScrollBar()->maximum() > 0);
        tiles->verticalScrollBar()->setValue(tiles->verticalScrollBar()->maximum());
        flow->logout();
        QCOMPARE(currentLanguage(), chineseLanguage);
        QCOMPARE(window->theme(), Theme::Standard);
        QCOMPARE(qApp->styleSheet(), themeStyleSheet(Theme::Standard));
        loginAs(QStringLiteral("li-na"));
        QCOMPARE(tiles->verticalScrollBar()->value(), 0);
        QCOMPARE(window->homeScreen()->greeting(), QStringLiteral("您好，李*"));
    }

    void theWindowNeverGrowsPastItsScreen()
    {
        window->fitTo({1280, 800});
        loginAs(QStringLiteral("li-na"));
        QVERIFY(useLanguage(englishLanguage));
        window->toggleElderInterface();
        for (const QString& service :
             {QStringLiteral("records"), QStringLiteral("my-card"), QStringLiteral("unemployment-benefit")}) {
            window->openService(service);
            QApplication::processEvents();
            QVERIFY2(
                window->width() <= 1280 && window->height() <= 800,
                qPrintable(
                    QStringLiteral("%1: %2x%3").arg(service).arg(window->width()).arg(window->height())));
        }
        window->toggleElderInterface();
        window->resize(1280, 800);
    }

    void logoutButton()
    {
        loginAs(QStringLiteral("zhang-wei"));
        QTest::mouseClick(window->homeScreen()->findChild<QPushButton*>(QStringLiteral("logoutButton")),
                          Qt::LeftButton);
        QCOMPARE(flow->state(), LoginFlow::State::Idle);
        QVERIFY(window->homeScreen()->greeting().isEmpty());
    }
};

QTEST_MAIN(TestShellLogin)
#include "tst_shelllogin.moc"
