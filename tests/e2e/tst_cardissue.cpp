// Issuing a replacement card at a counter, end to end (docs/card-services.md, "Replace the card"): the real
// platform (--demo), the clerk's screen and the customer display (real widgets), the emulated instant-issue
// encoder writing a chip, and an emulated CCID reader read by the real libusb driver. The citizen chooses the
// new card's PIN on the customer display; the platform makes the card sealed; the new card proves itself
// under that PIN; only then is it active and the old card cancelled. Also: a weak PIN never reaches the
// encoder, the old card in the reader is not taken for the new one, the new card pulled out before it proved
// itself is said plainly and a retry proves the same card (no second card made), an empty hopper changes
// nothing, and a citizen with no replacement under way is told where to apply.
#include "emulatedcardreader.h"
#include "screensession.h"
#include "screenshots.h"
#include "usbemulator.h"

#include "cardpin/customerpinpad.h"
#include "cardreader/cardreadermanager.h"
#include "cardservices/cardreplacement.h"
#include "i18n/translator.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/pinpadscreen.h"
#include "moduleapi/resultpage.h"
#include "mycard/cardissuescreen.h"
#include "simulator/emulatedcardencoder.h"
#include "theme.h"
#include "usb/usbcontext.h"

#include <QApplication>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace ssc;
using State = CardIssueFlow::State;
using Problem = CardIssueFlow::Problem;

namespace {

// The chip the encoder wrote, as the emulated USB reader holds it.
EmulatedCard emulated(const SimulatedCard::Personalisation& chip)
{
    EmulatedCard card;
    card.generation = chip.files.specVersion.section(u'.', 0, 0).toInt();
    card.pin = chip.pin;
    card.cardKey = chip.cardKey;
    card.unblockKey = chip.unblockKey;
    card.identifier = chip.files.cardIdentifier;
    card.cardNumber = chip.files.cardNumber;
    card.ssn = chip.files.ssn;
    card.name = chip.files.name;
    card.sex = chip.files.sex == u"female" ? QStringLiteral("2") : QStringLiteral("1");
    card.birthDate = chip.files.birthDate;
    card.issued = chip.files.issued;
    card.expires = chip.files.expires;
    return card;
}

} // namespace

