// Face instead of a forgotten PIN at the kiosk, end to end (docs/card-services.md): the real platform, the
// kiosk window, an emulated CCID reader read by the real libusb driver, and a camera showing a real photo's
// person doing what the platform's challenge asks. The card in the reader names whom the face is compared
// with ("忘记密码？刷脸验证" on the PIN pad); without card or phone the ID number and name do
// ("没带卡和手机？刷脸登录" on the start screen). The notice first, then the face; the platform decides, and
// the session it opens is a face session, which ends when the card leaves the reader.
#include "challengecamera.h"
#include "kioskrig.h"

#include "homescreen.h"
#include "i18n/translator.h"
#include "mainwindow.h"
#include "moduleapi/formview.h"
#include "moduleapi/pinpadscreen.h"
#include "pension/faceconsentscreen.h"
#include "pension/faceloginclaimpage.h"
#include "pension/faceloginscreen.h"
#include "screenshots.h"
#include "session/loginflow.h"
#include "startscreen.h"
#include "theme.h"

#include <QApplication>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace ssc;

class TestFaceLogin : public QObject {
    Q_OBJECT
    KioskRig rig;
    // The face screen the camera films for; set once the notice is agreed.
    std::shared_ptr<FaceCertificationScreen*> faceScreen =
        std::make_shared<FaceCertificationScreen*>(nullptr);

    bool waitFor(LoginFlow::State state, int ms = 8000)
    {
        return QTest::qWaitFor([&] { return rig.flow().state() == state; }, ms);
    }

    FaceLoginScreen* faceLogin() { return rig.window().findChild<FaceLoginScreen*>(); }

    // The kiosk's camera: nothing until a face screen has its challenge, then the person doing it. A new
    // camera for each login, as a new person steps up.
    void newCamera()
    {
        *faceScreen = nullptr;
        rig.window().setCameraPhoto(challengecamera::doingTheChallenge(faceScreen));
    }

    // The notice agreed with a tap, the face done in front of the camera.
    bool agreeAndShowTheFace()
    {
        FaceLoginScreen* login = faceLogin();
        if (!login || login->currentPage() != login->consentScreen())
            return false;
        login->consentScreen()->agree();
        *faceScreen = login->faceScreen();
        return *faceScreen != nullptr;
    }

