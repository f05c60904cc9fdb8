// Filling a form as people really do, against the real platform: on a kiosk by touch (every choice tapped,
// text typed into a tapped field), at a counter by keyboard alone (digits choose, Tab and Return move on;
// keystrokes and screens counted and printed), and a submission whose answer is lost because the platform
// was killed the moment it had filed it: trying again files nothing twice.
#include "droppingproxy.h"
#include "registrationfill.h"
#include "screensession.h"
#include "screenshots.h"

#include "disputes/disputescreen.h"
#include "moduleapi/choicebuttons.h"
#include "moduleapi/designsystem.h"
#include "moduleapi/formview.h"
#include "moduleapi/noticebanner.h"
#include "onscreenkeyboard.h"
#include "theme.h"
#include "unemployment/benefitscreen.h"
#include "unemployment/registrationscreen.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>

using namespace ssc;

class TestFormEntry : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QPointingDevice* finger = nullptr;
    int taps = 0;
    int keystrokes = 0;
    int keyboardTaps = 0; // taps on the on-screen keyboard's keys and candidates

    // A finger on `target`: at its centre, or `offset` from its left edge's middle.
    void tap(QWidget* target, QPoint offset = {})
    {
        QVERIFY(target);
        // A finger scrolls a field into view and waits for a redrawn step to appear before tapping.
        QVERIFY(QTest::qWaitFor([target] { return target->isVisible(); }, 5000));
        QScrollArea* scroll = nullptr;
        for (QWidget* up = target->parentWidget(); up && !scroll; up = up->parentWidget())
            scroll = qobject_cast<QScrollArea*>(up);
        QWidget* window = target->window();
        QPoint at;
        QPoint before(-1, -1);
        QVERIFY(QTest::qWaitFor(
            [&] { // laid out, scrolled into view and settled where the finger lands
                if (scroll)
                    scroll->ensureWidgetVisible(target);
                at = target->mapTo(window, offset.isNull()
                                               ? target->rect().center()
                                               : QPoint(offset.x(), target->height() / 2 + offset.y()));
                QWidget* hit = window->childAt(at);
                const bool settled = at == before;
                before = at;
                return settled && hit && (hit == target || target->isAncestorOf(hit));
            },
            5000));
        QTest::touchEvent(window, finger).press(taps, at, window);
        QTest::touchEvent(window, finger).release(taps, at, window);
        ++taps;
    }

    QPushButton* choiceButton(FormView* view, const QString& field, const QString& key)
    {
        const auto* choices = view->findChild<ChoiceButtons*>(field);
        if (!choices)
            return nullptr;
        for (QPushButton* b : choices->findChildren<QPushButton*>())
            if (b->property("choiceKey").toString() == key)
                return b;
        return nullptr;
    }

    void tapChoice(ApplicationScreen& screen, const QString& field, const QString& key)
    {
        QCoreApplication::processEvents(); // a step redrawn by the last choice
        tap(choiceButton(screen.formView(), field, key));
        QTRY_COMPARE(screen.form().value(field), key);
    }

    // Chinese arrives as a pinyin input method delivers it: the letters typed, then the characters
    // committed in one input method event. Counted as the letters plus the space that picks the phrase.
    void commitChinese(QWidget* target, const QString& chinese, const QString& pinyin)
    {
        QInputMethodEvent commit;
        commit.setCommitString(chinese);
        QApplication::sendEvent(target, &commit);
        keystrokes += int(pinyin.size()) + 1;
    }

    // On the kiosk's own keyboard: the field tapped, the pinyin tapped key by key, the phrase tapped among
    // the candidates.
    void tapAndType(FormView* view, const QString& field, const QString& chinese, const QString& pinyin)
    {
        auto* line = view->findChild<QLineEdit*>(field);
        tap(line);
        OnScreenKeyboard* keyboard = view->onScreenKeyboard();
        QVERIFY(keyboard);
        QTRY_VERIFY(keyboard->isVisible());
        const auto keyButton = [keyboard](const QString& name) -> QPushButton* {
            for (QPushButton* b : keyboard->findChildren<QPushButton*>())
                if (b->property("key").toString() == name && b->isVisible())
                    return b;
            return nullptr;
        };
        const int before = taps;
        for (const QChar letter : pinyin)
            tap(keyButton(QString(letter)));
        const qsizetype choice = keyboard->candidates().indexOf(chinese);
        QVERIFY2(choice >= 0, qPrintable(keyboard->candidates().join(u' ')));
        tap(keyButton(QStringLiteral("candidate:%1").arg(choice)));
        keyboardTaps += taps - before;
        QCOMPARE(line->text(), chinese);
        QCOMPARE(QApplication::focusWidget(), line); // the keys never took the focus
    }

    // A key as the clerk presses it: to whatever has the keyboard focus.
    // A key as the clerk presses it: to whatever has the keyboard focus once the screen has caught up.
    void press(Qt::Key key)
    {
        QVERIFY2(QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 2000),
                 "nothing has the keyboard focus");
        QTest::keyClick(QApplication::focusWidget(), key, Qt::NoModifier);
        QCoreApplication::processEvents(); // as the event loop runs between two real keystrokes
        ++keystrokes;
    }

    void type(const QString& digits)
    {
        QVERIFY2(QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 2000),
                 "nothing has the keyboard focus");
        QTest::keyClicks(QApplication::focusWidget(), digits);
        keystrokes += int(digits.size());
    }

    void typeChinese(const QString& chinese, const QString& pinyin)
    {
        QVERIFY2(QTest::qWaitFor([] { return QApplication::focusWidget() != nullptr; }, 2000),
                 "nothing has the keyboard focus");
        commitChinese(QApplication::focusWidget(), chinese, pinyin);
    }

    int registrationsOf(const QByteArray& session, const QString& terminal = QStringLiteral("kiosk"))
    {
        int count = 0;
        const auto list = platform.asTerminal(terminal, "GET", QStringLiteral("/api/v1/me/applications"), {},
                                              {{"X-SSC-Citizen-Session", session}});
        for (const QJsonValue& a : list.json[QStringLiteral("applications")].toArray())
            count += a.toObject()[QStringLiteral("kind")].toString() == u"unemployment-registration";
        return count;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(useLanguage(chineseLanguage));
        finger = QTest::createTouchDevice();
    }

    void cleanupTestCase() { delete finger; } // Qt keeps test devices registered until they are deleted

    void aKioskFormIsFilledByTouch()
    {
        ScreenSession kiosk(platform);
        auto screen = kiosk.open<RegistrationScreen>(QStringLiteral("zhang-wei"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        FormView* view = screen->formView();
        taps = keystrokes = keyboardTaps = 0;
        tapChoice(*screen, QStringLiteral("education"), QStringLiteral("college"));
        tapChoice(*screen, QStringLiteral("health"), QStringLiteral("disabled"));
        tapChoice(*screen, QStringLiteral("disabilityGrade"), QStringLiteral("8")); // shown only now
        tapChoice(*screen, QStringLiteral("household"), QStringLiteral("local-urban"));
        tapAndType(view, QStringLiteral("residence"), QStringLiteral("北京市东城区"),
                   QStringLiteral("beijingshidongchengqu"));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("registration-keyboard"), [&] {
            return view->findChild<QPushButton*>(QStringLiteral("formNext"))->text() == u"Next step";
        }));
        tap(view->findChild<QPushButton*>(QStringLiteral("formNext")));
        QCOMPARE(screen->form().step(), 1);
        QCOMPARE(screen->form().value(QStringLiteral("disabilityGrade")), QStringLiteral("8"));
        // The date: the picker shows today, and today it is (no tap).
        // The place: the card's province (Beijing) kept, its district tapped, nothing typed.
        QCOMPARE(screen->form().value(QStringLiteral("unemploymentProvince")), QStringLiteral("11"));
        tapChoice(*screen, QStringLiteral("unemploymentPlace"), QStringLiteral("110101")); // 东城区
        tapChoice(*screen, QStringLiteral("reason"), QStringLiteral("24"));
        tapChoice(*screen, QStringLiteral("claimingInsurance"), QStringLiteral("no"));
        tap(view->findChild<QPushButton*>(QStringLiteral("formNext")));
        tapChoice(*screen, QStringLiteral("skillLevel"), QStringLiteral("5"));
        tapChoice(*screen, QStringLiteral("jobIntention"), QStringLiteral("training"));
        tap(view->findChild<QPushButton*>(QStringLiteral("formNext")));
        QVERIFY(screen->form().atReview());
        tap(view->findChild<QCheckBox*>(QStringLiteral("commitment")), QPoint(16, 0)); // on its box
        QVERIFY(screen->form().readyToSubmit());
        tap(view->findChild<QPushButton*>(QStringLiteral("formSubmit")));
        QTRY_VERIFY2_WITH_TIMEOUT(screen->page() == ApplicationScreen::Page::Filed,
                                  qPrintable(screen->statusText()), 15000);
        QCOMPARE(registrationsOf(kiosk.token()), 1);
        qInfo("kiosk registration by touch: %d taps (%d of them on the on-screen keyboard), 5 screens", taps,
              keyboardTaps);
    }

    void aCounterFormIsFilledByKeyboardAlone()
    {
        ScreenSession counter(platform, TerminalMode::Counter);
        auto screen = counter.open<RegistrationScreen>(QStringLiteral("li-na"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        QApplication::setActiveWindow(screen.get());
        QVERIFY(QTest::qWaitForWindowActive(screen.get()));
        keystrokes = 0;
        int screens = 1;
        // Step 1: the phone is prefilled; Tab on, then one digit per choice, then the address.
        QVERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
        press(Qt::Key_Tab);
        press(Qt::Key_6); // education: bachelor
        press(Qt::Key_1); // health: good (no disability grade asked)
        press(Qt::Key_3); // household: elsewhere, urban
        typeChinese(QStringLiteral("深圳市南山区"), QStringLiteral("shenzhenshinanshanqu"));
        press(Qt::Key_Return);
        QVERIFY2(screen->form().step() == 1,
                 qPrintable(QStringList(screen->form().problems(0).keys()).join(u',') + u' ' +
                            screen->form().values().value(QStringLiteral("education"))));
        ++screens;
        // Step 2: the date typed over the picker, the place, the reason and yes.
        const QDate unemployed = QDate::currentDate().addDays(-12);
        type(unemployed.toString(QStringLiteral("yyyyMMdd")));
        press(Qt::Key_Tab); // the province: already the card's (上海), kept
        QCOMPARE(screen->form().value(QStringLiteral("unemploymentProvince")), QStringLiteral("31"));
        press(Qt::Key_Tab);
        press(Qt::Key_2); // district: 徐汇区, the second of Shanghai's (a municipality: no city asked)
        QCOMPARE(screen->form().value(QStringLiteral("unemploymentPlace")), QStringLiteral("310104"));
        press(Qt::Key_2); // reason: 21 dismissed
        press(Qt::Key_1); // claiming insurance: yes
        press(Qt::Key_Return);
        QCOMPARE(screen->form().value(QStringLiteral("unemployedOn")), unemployed.toString(Qt::ISODate));
        QCOMPARE(screen->form().value(QStringLiteral("reason")), QStringLiteral("21"));
        QCOMPARE(screen->form().step(), 2);
        ++screens;
        // Step 3: skill none, looking for a job with an employer; the optional wish left empty.
        press(Qt::Key_1);
        press(Qt::Key_1);
        press(Qt::Key_Return);
        QVERIFY(screen->form().atReview());
        ++screens;
        // The review, read to the citizen, who confirms it by showing their code: filed.
        QVERIFY(screen->awaitingConfirmation());
        screen->confirmWithCode(platform.mint(QStringLiteral("li-na")));
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Filed, 15000);
        ++screens;
        QCOMPARE(registrationsOf(counter.token(), QStringLiteral("counter")), 1);
        qInfo("counter registration by keyboard: %d keystrokes (21 of them pinyin and 8 date digits) and the "
              "citizen's one scan, %d screens",
              keystrokes, screens);
    }

    void thePhoneOnFileIsShownMaskedAndTypingStartsANewNumber()
    {
        ScreenSession counter(platform, TerminalMode::Counter);
        auto screen = counter.open<RegistrationScreen>(QStringLiteral("zhao-mover"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        QApplication::setActiveWindow(screen.get());
        QVERIFY(QTest::qWaitForWindowActive(screen.get()));
        auto* phone = screen->formView()->findChild<QLineEdit*>(QStringLiteral("phone"));
        QVERIFY(phone);
        // The terminal was sent the masked number only, and shows it so.
        QVERIFY2(phone->text().contains(u"****"), qPrintable(phone->text()));
        QVERIFY(screen->form().isOnFile(QStringLiteral("phone")));
        QVERIFY(screen->form().problems(0).value(QStringLiteral("phone")).isEmpty());
        // Said under it: what the stars are, and that it may stay.
        auto* hint = screen->formView()->findChild<QLabel*>(QStringLiteral("phoneOnFile"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(u"号码"));
        phone->setFocus();
        phone->end(false);
        type(QStringLiteral("1")); // after the stars: a new number begins, the stars go
        QCOMPARE(phone->text(), QStringLiteral("1"));
        QVERIFY(!hint->isVisible()); // a new number: nothing on file is shown any more
        type(QStringLiteral("3900001111"));
        QCOMPARE(screen->form().value(QStringLiteral("phone")), QStringLiteral("13900001111"));
        QVERIFY(!screen->form().isOnFile(QStringLiteral("phone")));
        QVERIFY(screen->form().problems(0).value(QStringLiteral("phone")).isEmpty());
    }

    void aLostAnswerIsFiledOnceWhenTriedAgain()
    {
        DroppingProxy proxy(platform.port());
        ScreenSession kiosk(platform, TerminalMode::Kiosk, proxy.port());
        auto screen = kiosk.open<RegistrationScreen>(QStringLiteral("chen-unemployed"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        QVERIFY(fillRegistration(*screen->formView(), QStringLiteral("22")));
        FormView* view = screen->formView();
        view->acceptCommitment(true);
        const QString key = screen->form().idempotencyKey();
        // The platform files it, and is killed before its answer reaches the terminal.
        proxy.dropNextAnswer([this] { platform.kill(); });
        screen->submit();
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Form, 30000);
        QVERIFY(proxy.dropped());
        QCOMPARE(screen->form().idempotencyKey(), key); // the same application, nothing typed lost
        // Said as a warning, not a success nor a grey sentence: not filed yet as far as the terminal knows,
        // and the way on that cannot file it twice.
        const NoticeBanner* problem = screen->problemNotice();
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->tone(), design::Tone::Warning);
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("registration-answer-lost"), [&] {
            return problem->headline().contains(u"not answer");
        }));
        QVERIFY(platform.restart());
        screen->formView()->acceptCommitment(true);
        tap(problem->findChild<QPushButton*>(QStringLiteral("tryAgain")));
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Filed, 15000);
        QCOMPARE(registrationsOf(kiosk.token()), 1);
    }

    void aBenefitClaimIsMadeByTouch()
    {
        ScreenSession kiosk(platform); // 陈杰, registered by the test before (bankruptcy: involuntary)
        auto screen = kiosk.open<BenefitScreen>(QStringLiteral("chen-unemployed"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        FormView* view = screen->formView();
        taps = 0;
        tapChoice(*screen, QStringLiteral("account"), QStringLiteral("card"));
        tap(view->findChild<QPushButton*>(QStringLiteral("formNext")));
        tapChoice(*screen, QStringLiteral("seekingWork"), QStringLiteral("yes"));
        tap(view->findChild<QPushButton*>(QStringLiteral("formNext")));
        QVERIFY(screen->form().atReview());
        tap(view->findChild<QCheckBox*>(QStringLiteral("commitment")), QPoint(16, 0));
        tap(view->findChild<QPushButton*>(QStringLiteral("formSubmit")));
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Filed, 15000);
        qInfo("kiosk benefit claim by touch: %d taps, 4 screens", taps);
    }

    void aDisputeIsFiledByKeyboardAtTheCounter()
    {
        ScreenSession counter(platform, TerminalMode::Counter);
        auto screen = counter.open<DisputeScreen>(QStringLiteral("zhang-wei"));
        QCOMPARE(screen->page(), ApplicationScreen::Page::Form);
        QApplication::setActiveWindow(screen.get());
        QVERIFY(QTest::qWaitForWindowActive(screen.get()));
        keystrokes = 0;
        // 1. The applicant: the phone prefilled; the address; no e-mail.
        press(Qt::Key_Tab);
        typeChinese(QStringLiteral("北京市海淀区"), QStringLiteral("beijingshihaidianqu"));
        press(Qt::Key_Return);
        QCOMPARE(screen->form().step(), 1);
        // 2. The employer: name, credit code, address; no contact.
        typeChinese(QStringLiteral("北京某某科技有限公司"), QStringLiteral("beijingmoumoukejiyouxiangongsi"));
        press(Qt::Key_Tab);
        type(QStringLiteral("91350100M0001TGQX1"));
        press(Qt::Key_Tab);
        typeChinese(QStringLiteral("北京市朝阳区"), QStringLiteral("beijingshichaoyangqu"));
        press(Qt::Key_Return);
        QCOMPARE(screen->form().step(), 2);
        // 3. The dispute: pay (the 7th kind), still employed, when it arose, the amount, claims and facts.
        press(Qt::Key_7);
        press(Qt::Key_1);
        const QDate arose = QDate::currentDate().addMonths(-2);
        type(arose.toString(QStringLiteral("yyyyMMdd")));
        press(Qt::Key_Tab);
        type(QStringLiteral("12600"));
        press(Qt::Key_Tab);
        typeChinese(QStringLiteral("支付拖欠工资"), QStringLiteral("zhifutuoqiangongzi"));
        press(Qt::Key_Tab);
        typeChinese(QStringLiteral("三个月工资未发。"), QStringLiteral("sangeyuegongziweifa"));
        press(Qt::Key_Tab); // out of the multi-line box, where Return is a new line
        press(Qt::Key_Return);
        QCOMPARE(screen->form().value(QStringLiteral("aroseOn")), arose.toString(Qt::ISODate));
        QCOMPARE(screen->form().value(QStringLiteral("category")), QStringLiteral("pay"));
        QVERIFY2(screen->form().step() == 3,
                 qPrintable(QStringList(screen->form().problems(2).keys()).join(u',') + u' ' +
                            screen->form().values().value(QStringLiteral("facts"))));
        // 4. No evidence today: on to the review, confirmed by the citizen's own code.
        press(Qt::Key_Return);
        QVERIFY(screen->awaitingConfirmation());
        screen->confirmWithCode(platform.mint(QStringLiteral("zhang-wei")));
        QTRY_COMPARE_WITH_TIMEOUT(screen->page(), ApplicationScreen::Page::Filed, 15000);
        qInfo("counter dispute by keyboard: %d keystrokes and the citizen's one scan, 6 screens", keystrokes);
    }
};

QTEST_MAIN(TestFormEntry)
#include "tst_formentry.moc"