class TestCardIssue : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    UsbEmulator usb;
    std::unique_ptr<EmulatedCardReader> reader;
    std::unique_ptr<UsbContext> context;
    std::unique_ptr<CardReaderManager> cards;
    std::unique_ptr<ScreenSession> counter;
    std::unique_ptr<EmulatedCardEncoder> encoder;
    std::optional<SimulatedCard::Personalisation> tray; // the card the encoder wrote, not yet in the reader
    std::unique_ptr<CardIssueScreen> screen;
    bool sessionHeld = false;

    QString value(const QString& sql)
    {
        QSqlQuery q(platform.database());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

    QString cardStatus(const QString& identifier)
    {
        return value(QStringLiteral("SELECT status FROM cards WHERE card_identifier = '%1'").arg(identifier));
    }

    static void typeOn(PinPadScreen* pad, const QString& pin)
    {
        for (const QChar digit : pin)
            pad->tap(digit);
        pad->tap(QStringLiteral("confirm"));
    }

    // The person logged in at the counter, their card's replacement applied for (reason damaged).
    QString applied(const QString& person)
    {
        ModuleContext c = counter->logIn(person);
        const QString oldCard = c.session->person.cards.first().cardIdentifier;
        bool done = false;
        CardReplacement::apply(counter->client(), oldCard, ReplacementReason::Damaged,
                               QUuid::createUuid().toByteArray(QUuid::WithoutBraces),
                               [&](const PlatformResult& r, const auto&) { done = r.ok(); });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return {};
        return oldCard;
    }

    CardIssueScreen* open(const QString& person, int blanks = 3)
    {
        encoder = std::make_unique<EmulatedCardEncoder>(blanks);
        encoder->setOutput([this](const SimulatedCard::Personalisation& chip) { tray = chip; });
        ModuleContext c = counter->logIn(person);
        c.cards = cards.get();
        c.encoder = encoder.get();
        c.back = [] {};
        c.holdCardSession = [this](bool hold) { sessionHeld = hold; };
        screen = std::make_unique<CardIssueScreen>(c);
        screen->resize(1280, 800);
        screen->show();
        (void)QTest::qWaitFor([&] { return !screen->lookingUp(); }, 10000);
        return screen.get();
    }

    // Started, the PIN chosen twice on the customer display: the platform makes the card, the encoder writes.
    void upToTheWrittenCard(const QString& pin)
    {
        QVERIFY(screen->startButton()->isVisible());
        QTest::mouseClick(screen->startButton(), Qt::LeftButton);
        QCOMPARE(screen->flow()->state(), State::EnterNew);
        QVERIFY(sessionHeld);
        typeOn(screen->customerDisplay()->pad(), pin);
        typeOn(screen->customerDisplay()->pad(), pin);
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::InsertCard, 10000);
        QVERIFY(tray.has_value());
        QCOMPARE(tray->files.cardIdentifier, screen->flow()->newCardIdentifier());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        reader = std::make_unique<EmulatedCardReader>(usb, 7);
        counter = std::make_unique<ScreenSession>(platform, TerminalMode::Counter);
        const QString clerk = platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter"));
        QVERIFY(!clerk.isEmpty());
        counter->client().setStaffSession(clerk);
        context = std::make_unique<UsbContext>();
        cards = std::make_unique<CardReaderManager>(*context);
        QTRY_COMPARE_WITH_TIMEOUT(cards->readerCount(), 1, 5000);
    }

    void cleanup()
    {
        screen.reset();
        tray.reset();
        reader->remove();
        QTRY_VERIFY_WITH_TIMEOUT(!cards->cardPresent(), 5000);
    }

    void cleanupTestCase()
    {
        cards.reset();
        context.reset();
    }

    void theNewCardProvesItselfAndTheOldOneIsCancelled()
    {
        const QString oldCard = applied(QStringLiteral("zhang-wei"));
        QVERIFY(!oldCard.isEmpty());
        const QString cardsBefore = value(QStringLiteral("SELECT COUNT(*) FROM cards"));
        open(QStringLiteral("zhang-wei"));
        QVERIFY(screen->notice()->headline().contains(design::groupForReading(screen->receipt())));
        demoterminal::saveScreenshot(*screen, QStringLiteral("card-issue-start-zh_CN.png"));
        QTest::mouseClick(screen->startButton(), Qt::LeftButton);
        // A weak PIN is refused on the customer display: nothing reaches the platform or the encoder.
        typeOn(screen->customerDisplay()->pad(), QStringLiteral("123456"));
        QCOMPARE(screen->flow()->problem(), Problem::Weak);
        QCOMPARE(encoder->blanksLeft(), 3);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM cards")), cardsBefore);
        demoterminal::saveScreenshot(*screen->customerDisplay(),
                                     QStringLiteral("card-issue-customer-weak-zh_CN.png"));
        typeOn(screen->customerDisplay()->pad(), QStringLiteral("258147"));
        typeOn(screen->customerDisplay()->pad(), QStringLiteral("258147"));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::InsertCard, 10000);
        QCOMPARE(encoder->blanksLeft(), 2);
        const QString newCard = screen->flow()->newCardIdentifier();
        // Written, but the terminal's word changes nothing: the platform holds the new card sealed.
        QCOMPARE(cardStatus(newCard), QStringLiteral("sealed"));
        QCOMPARE(cardStatus(oldCard), QStringLiteral("normal"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("card-issue-insert-zh_CN.png"));

        reader->insert(emulated(*tray));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::Done, 15000);
        QCOMPARE(cardStatus(newCard), QStringLiteral("normal"));
        QCOMPARE(cardStatus(oldCard), QStringLiteral("cancelled"));
        QCOMPARE(value(QStringLiteral("SELECT status FROM applications WHERE receipt = '%1'")
                           .arg(screen->receipt())),
                 QStringLiteral("collected"));
        QCOMPARE(screen->result()->tone(), design::Tone::Success);
        QVERIFY(screen->result()->nextText().contains(screen->flow()->newCardNumberMasked()));
        QVERIFY(!screen->result()->nextText().contains(tray->files.cardNumber)); // masked
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("card-issue-done"), [&] {
            return screen->result()->headline() == u"The new card is active";
        }));
        demoterminal::saveScreenshot(*screen->customerDisplay(),
                                     QStringLiteral("card-issue-customer-done-zh_CN.png"));
        applyTheme(*qApp, Theme::Elder);
        demoterminal::saveScreenshot(*screen, QStringLiteral("card-issue-done-elder-zh_CN.png"));
        applyTheme(*qApp, Theme::Standard);
    }

    void theOldCardIsNotTakenAndACardPulledOutIsProvenAgain()
    {
        QVERIFY(!applied(QStringLiteral("zhao-mover")).isEmpty());
        open(QStringLiteral("zhao-mover"));
        upToTheWrittenCard(QStringLiteral("369258"));
        const QString newCard = screen->flow()->newCardIdentifier();
        // Another card with the same chip but not this identifier (the old card, a card from the last
        // citizen): refused plainly, nothing sent to it. Its reading tells how many APDUs a card's reading
        // takes.
        EmulatedCard other = emulated(*tray);
        other.identifier = QStringLiteral("110000D156000005FFFFFFFFFFFFFFFF");
        reader->insert(other);
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->problem(), Problem::WrongCard, 8000);
        const int readingApdus = reader->apdusSeen();
        QCOMPARE(screen->flow()->state(), State::InsertCard);
        QCOMPARE(screen->notice()->tone(), design::Tone::Warning);
        demoterminal::saveScreenshot(*screen, QStringLiteral("card-issue-wrong-card-zh_CN.png"));
        reader->remove();
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->problem(), Problem::None, 5000);

        // The new card leaves the reader as it is asked for its PIN: said plainly, the card still sealed.
        EmulatedCard pulled = emulated(*tray);
        pulled.pullAfterApdus = readingApdus;
        reader->insert(pulled);
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::Failed, 10000);
        QCOMPARE(screen->flow()->problem(), Problem::CardGone);
        QCOMPARE(screen->result()->tone(), design::Tone::Error);
        QCOMPARE(cardStatus(newCard), QStringLiteral("sealed"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("card-issue-card-gone-zh_CN.png"));

        // Tried again: the same card proves itself; no blank spent, no second card made.
        QTest::mouseClick(screen->result()->nextServiceButton(), Qt::LeftButton);
        QCOMPARE(screen->flow()->state(), State::InsertCard);
        reader->insert(emulated(*tray));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::Done, 15000);
        QCOMPARE(encoder->blanksLeft(), 2);
        QCOMPARE(cardStatus(newCard), QStringLiteral("normal"));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM cards WHERE person_id = (SELECT person_id FROM "
                                      "cards WHERE card_identifier = '%1')")
                           .arg(newCard)),
                 QStringLiteral("2"));
    }

    void anEmptyHopperChangesNothing()
    {
        const QString oldCard = applied(QStringLiteral("elderly-parent"));
        QVERIFY(!oldCard.isEmpty());
        open(QStringLiteral("elderly-parent"), 0);
        QVERIFY(screen->startButton()->isVisible());
        QTest::mouseClick(screen->startButton(), Qt::LeftButton);
        typeOn(screen->customerDisplay()->pad(), QStringLiteral("741852"));
        typeOn(screen->customerDisplay()->pad(), QStringLiteral("741852"));
        QTRY_COMPARE_WITH_TIMEOUT(screen->flow()->state(), State::Failed, 5000);
        QCOMPARE(screen->flow()->problem(), Problem::NoBlank);
        QVERIFY(!tray);
        QCOMPARE(cardStatus(oldCard), QStringLiteral("normal"));
        QCOMPARE(value(QStringLiteral("SELECT status FROM applications WHERE receipt = '%1'")
                           .arg(screen->receipt())),
                 QStringLiteral("submitted"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("card-issue-no-blank-zh_CN.png"));
    }

    void aCitizenWithoutAReplacementIsToldWhereToApply()
    {
        open(QStringLiteral("chen-unemployed"));
        QVERIFY(!screen->lookingUp());
        QVERIFY(screen->receipt().isEmpty());
        QVERIFY(!screen->startButton()->isVisible());
        QCOMPARE(screen->notice()->tone(), design::Tone::Info);
        demoterminal::saveScreenshot(*screen, QStringLiteral("card-issue-none-zh_CN.png"));
    }
};

QTEST_MAIN(TestCardIssue)
#include "tst_cardissue.moc"
