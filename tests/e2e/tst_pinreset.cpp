// Unlocking and resetting a card's PIN at a counter, end to end (docs/card-services.md, "Unlock and reset the
// PIN"): the real platform, the clerk's screen and the customer display (real widgets), and an emulated CCID
// reader read by the real libusb driver holding a card locked by three wrong PINs. The citizen types the new
// PIN on the customer display; their own e-card code is the second factor; the card checks the platform's MAC
// and takes the new PIN; the platform records the reset on the card's proof. Refused: another person's code,
// no code, a weak PIN (nothing reaches the card), the card pulled out mid-reset.
#include "demoterminal.h"
#include "emulatedcardreader.h"
#include "kioskrig.h"
#include "platformfixture.h"
#include "usbemulator.h"

#include "cardpin/customerpinpad.h"
#include "cardpin/pinresetscreen.h"
#include "cardreader/cardreadermanager.h"
#include "i18n/translator.h"
#include "moduleapi/designsystem.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/pinpadscreen.h"
#include "moduleapi/resultpage.h"
#include "platform/platformclient.h"
#include "screenshots.h"
#include "theme.h"
#include "usb/usbcontext.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ssc;
using State = PinResetFlow::State;

class TestPinReset : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    UsbEmulator usb;
    std::unique_ptr<EmulatedCardReader> reader;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<UsbContext> context;
    std::unique_ptr<CardReaderManager> cards;
    std::unique_ptr<PinResetScreen> screen;

    void typeOn(PinPadScreen* pad, const QString& pin)
    {
        for (const QChar digit : pin)
            pad->tap(digit);
        pad->tap(QStringLiteral("confirm"));
    }

    EmulatedCard cardOf(const QString& person) { return KioskRig::cardFrom(platform.demoPerson(person)); }

    // The card in the reader, then locked the way cards are: three wrong PINs, counted by the card itself.
    void insertLocked(const EmulatedCard& card)
    {
        reader->insert(card);
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::EnterNew, 8000);
        QSignalSpy answers(cards.get(), &CardSource::pinChecked);
        for (int i = 1; i <= 3; ++i) {
            cards->verifyPin(QStringLiteral("000000"));
            QTRY_COMPARE_WITH_TIMEOUT(answers.size(), i, 5000);
        }
        QCOMPARE(reader->pinTriesLeft(), 0);
        QCOMPARE(screen->flow()->state(), State::EnterNew); // the screen does not care what else the card did
    }

    PinResetScreen* open()
    {
        ModuleContext c;
        c.mode = TerminalMode::Counter;
        c.platform = client.get();
        c.cards = cards.get();
        c.back = [] {};
        screen = std::make_unique<PinResetScreen>(c);
        screen->resize(1280, 800);
        screen->show();
        return screen.get();
    }

    // The card in, the new PIN typed twice on the customer display: the screen waits for the code.
    void upToTheCode(const EmulatedCard& card, const QString& pin)
    {
        insertLocked(card);
        typeOn(screen->customerDisplay()->pad(), pin);
        typeOn(screen->customerDisplay()->pad(), pin);
        QCOMPARE(screen->flow()->state(), State::ShowCode);
        QVERIFY(screen->awaitingConfirmation());
    }

    QStringList outcomesOnFile()
    {
        QSqlQuery q(platform.database());
        QStringList outcomes;
        if (q.exec(QStringLiteral("SELECT outcome FROM card_pin_resets ORDER BY started_at")))
            while (q.next())
                outcomes << q.value(0).toString();
        return outcomes;
    }

