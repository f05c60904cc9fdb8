// End to end with the physical card: the platform, the kiosk window, and an emulated CCID reader read by the
// real libusb driver. Generation 2 and 3 cards log in after the PIN; a wrong PIN says the tries left; a
// locked PIN, a lost card and an unreadable card are refused plainly; a lost card in the reader cancels its
// own loss report (解挂) and logs in; taking the card out ends the session.
#include "kioskrig.h"
#include "privacy/masking.h"

#include "homescreen.h"
#include "i18n/translator.h"
#include "mainwindow.h"
#include "messagescreen.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/pinpadscreen.h"
#include "screenshots.h"
#include "session/loginflow.h"
#include "sessionnotices.h"
#include "startscreen.h"
#include "theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace ssc;

class TestCardLogin : public QObject {
    Q_OBJECT
    KioskRig rig;

    QString screenText()
    {
        QString text;
        for (const QLabel* l : rig.window().currentScreen()->findChildren<QLabel*>())
            text += l->text() + u'\n';
        return text;
    }

    void typePin(const QString& pin)
    {
        for (const QChar digit : pin)
            rig.window().pinPadScreen()->tap(digit);
        rig.window().pinPadScreen()->tap(QStringLiteral("confirm"));
    }

    int eCardLogin(const QString& person)
    {
        return rig.platform()
            .asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/ecard/resolve"),
                        {{QStringLiteral("code"), rig.platform().mint(person)}})
            .status;
    }

    bool waitFor(LoginFlow::State state)
    {
        return QTest::qWaitFor([&] { return rig.flow().state() == state; }, 8000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY2(rig.start(), qPrintable(rig.error()));
    }

    void cleanup() { QVERIFY(rig.removeCardAndSettle()); }

    void generation2CardLogsInAfterThePin()
    {
        EmulatedCard card = rig.cardOf(QStringLiteral("zhang-wei"));
        card.generation = 2;
        rig.cardReader().insert(card);
        QVERIFY(waitFor(LoginFlow::State::AwaitingPin));
        QCOMPARE(rig.window().currentScreen(), rig.window().pinPadScreen());
        QVERIFY(screenText().contains(u"密码"));
        QCOMPARE(rig.window().height(), 800); // the PIN pad fits the kiosk screen
        applyTheme(*qApp, Theme::Elder);
        QTest::qWait(50);
        QCOMPARE(rig.window().height(), 800); // in the elder interface too
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("card-pin-pad-elder-zh_CN.png"));
        applyTheme(*qApp, Theme::Standard);
        rig.window().pinPadScreen()->tap(QStringLiteral("1"));
        rig.window().pinPadScreen()->tap(QStringLiteral("2"));
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("card-pin-pad-zh_CN.png"));
        rig.window().pinPadScreen()->tap(QStringLiteral("clear"));
        typePin(card.pin);
        QVERIFY(waitFor(LoginFlow::State::LoggedIn));
        QCOMPARE(rig.flow().session()->method, QStringLiteral("card"));
        QCOMPARE(rig.flow().session()->person.maskedSsn, mask(card.ssn, MaskKind::IdNumber)); // never whole
        QVERIFY(screenText().contains(u"张*"));
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("card-login-home-zh_CN.png"));
    }

    void takingTheCardOutEndsTheSession()
    {
        rig.cardReader().insert(rig.cardOf(QStringLiteral("zhang-wei")));
        QVERIFY(waitFor(LoginFlow::State::AwaitingPin));
        typePin(QStringLiteral("123456"));
        QVERIFY(waitFor(LoginFlow::State::LoggedIn));
        rig.cardReader().remove();
        QVERIFY(waitFor(LoginFlow::State::Idle));
        QCOMPARE(rig.window().currentScreen(), static_cast<QWidget*>(rig.window().startScreen()));
        QVERIFY(!rig.flow().session());
    }

    void generation3CardIsResolvedByItsIdentifier()
    {
        EmulatedCard card = rig.cardOf(QStringLiteral("li-na"));
        card.generation = 3; // no PSAM: only EF05 comes off the card
        rig.cardReader().insert(card);
        QVERIFY(waitFor(LoginFlow::State::AwaitingPin));
        typePin(card.pin);
        QVERIFY(waitFor(LoginFlow::State::LoggedIn));
        QCOMPARE(rig.flow().session()->person.maskedSsn,
                 mask(card.ssn, MaskKind::IdNumber)); // the platform's
    }

    void aWrongPinSaysTheTriesLeftAndALockedOneIsRefused()
    {
        rig.cardReader().insert(rig.cardOf(QStringLiteral("zhang-wei")));
        QVERIFY(waitFor(LoginFlow::State::AwaitingPin));
        typePin(QStringLiteral("000000"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.flow().pinTriesLeft(), 2, 8000);
        QTRY_VERIFY(rig.window().pinPadScreen()->messageText().contains(u"2"));
        QCOMPARE(rig.window().pinPadScreen()->enteredCount(), 0); // wiped
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("card-wrong-pin-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(rig.window().pinPadScreen()->messageText().contains(u"tries left"));
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("card-wrong-pin-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
        typePin(QStringLiteral("000000"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.flow().pinTriesLeft(), 1, 8000);
        typePin(QStringLiteral("000000"));
        QVERIFY(waitFor(LoginFlow::State::Refused));
        QCOMPARE(rig.flow().refusal()->code, QStringLiteral("pin_blocked"));
        QVERIFY(screenText().contains(u"锁"));
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("card-pin-locked-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(screenText().contains(u"locked"));
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("card-pin-locked-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
    }

    void aLockedCardStaysLockedWhenPulledOutAndInsertedAgain()
    {
        rig.cardReader().insert(rig.cardOf(QStringLiteral("li-na")));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(waitFor(LoginFlow::State::AwaitingPin));
            typePin(QStringLiteral("000000"));
            QTest::qWait(300);
        }
        QVERIFY(waitFor(LoginFlow::State::Refused));
        rig.cardReader().remove();
        QVERIFY(waitFor(LoginFlow::State::Idle) || rig.flow().state() == LoginFlow::State::Refused);
        rig.flow().dismissRefusal();
        rig.cardReader().reinsert(); // the same card: its counter is on the chip
        QVERIFY(waitFor(LoginFlow::State::AwaitingPin));
        typePin(QStringLiteral("123456"));
        QVERIFY(waitFor(LoginFlow::State::Refused));
        QCOMPARE(rig.flow().refusal()->code, QStringLiteral("pin_blocked"));
        QVERIFY(!rig.flow().session());
    }

    void aLostCardIsRefusedWithTheBriefsAdvice()
    {
        rig.cardReader().insert(rig.cardOf(QStringLiteral("wang-qiang-lost")));
        QVERIFY(waitFor(LoginFlow::State::AwaitingPin));
        typePin(QStringLiteral("123456"));
        QVERIFY(waitFor(LoginFlow::State::Refused));
        QCOMPARE(rig.flow().refusal()->code, QStringLiteral("card_lost"));
    }

    // 解挂 (docs/card-services.md, "Report lost"): the lost card itself, in the reader with its PIN just
    // accepted, answers a fresh challenge; the platform cancels the report on that proof and the card logs
    // in. Its e-card works again. A card taken out first can no longer cancel anything.
    void aLostCardInTheReaderCancelsItsReportAndLogsIn()
    {
        const QString person = QStringLiteral("wang-qiang-lost");
        QCOMPARE(eCardLogin(person), 403);
        rig.cardReader().insert(rig.cardOf(person));
        QVERIFY(waitFor(LoginFlow::State::AwaitingPin));
        typePin(QStringLiteral("123456"));
        QVERIFY(waitFor(LoginFlow::State::Refused));
        QPushButton* cancel = rig.window().messageScreen()->actionButton();
        QVERIFY(cancel->isVisible());
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("card-lost-cancel-offer-zh_CN.png"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(waitFor(LoginFlow::State::LoggedIn));
        QCOMPARE(rig.flow().session()->method, QStringLiteral("card"));
        QCOMPARE(rig.window().sessionNotices()->toldBanner()->tone(), design::Tone::Success);
        QVERIFY(rig.window().sessionNotices()->toldBanner()->detail().contains(u"R20"));
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("card-lost-cancelled-home-zh_CN.png"));
        QCOMPARE(eCardLogin(person), 200);
    }

    void aLostCardTakenOutCanNoLongerCancel()
    {
        const QJsonObject lost =
            rig.platform()
                .asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/cards/lost"),
                            {{QStringLiteral("cardIdentifier"),
                              rig.cardOf(QStringLiteral("liu-retiree")).identifier}},
                            rig.platform().citizenHeaders(QStringLiteral("liu-retiree"), "lost-e2e-1"))
                .json;
        QCOMPARE(lost[QStringLiteral("card")].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("lost"));
        rig.cardReader().insert(rig.cardOf(QStringLiteral("liu-retiree")));
        QVERIFY(waitFor(LoginFlow::State::AwaitingPin));
        typePin(QStringLiteral("123456"));
        QVERIFY(waitFor(LoginFlow::State::Refused));
        QVERIFY(rig.flow().canCancelLossReport());
        QPushButton* action = rig.window().messageScreen()->actionButton();
        const QString cancelText = action->text();
        rig.cardReader().remove();
        QTRY_VERIFY(!rig.flow().canCancelLossReport());
        // The cancellation is withdrawn; what is left is the way to people who can mend a lost card.
        QVERIFY(action->text() != cancelText);
        QCOMPARE(action->text(), QStringLiteral("查找服务网点"));
    }

    void anUnreadableCardIsExplained()
    {
        EmulatedCard card;
        card.garbage = true;
        rig.cardReader().insert(card);
        QVERIFY(waitFor(LoginFlow::State::Refused));
        QCOMPARE(rig.flow().refusal()->code, QStringLiteral("card_unreadable"));
        QVERIFY(screenText().contains(u"芯片"));
    }

    void aCardPulledDuringThePinGoesBackToTheStart()
    {
        rig.cardReader().insert(rig.cardOf(QStringLiteral("zhang-wei")));
        QVERIFY(waitFor(LoginFlow::State::AwaitingPin));
        rig.window().pinPadScreen()->tap(QStringLiteral("1"));
        rig.cardReader().remove();
        QVERIFY(waitFor(LoginFlow::State::Idle));
        QCOMPARE(rig.window().pinPadScreen()->enteredCount(), 0);
    }

    void kioskKeysAreShuffled()
    {
        PinPadScreen pad(TerminalMode::Kiosk);
        QSet<QString> orders;
        for (int i = 0; i < 5; ++i) {
            pad.start();
            orders << pad.keyOrder();
        }
        QVERIFY(orders.size() > 1);
        PinPadScreen counter(TerminalMode::Counter);
        QCOMPARE(counter.keyOrder(), QStringLiteral("1234567890"));
    }

    // Confirm says how many digits are still missing while it cannot be used, in the citizen's language, and
    // becomes 确认 with the sixth; Delete takes one back. Clear and Delete wear their own look among the
    // digits.
    void confirmSaysHowManyDigitsAreMissing()
    {
        QVERIFY(useLanguage(chineseLanguage));
        PinPadScreen pad(TerminalMode::Kiosk);
        QPushButton* confirm = nullptr;
        QStringList apart;
        for (QPushButton* key : pad.findChildren<QPushButton*>()) {
            if (key->property("primary").toBool())
                confirm = key;
            if (key->property("padAction").toBool())
                apart << key->text();
        }
        QVERIFY(confirm);
        apart.sort();
        QCOMPARE(apart, (QStringList{QStringLiteral("删除"), QStringLiteral("清空")}));
        QCOMPARE(confirm->text(), QStringLiteral("还差 6 位"));
        QVERIFY(!confirm->isEnabled());
        for (const char* digit : {"1", "2", "3", "4", "5"})
            pad.tap(QLatin1String(digit));
        QCOMPARE(confirm->text(), QStringLiteral("还差 1 位"));
        pad.tap(QStringLiteral("6"));
        QCOMPARE(confirm->text(), QStringLiteral("确认"));
        QVERIFY(confirm->isEnabled());
        pad.tap(QStringLiteral("delete"));
        QCOMPARE(confirm->text(), QStringLiteral("还差 1 位"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_COMPARE(confirm->text(), QStringLiteral("1 more digit")); // LanguageChange is posted
        pad.tap(QStringLiteral("clear"));
        QCOMPARE(confirm->text(), QStringLiteral("6 more digits"));
        QVERIFY(useLanguage(chineseLanguage));
    }
};

QTEST_MAIN(TestCardLogin)
#include "tst_cardlogin.moc"
