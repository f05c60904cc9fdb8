// Changing the card PIN at the kiosk, end to end: the real platform, the kiosk window, and an emulated CCID
// reader read by the real libusb driver (docs/card-services.md, "Change the PIN"). The card holds the new PIN
// afterwards and the platform knows; a wrong current PIN says the tries left; weak and mismatched new PINs
// are refused with the reason; a card pulled out mid-change, before or after the chip acted, is asked back,
// and the card and the platform agree on which PIN it holds. On a reader with its own PIN pad (an emulated
// ACS APG8201-B2 beside the plain reader) every PIN is typed on the reader's keys: changed, cancelled on the
// pad (unchanged, and both agree), nobody typing (nothing begun).
#include "conformance.h"
#include "kioskrig.h"

#include "cardpin/pinchangescreen.h"
#include "i18n/translator.h"
#include "mainwindow.h"
#include "moduleapi/designsystem.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/pinpadscreen.h"
#include "moduleapi/resultpage.h"
#include "screenshots.h"
#include "session/loginflow.h"
#include "theme.h"

#include <QApplication>
#include <QLabel>
#include <QSqlQuery>
#include <QTest>

using namespace ssc;
using State = PinChangeFlow::State;

class TestPinChange : public QObject {
    Q_OBJECT
    KioskRig rig;

    bool waitFor(LoginFlow::State state)
    {
        return QTest::qWaitFor([&] { return rig.flow().state() == state; }, 8000);
    }

    void typeOn(PinPadScreen* pad, const QString& pin)
    {
        for (const QChar digit : pin)
            pad->tap(digit);
        pad->tap(QStringLiteral("confirm"));
    }

    void logInWithCard(const EmulatedCard& card, const QString& pin, EmulatedCardReader* reader = nullptr)
    {
        (reader ? *reader : rig.cardReader()).insert(card);
        QVERIFY(waitFor(LoginFlow::State::AwaitingPin));
        typeOn(rig.window().pinPadScreen(), pin);
        QVERIFY(waitFor(LoginFlow::State::LoggedIn));
    }

    PinChangeScreen* openChange()
    {
        rig.window().openService(QStringLiteral("change-pin"));
        return qobject_cast<PinChangeScreen*>(rig.window().currentScreen());
    }

    // The platform's record of the person's PIN changes: the outcomes, oldest first ("" while begun).
    QStringList outcomesOnFile()
    {
        QSqlQuery q(rig.platform().database());
        QStringList outcomes;
        if (q.exec(QStringLiteral("SELECT outcome FROM card_pin_changes ORDER BY started_at")))
            while (q.next())
                outcomes << q.value(0).toString();
        return outcomes;
    }

    // Logs out, puts the card in again as it is, and says whether this PIN logs in.
    bool cardAccepts(const QString& pin, EmulatedCardReader* reader = nullptr)
    {
        EmulatedCardReader& slot = reader ? *reader : rig.cardReader();
        slot.remove();
        if (!waitFor(LoginFlow::State::Idle))
            return false;
        slot.reinsert();
        if (!waitFor(LoginFlow::State::AwaitingPin))
            return false;
        typeOn(rig.window().pinPadScreen(), pin);
        return QTest::qWaitFor(
                   [&] {
                       return rig.flow().state() == LoginFlow::State::LoggedIn ||
                              rig.flow().pinTriesLeft() >= 0 ||
                              rig.flow().state() == LoginFlow::State::Refused;
                   },
                   8000) &&
               rig.flow().state() == LoginFlow::State::LoggedIn;
    }

    // The screen now shown, by the rules of shared/EXPERIENCE.md (tests/platform/conformance.h) in both
    // languages, both themes, landscape and portrait: the violations found, named.
    QStringList violationsOf(const QString& name, bool needsTitleAndHome = true)
    {
        QStringList found;
        for (const QString& language : {chineseLanguage, englishLanguage})
            for (const bool elder : {false, true})
                for (const QSize size : {QSize(1280, 800), QSize(1080, 1920)}) {
                    [&] { QVERIFY(useLanguage(language)); }();
                    if ((rig.window().theme() == Theme::Elder) != elder)
                        rig.window().toggleElderInterface();
                    rig.window().fitTo(size);
                    rig.window().resize(size);
                    QTest::qWait(50);
                    conformance::Rules rules;
                    rules.minFontPx = elder ? 32 : 24;
                    rules.minTargetPx = elder ? 80 : 60;
                    rules.minContrast = elder ? 7.0 : 4.5;
                    rules.screen = QRect(QPoint(0, 0), size);
                    rules.needsTitleAndHome = needsTitleAndHome;
                    const QString combination =
                        QStringLiteral("%1 %2 %3 %4x%5")
                            .arg(name, language, elder ? QStringLiteral("elder") : QStringLiteral("standard"))
                            .arg(size.width())
                            .arg(size.height());
                    if (elder && size.width() < size.height())
                        demoterminal::saveScreenshot(rig.window(),
                                                     combination.simplified().replace(u' ', u'-') +
                                                         QStringLiteral(".png"));
                    for (const auto& v : conformance::check(&rig.window(), combination, rules))
                        found << v.toString();
                }
        [&] { QVERIFY(useLanguage(chineseLanguage)); }();
        if (rig.window().theme() == Theme::Elder)
            rig.window().toggleElderInterface();
        rig.window().fitTo(QSize(1280, 800));
        rig.window().resize(1280, 800);
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY2(rig.start(), qPrintable(rig.error()));
    }