private slots:
    // A counter without a card reader: no steps that point at a reader, and where the citizen can go instead.
    void withoutAReaderTheStepsGiveWayToWhereToGo()
    {
        ModuleContext c;
        c.mode = TerminalMode::Counter;
        c.platform = client.get();
        c.back = [] {};
        PinResetScreen bare(c);
        bare.resize(1280, 800);
        bare.show();
        QCOMPARE(bare.notice()->tone(), design::Tone::Warning);
        QVERIFY2(bare.notice()->detail().contains(u"两样设备都有的窗口"),
                 qPrintable(bare.notice()->detail()));
        for (const QLabel* label : bare.findChildren<QLabel*>())
            QVERIFY2(!label->isVisible() || !label->text().contains(u"把申请人的社保卡插入读卡器"),
                     qPrintable(label->text()));
    }

    void initTestCase()
    {
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        reader = std::make_unique<EmulatedCardReader>(usb, 7);
        client =
            std::make_unique<PlatformClient>(demoterminal::config(platform.port(), TerminalMode::Counter));
        const QString clerk = platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter"));
        QVERIFY(!clerk.isEmpty());
        client->setStaffSession(clerk);
        context = std::make_unique<UsbContext>();
        cards = std::make_unique<CardReaderManager>(*context);
        QTRY_COMPARE_WITH_TIMEOUT(cards->readerCount(), 1, 5000);
    }

    void cleanup()
    {
        screen.reset();
        reader->remove();
        QTRY_VERIFY_WITH_TIMEOUT(!cards->cardPresent(), 5000);
    }

    void cleanupTestCase()
    {
        cards.reset();
        context.reset();
    }

    void aLockedCardTakesTheCitizensNewPin()
    {
        const qsizetype before = outcomesOnFile().size();
        open();
        QCOMPARE(screen->flow()->state(), State::InsertCard);
        demoterminal::saveScreenshot(*screen, QStringLiteral("pin-reset-insert-zh_CN.png"));
        insertLocked(cardOf(QStringLiteral("zhang-wei")));
        // The clerk's screen never shows a digit; the citizen's display has the pad.
        demoterminal::saveScreenshot(*screen, QStringLiteral("pin-reset-typing-zh_CN.png"));
        demoterminal::saveScreenshot(*screen->customerDisplay(),
                                     QStringLiteral("pin-reset-customer-pad-zh_CN.png"));
        typeOn(screen->customerDisplay()->pad(), QStringLiteral("258147"));
        typeOn(screen->customerDisplay()->pad(), QStringLiteral("258147"));
        QCOMPARE(screen->flow()->state(), State::ShowCode);
        demoterminal::saveScreenshot(*screen, QStringLiteral("pin-reset-code-zh_CN.png"));
        screen->confirmWithCode(platform.mint(QStringLiteral("zhang-wei")));
        QTRY_VERIFY_WITH_TIMEOUT(
            screen->flow()->state() == State::Done || screen->flow()->state() == State::Failed, 10000);
        QVERIFY2(screen->flow()->state() == State::Done,
                 qPrintable(QStringLiteral("problem %1, %2")
                                .arg(int(screen->flow()->problem()))
                                .arg(screen->flow()->platformAnswer().errorCode)));
        QCOMPARE(screen->result()->tone(), design::Tone::Success);
        QCOMPARE(screen->customerDisplay()->notice()->tone(), design::Tone::Success);
        demoterminal::saveScreenshot(*screen, QStringLiteral("pin-reset-done-zh_CN.png"));
        demoterminal::saveScreenshot(*screen->customerDisplay(),
                                     QStringLiteral("pin-reset-customer-done-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(screen->result()->headline().contains(u"reset"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("pin-reset-done-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
        // The card: unlocked, every try back; the platform: the reset done, on the card's proof.
        QCOMPARE(reader->pinTriesLeft(), 3);
        QCOMPARE(outcomesOnFile().size(), before + 1);
        QCOMPARE(outcomesOnFile().last(), QStringLiteral("reset"));
    }

    void anotherPersonsCodeChangesNothing()
    {
        const qsizetype before = outcomesOnFile().size();
        open();
        upToTheCode(cardOf(QStringLiteral("zhang-wei")), QStringLiteral("369258"));
        screen->confirmWithCode(platform.mint(QStringLiteral("li-na")));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::Failed, 10000);
        QCOMPARE(screen->flow()->platformAnswer().errorCode, QStringLiteral("second_factor_other_person"));
        QVERIFY(!screen->flow()->cardMayHoldNewPin());
        QCOMPARE(screen->result()->tone(), design::Tone::Error);
        demoterminal::saveScreenshot(*screen, QStringLiteral("pin-reset-other-code-zh_CN.png"));
        QCOMPARE(reader->pinTriesLeft(), 0); // still locked
        QCOMPARE(outcomesOnFile().size(), before);
        // "Start again" on the result: the same card, the PIN asked for again.
        screen->flow()->startAgain();
        QCOMPARE(screen->flow()->state(), State::EnterNew);
    }

    void aWeakPinNeverReachesTheCard()
    {
        open();
        EmulatedCard card = cardOf(QStringLiteral("zhang-wei"));
        card.generation = 2; // hands over EF06 without a PIN: the birth date is known (generation 3: not)
        insertLocked(card);
        const int apdus = reader->apdusSeen();
        for (const char* weak : {"777777", "456789", "850312"}) { // the last: zhang-wei's birth date, yyMMdd
            typeOn(screen->customerDisplay()->pad(), QLatin1String(weak));
            QCOMPARE(screen->flow()->state(), State::EnterNew);
            QCOMPARE(screen->flow()->problem(), PinResetFlow::Problem::Weak);
            QVERIFY(!screen->customerDisplay()->pad()->messageText().isEmpty());
        }
        typeOn(screen->customerDisplay()->pad(), QStringLiteral("258147"));
        typeOn(screen->customerDisplay()->pad(), QStringLiteral("258174"));
        QCOMPARE(screen->flow()->problem(), PinResetFlow::Problem::Mismatch);
        demoterminal::saveScreenshot(*screen->customerDisplay(),
                                     QStringLiteral("pin-reset-customer-mismatch-zh_CN.png"));
        QCOMPARE(reader->apdusSeen(), apdus);
    }

    void theCardPulledMidResetIsSaidPlainly()
    {
        open();
        upToTheCode(cardOf(QStringLiteral("zhang-wei")), QStringLiteral("147258"));
        // GET CHALLENGE is the next APDU, RESET PIN the one after: the card leaves after the chip took it.
        reader->pullDuring(2, true);
        screen->confirmWithCode(platform.mint(QStringLiteral("zhang-wei")));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::Failed, 10000);
        QCOMPARE(screen->flow()->problem(), PinResetFlow::Problem::CardGone);
        QVERIFY(screen->flow()->cardMayHoldNewPin());
        QVERIFY(screen->result()->headline().size() > 0);
        // The chip acted: it is unlocked with the new PIN (the screen told the clerk it may be so).
        QCOMPARE(reader->pinTriesLeft(), 3);
    }
};

QTEST_MAIN(TestPinReset)
#include "tst_pinreset.moc"