    int faceLoginsOnFile(const QString& outcome)
    {
        QSqlQuery q(rig.platform().database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM face_logins WHERE outcome = ?"));
        q.addBindValue(outcome);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(useLanguage(chineseLanguage)); // the kiosk's own language, which each new citizen starts in
        QVERIFY2(rig.start(), qPrintable(rig.error()));
        applyTheme(*qApp, Theme::Standard);
    }

    void cleanup() { QVERIFY(rig.removeCardAndSettle()); }

    void aForgottenPinIsReplacedByTheFace()
    {
        newCamera();
        QVERIFY(rig.window()
                    .startScreen()
                    ->findChild<QPushButton*>(QStringLiteral("faceLoginButton"))
                    ->isVisibleTo(rig.window().startScreen()));
        rig.cardReader().insert(rig.cardOf(QStringLiteral("elderly-parent")));
        QVERIFY(waitFor(LoginFlow::State::AwaitingPin));
        PinPadScreen* pad = rig.window().pinPadScreen();
        QVERIFY(pad->faceInsteadOffered());
        QVERIFY(demoterminal::saveInBothLanguages(rig.window(), QStringLiteral("face-login-pin-pad"), [&] {
            return pad->findChild<QPushButton*>(QStringLiteral("faceInstead"))->text().contains(u"face");
        }));
        pad->tap(QStringLiteral("1")); // a digit begun, then given up: it goes with the PIN pad
        emit pad->faceInsteadRequested();
        QTRY_VERIFY(faceLogin());
        QCOMPARE(rig.window().currentScreen(), static_cast<QWidget*>(faceLogin()));
        QVERIFY(faceLogin()->consentScreen()->noticeText().contains(u"不保存") ||
                faceLogin()->consentScreen()->noticeText().contains(u"不会保存"));
        QVERIFY(demoterminal::saveInBothLanguages(rig.window(), QStringLiteral("face-login-notice"), [&] {
            return faceLogin()->consentScreen()->noticeText().contains(u"sign you in");
        }));
        applyTheme(*qApp, Theme::Elder);
        QVERIFY(
            demoterminal::saveInBothLanguages(rig.window(), QStringLiteral("face-login-notice-elder"), [&] {
                return faceLogin()->consentScreen()->noticeText().contains(u"sign you in");
            }));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(agreeAndShowTheFace());
        // Mid-action, the login's own words ("刷脸登录：…", never "认证"), standard and elder.
        QTRY_VERIFY_WITH_TIMEOUT((*faceScreen)->challenge().has_value(), 20000);
        QTest::qWait(1500);
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("face-login-action-zh_CN.png"));
        applyTheme(*qApp, Theme::Elder);
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("face-login-action-elder-zh_CN.png"));
        applyTheme(*qApp, Theme::Standard);
        // The platform's challenge, the actions done, the recording analysed there: a face session.
        QVERIFY(waitFor(LoginFlow::State::LoggedIn, 120000));
        QCOMPARE(rig.flow().session()->method, QStringLiteral("face"));
        QCOMPARE(faceLoginsOnFile(QStringLiteral("logged_in")), 1);
        QTRY_COMPARE(rig.window().currentScreen(), static_cast<QWidget*>(rig.window().homeScreen()));
        QVERIFY(!faceLogin()); // the face screen and its camera are gone
        // The card leaves with its holder: the face session ends with it.
        rig.cardReader().remove();
        QVERIFY(waitFor(LoginFlow::State::Idle));
    }

    void takingTheCardOutEndsTheFaceLoginHalfWay()
    {
        newCamera();
        rig.cardReader().insert(rig.cardOf(QStringLiteral("elderly-parent")));
        QVERIFY(waitFor(LoginFlow::State::AwaitingPin));
        emit rig.window().pinPadScreen()->faceInsteadRequested();
        QTRY_VERIFY(faceLogin());
        rig.cardReader().remove();
        QVERIFY(waitFor(LoginFlow::State::Idle));
        QTRY_VERIFY(!faceLogin());
        QCOMPARE(rig.window().currentScreen(), static_cast<QWidget*>(rig.window().startScreen()));
    }

    void withoutCardOrPhoneTheIdNumberAndNameAreTheClaim()
    {
        newCamera();
        const EmulatedCard person = rig.cardOf(QStringLiteral("elderly-parent"));
        QPushButton* button =
            rig.window().startScreen()->findChild<QPushButton*>(QStringLiteral("faceLoginButton"));
        for (const Theme theme : {Theme::Standard, Theme::Elder}) {
            applyTheme(*qApp, theme);
            QVERIFY(demoterminal::saveInBothLanguages(rig.window(),
                                                      theme == Theme::Elder
                                                          ? QStringLiteral("face-login-start-elder")
                                                          : QStringLiteral("face-login-start"),
                                                      [&] { return button->text().contains(u"face"); }));
        }
        applyTheme(*qApp, Theme::Standard);
        button->click();
        QTRY_VERIFY(faceLogin() && faceLogin()->claimPage());
        FormView* form = faceLogin()->claimPage()->form();
        // A slip of the finger in the number is said at once and costs no try on the platform.
        form->enter(QStringLiteral("ssn"), person.ssn.left(17) + (person.ssn.endsWith(u'1') ? u'2' : u'1'));
        form->enter(QStringLiteral("name"), person.name);
        QVERIFY(!form->next());
        QVERIFY(form->problemText(QStringLiteral("ssn")).contains(u"身份证"));
        QVERIFY(demoterminal::saveInBothLanguages(rig.window(), QStringLiteral("face-login-claim"), [&] {
            return form->problemText(QStringLiteral("ssn")).contains(u"ID card");
        }));
        applyTheme(*qApp, Theme::Elder);
        QVERIFY(
            demoterminal::saveInBothLanguages(rig.window(), QStringLiteral("face-login-claim-elder"), [&] {
                return form->problemText(QStringLiteral("ssn")).contains(u"ID card");
            }));
        applyTheme(*qApp, Theme::Standard);
        form->enter(QStringLiteral("ssn"), person.ssn);
        QVERIFY(form->next());
        emit form->submitRequested();
        QTRY_COMPARE(faceLogin()->currentPage(), static_cast<QWidget*>(faceLogin()->consentScreen()));
        QVERIFY(agreeAndShowTheFace());
        QVERIFY(waitFor(LoginFlow::State::LoggedIn, 120000));
        QCOMPARE(rig.flow().session()->method, QStringLiteral("face"));
        rig.flow().logout();
        QVERIFY(waitFor(LoginFlow::State::Idle));
    }

    void aNameThatDoesNotMatchStartsNothing()
    {
        newCamera();
        const EmulatedCard person = rig.cardOf(QStringLiteral("elderly-parent"));
        rig.window().startScreen()->findChild<QPushButton*>(QStringLiteral("faceLoginButton"))->click();
        QTRY_VERIFY(faceLogin() && faceLogin()->claimPage());
        FormView* form = faceLogin()->claimPage()->form();
        form->enter(QStringLiteral("ssn"), person.ssn);
        form->enter(QStringLiteral("name"), QStringLiteral("王小二"));
        QVERIFY(form->next());
        emit form->submitRequested();
        QVERIFY(agreeAndShowTheFace());
        // The platform refuses the claim: no challenge, so the camera never starts, and nobody is signed in.
        QTRY_VERIFY((*faceScreen)->promptText().contains(u"无法开始"));
        QVERIFY(!(*faceScreen)->challenge());
        QCOMPARE(rig.flow().state(), LoginFlow::State::Idle);
        QVERIFY(demoterminal::saveInBothLanguages(rig.window(), QStringLiteral("face-login-refused"), [&] {
            return (*faceScreen)->promptText().contains(u"cannot start");
        }));
        applyTheme(*qApp, Theme::Elder);
        QVERIFY(
            demoterminal::saveInBothLanguages(rig.window(), QStringLiteral("face-login-refused-elder"), [&] {
                return (*faceScreen)->promptText().contains(u"cannot start");
            }));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(
            !(*faceScreen)->findChild<QPushButton*>(QStringLiteral("againButton"))->isVisibleTo(*faceScreen));
        // Back goes to the number and name to correct them; cancelled there, to the start screen.
        (*faceScreen)->findChild<QPushButton*>(QStringLiteral("backButton"))->click();
        QTRY_COMPARE(faceLogin()->currentPage(), static_cast<QWidget*>(faceLogin()->claimPage()));
        emit form->cancelled();
        QTRY_VERIFY(!faceLogin());
        QCOMPARE(rig.window().currentScreen(), static_cast<QWidget*>(rig.window().startScreen()));
    }
};

QTEST_MAIN(TestFaceLogin)
#include "tst_facelogin.moc"