    void cleanup() { QVERIFY(rig.removeCardAndSettle()); }

    void theCardTakesTheNewPinAndThePlatformKnows()
    {
        const qsizetype before = outcomesOnFile().size();
        logInWithCard(rig.cardOf(QStringLiteral("zhang-wei")), QStringLiteral("123456"));
        PinChangeScreen* screen = openChange();
        QVERIFY(screen);
        QVERIFY(screen->flow());
        QCOMPARE(screen->flow()->state(), State::EnterOld);
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("pin-change-old-zh_CN.png"));
        typeOn(screen->pinPad(), QStringLiteral("123456"));
        QCOMPARE(screen->flow()->state(), State::EnterNew);
        typeOn(screen->pinPad(), QStringLiteral("258147"));
        QCOMPARE(screen->flow()->state(), State::RepeatNew);
        typeOn(screen->pinPad(), QStringLiteral("258147"));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::Changed, 10000);
        QCOMPARE(screen->result()->tone(), design::Tone::Success);
        QCOMPARE(rig.flow().state(), LoginFlow::State::LoggedIn);
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("pin-change-done-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(screen->result()->headline().contains(u"changed"));
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("pin-change-done-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
        QCOMPARE(outcomesOnFile().size(), before + 1);
        QCOMPARE(outcomesOnFile().last(), QStringLiteral("changed"));
        // The card itself: the old PIN no longer opens it, the new one does.
        QVERIFY(!cardAccepts(QStringLiteral("123456")));
        QCOMPARE(rig.flow().pinTriesLeft(), 2);
        typeOn(rig.window().pinPadScreen(), QStringLiteral("258147"));
        QVERIFY(waitFor(LoginFlow::State::LoggedIn));
    }

    void aWrongCurrentPinSaysTheTriesLeft()
    {
        logInWithCard(rig.cardOf(QStringLiteral("li-na")), QStringLiteral("123456"));
        PinChangeScreen* screen = openChange();
        QVERIFY(screen && screen->flow());
        typeOn(screen->pinPad(), QStringLiteral("000000"));
        typeOn(screen->pinPad(), QStringLiteral("258147"));
        typeOn(screen->pinPad(), QStringLiteral("258147"));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::EnterOld, 10000);
        QCOMPARE(screen->flow()->problem(), PinChangeFlow::Problem::WrongOld);
        QCOMPARE(screen->flow()->triesLeft(), 2);
        QVERIFY(screen->pinPad()->messageText().contains(u"2"));
        QCOMPARE(rig.cardReader().pinTriesLeft(), 2); // the card counted it
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("pin-change-wrong-old-zh_CN.png"));
    }

    void weakAndMismatchedNewPinsAreRefusedWithTheReason()
    {
        logInWithCard(rig.cardOf(QStringLiteral("zhang-wei")), QStringLiteral("123456"));
        PinChangeScreen* screen = openChange();
        QVERIFY(screen && screen->flow());
        const int apdus = rig.cardReader().apdusSeen();
        typeOn(screen->pinPad(), QStringLiteral("123456"));
        for (const char* weak : {"777777", "456789", "876543", "123456"}) {
            typeOn(screen->pinPad(), QLatin1String(weak));
            QCOMPARE(screen->flow()->state(), State::EnterNew);
            QCOMPARE(screen->flow()->problem(), PinChangeFlow::Problem::Weak);
            QVERIFY(!screen->pinPad()->messageText().isEmpty());
        }
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("pin-change-weak-zh_CN.png"));
        // The birth date, as people write it (the demo person's, from the platform's record).
        const QDate born = rig.flow().session()->person.birthDate;
        QVERIFY(born.isValid());
        typeOn(screen->pinPad(), born.toString(QStringLiteral("yyMMdd")));
        QCOMPARE(screen->flow()->problem(), PinChangeFlow::Problem::Weak);
        typeOn(screen->pinPad(), QStringLiteral("258147"));
        typeOn(screen->pinPad(), QStringLiteral("258148"));
        QCOMPARE(screen->flow()->state(), State::EnterNew);
        QCOMPARE(screen->flow()->problem(), PinChangeFlow::Problem::Mismatch);
        QCOMPARE(rig.cardReader().apdusSeen(), apdus); // nothing reached the card
    }

    void aCardPulledAfterTheChipChangedComesBackAndBothAgree()
    {
        logInWithCard(rig.cardOf(QStringLiteral("zhang-wei")), QStringLiteral("123456"));
        PinChangeScreen* screen = openChange();
        QVERIFY(screen && screen->flow());
        typeOn(screen->pinPad(), QStringLiteral("123456"));
        typeOn(screen->pinPad(), QStringLiteral("369258"));
        // VERIFY, INTERNAL AUTHENTICATE, then CHANGE PIN: pulled as the chip finishes the change.
        rig.cardReader().pullDuring(3, true);
        typeOn(screen->pinPad(), QStringLiteral("369258"));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::CardOut, 10000);
        QCOMPARE(rig.flow().state(), LoginFlow::State::LoggedIn); // the session waits for the card
        QCOMPARE(screen->notice()->tone(), design::Tone::Warning);
        // Where the card goes and which way round, drawn over the words.
        QVERIFY(screen->insertPicture()->isVisibleTo(&rig.window()));
        QVERIFY(!screen->insertPicture()->pixmap().isNull());
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("pin-change-card-out-zh_CN.png"));
        rig.cardReader().reinsert();
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::Changed, 10000);
        QCOMPARE(outcomesOnFile().last(), QStringLiteral("changed"));
        QVERIFY(cardAccepts(QStringLiteral("369258")));
    }

    void aCardPulledBeforeTheChipSawTheChangeKeepsItsPinAndBothAgree()
    {
        logInWithCard(rig.cardOf(QStringLiteral("zhang-wei")), QStringLiteral("123456"));
        PinChangeScreen* screen = openChange();
        QVERIFY(screen && screen->flow());
        typeOn(screen->pinPad(), QStringLiteral("123456"));
        typeOn(screen->pinPad(), QStringLiteral("369258"));
        rig.cardReader().pullDuring(3, false);
        typeOn(screen->pinPad(), QStringLiteral("369258"));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::CardOut, 10000);
        rig.cardReader().reinsert();
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::Unchanged, 10000);
        QCOMPARE(outcomesOnFile().last(), QStringLiteral("unchanged"));
        QCOMPARE(rig.cardReader().pinTriesLeft(), 3); // the try the new PIN cost is given back
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("pin-change-unchanged-zh_CN.png"));
        QVERIFY(cardAccepts(QStringLiteral("123456")));
    }

    void everyStateFollowsTheRulesOfTheExperience()
    {
        logInWithCard(rig.cardOf(QStringLiteral("zhang-wei")), QStringLiteral("123456"));
        PinChangeScreen* screen = openChange();
        QVERIFY(screen && screen->flow());
        QStringList found = violationsOf(QStringLiteral("pin-change"));
        typeOn(screen->pinPad(), QStringLiteral("123456"));
        typeOn(screen->pinPad(), QStringLiteral("369258"));
        rig.cardReader().pullDuring(3, true);
        typeOn(screen->pinPad(), QStringLiteral("369258"));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::CardOut, 10000);
        found += violationsOf(QStringLiteral("pin-change-card-out"));
        rig.cardReader().reinsert();
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::Changed, 10000);
        // A result page: its headline says where one is, Home leads on (as tst_conformance judges them).
        found += violationsOf(QStringLiteral("pin-change-done"), false);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // The person at the reader's pad: waits until the reader asks, then types.
    bool typeOnReader(const QStringList& pins)
    {
        return QTest::qWaitFor([&] { return rig.padReader().padWaiting(); }, 8000) &&
               rig.padReader().padType(pins);
    }

    PinChangeScreen* openChangeOnPad()
    {
        logInWithCard(rig.cardOf(QStringLiteral("zhang-wei")), QStringLiteral("123456"), &rig.padReader());
        PinChangeScreen* screen = openChange();
        if (!screen || !screen->flow() || !screen->flow()->onPad())
            return nullptr;
        return screen;
    }

    void onAReaderWithAPadEveryPinIsTypedOnItsKeys()
    {
        PinChangeScreen* screen = openChangeOnPad();
        QVERIFY(screen);
        QCOMPARE(screen->flow()->state(), State::OnPad);
        QCOMPARE(screen->flow()->padEntry(), PinChangeFlow::PadEntry::CurrentPin);
        QVERIFY(screen->notice()->isVisibleTo(&rig.window()));
        QVERIFY(!screen->pinPad()->isVisibleTo(&rig.window())); // the screen's own pad is not offered
        QVERIFY(screen->notice()->headline().contains(u"读卡器"));
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("pin-change-on-pad-zh_CN.png"));
        const QStringList found = violationsOf(QStringLiteral("pin-change-on-pad"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        const int apdus = rig.padReader().apdusSeen();
        QVERIFY(typeOnReader({QStringLiteral("123456")}));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->padEntry(), PinChangeFlow::PadEntry::Change, 10000);
        QCOMPARE(screen->flow()->state(), State::OnPad);
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("pin-change-on-pad-new-zh_CN.png"));
        const QString fresh = QStringLiteral("258147");
        QVERIFY(typeOnReader({QStringLiteral("123456"), fresh, fresh}));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::Changed, 10000);
        QCOMPARE(outcomesOnFile().last(), QStringLiteral("changed"));
        QVERIFY(rig.padReader().apdusSeen() > apdus);
        // Not a digit of either PIN on the cable: the reader put them into the card's commands itself.
        for (const QByteArray& m : rig.padReader().device()->outTransfers())
            QVERIFY(!m.contains(QByteArray::fromHex("258147")) && !m.contains("258147"));
        QVERIFY(cardAccepts(fresh, &rig.padReader()));
    }

    void thePadsCancelKeyLeavesTheOldPinAndBothAgree()
    {
        PinChangeScreen* screen = openChangeOnPad();
        QVERIFY(screen);
        QVERIFY(typeOnReader({QStringLiteral("123456")}));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->padEntry(), PinChangeFlow::PadEntry::Change, 10000);
        QVERIFY(QTest::qWaitFor([&] { return rig.padReader().padWaiting(); }, 8000));
        QVERIFY(rig.padReader().padCancel());
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::Unchanged, 10000);
        QCOMPARE(outcomesOnFile().last(), QStringLiteral("unchanged"));
        QCOMPARE(rig.padReader().pinTriesLeft(), 3);
        QVERIFY(cardAccepts(QStringLiteral("123456"), &rig.padReader()));
    }

    void nobodyTypingOnThePadBeginsNothing()
    {
        const qsizetype before = outcomesOnFile().size();
        PinChangeScreen* screen = openChangeOnPad();
        QVERIFY(screen);
        QVERIFY(QTest::qWaitFor([&] { return rig.padReader().padWaiting(); }, 8000));
        QVERIFY(rig.padReader().padTimeOut());
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::Failed, 10000);
        QCOMPARE(screen->flow()->problem(), PinChangeFlow::Problem::PadTimedOut);
        QCOMPARE(screen->flow()->cardHolds(), PinChangeFlow::CardHolds::OldPin);
        QVERIFY(screen->result()->nextText().contains(u"读卡器"));
        demoterminal::saveScreenshot(rig.window(), QStringLiteral("pin-change-pad-timeout-zh_CN.png"));
        QCOMPARE(outcomesOnFile().size(), before); // nothing was begun on the platform
        QCOMPARE(rig.padReader().pinTriesLeft(), 3);
    }

    void aCardThatDoesNotComeBackEndsTheSession()
    {
        logInWithCard(rig.cardOf(QStringLiteral("zhang-wei")), QStringLiteral("123456"));
        PinChangeScreen* screen = openChange();
        QVERIFY(screen && screen->flow());
        screen->flow()->setCardBackWithinMs(500);
        typeOn(screen->pinPad(), QStringLiteral("123456"));
        typeOn(screen->pinPad(), QStringLiteral("369258"));
        rig.cardReader().pullDuring(3, true);
        typeOn(screen->pinPad(), QStringLiteral("369258"));
        // Not back in time: the session ends with the card out, as any card session does, and the platform
        // keeps the change as begun and never concluded (the access log says so).
        QVERIFY(waitFor(LoginFlow::State::Idle));
        QTRY_VERIFY(!rig.flow().session());
        QCOMPARE(outcomesOnFile().last(), QString());
    }
};

QTEST_MAIN(TestPinChange)
#include "tst_pinchange.moc"
