// Applying for a replacement card from "My social security card" against the real platform
// (docs/card-services.md, "Replace the card"): each card in use or reported lost offers it; the reasons are
// those its status allows; the fee is shown for the chosen reason before anything is filed; the platform
// files it once and the result shows the receipt and where to collect the card; "My applications" then
// lists it; a second application while one stands is refused with the platform's reason; at a counter the
// clerk is recorded. zh and en, standard and elder. The platform's side: tst_cardreplacementapi.
#include "../documents/pdftext.h"
#include "demoterminal.h"
#include "platformfixture.h"
#include "screensession.h"
#include "screenshots.h"

#include "camera/qrdecoder.h"
#include "cardservices/replacementrules.h"
#include "i18n/translator.h"
#include "moduleapi/choicebuttons.h"
#include "moduleapi/documentactions.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/resultpage.h"
#include "mycard/mycardscreen.h"
#include "mycard/replacecardpage.h"
#include "mycard/reportlostpage.h"
#include "theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTest>

using namespace ssc;

class TestReplaceCardScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    QString value(const QString& sql)
    {
        QSqlQuery q(platform.database());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

    static std::unique_ptr<MyCardScreen> showCards(const ModuleContext& context)
    {
        auto screen = std::make_unique<MyCardScreen>(context);
        screen->resize(1280, 800);
        screen->show();
        return screen;
    }

    static ReplaceCardPage* startReplacement(MyCardScreen& screen)
    {
        const auto buttons = screen.findChildren<QPushButton*>(QStringLiteral("replaceCardButton"));
        if (buttons.isEmpty())
            return nullptr;
        QTest::mouseClick(buttons.first(), Qt::LeftButton);
        return screen.replaceCard();
    }

    static void save(QWidget& widget, const QString& name) { demoterminal::saveScreenshot(widget, name); }

    // Whether a widget is whole in the visible part of the scroll area it is in.
    static bool wholeInView(const QWidget* widget)
    {
        const QScrollArea* area = nullptr;
        for (const QWidget* w = widget->parentWidget(); w && !area; w = w->parentWidget())
            area = qobject_cast<const QScrollArea*>(w);
        return area && area->viewport()->rect().contains(
                           QRect(widget->mapTo(area->viewport(), QPoint(0, 0)), widget->size()));
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void init()
    {
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
    }

    void aKioskAppliesWithTheFeeShownFirst()
    {
        ScreenSession kiosk(platform);
        const ModuleContext context = kiosk.logIn(QStringLiteral("zhang-wei"));
        auto cards = showCards(context);
        ReplaceCardPage* page = startReplacement(*cards);
        QVERIFY(page && page->isVisible());
        // A card in use: the reasons of a card in use; nothing chosen, no fee, nothing to confirm yet.
        QCOMPARE(page->reasons()->keys(), (QStringList{QStringLiteral("damaged"), QStringLiteral("expired"),
                                                       QStringLiteral("information-change")}));
        QVERIFY(!page->fee()->isVisible());
        QVERIFY(!page->confirmButton()->isEnabled());
        page->reasons()->click(QStringLiteral("damaged"));
        QVERIFY(page->fee()->isVisible());
        QVERIFY(page->fee()->headline().contains(ReplacementRules::feeText(2000)));
        page->reasons()->click(QStringLiteral("expired"));
        QVERIFY(page->fee()->headline().contains(ReplacementRules::feeText(0)));
        QVERIFY(page->confirmButton()->isEnabled());
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM card_replacements")), QStringLiteral("0"));
        QVERIFY(demoterminal::saveInBothLanguages(*page, QStringLiteral("replace-card-apply"), [&] {
            return page->confirmButton()->text() == u"Apply for a new card";
        }));
        applyTheme(*qApp, Theme::Elder);
        save(*cards, QStringLiteral("replace-card-apply-elder-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        save(*cards, QStringLiteral("replace-card-apply-elder-en.png"));
        // Large type in a kiosk window's room (1280 x 800 less the header and footer): the fee is under the
        // fold until a reason is tapped, which brings it into view above "Apply".
        cards->resize(1280, 620);
        auto* form = page->findChild<QScrollArea*>();
        QTest::qWait(50);
        form->verticalScrollBar()->setValue(0);
        QVERIFY2(!wholeInView(page->fee()), "the fee is in view anyway: the check below proves nothing");
        // In Chinese the question's first answer is above the fold with it (the way to report a loss stands
        // beside the question, not in a row of its own that pushed the answers down; English wraps the card's
        // line, and the first answer is a page-down away).
        QVERIFY(useLanguage(chineseLanguage));
        QTest::qWait(50);
        form->verticalScrollBar()->setValue(0);
        const auto reasonTiles = page->reasons()->findChildren<QAbstractButton*>();
        QVERIFY(!reasonTiles.isEmpty());
        QVERIFY2(wholeInView(reasonTiles.first()), "the first reason is under the fold");
        QVERIFY(wholeInView(page->reportLostButton()));
        QVERIFY(useLanguage(englishLanguage));
        QTest::qWait(50);
        form->verticalScrollBar()->setValue(0);
        page->reasons()->click(QStringLiteral("damaged"));
        QTRY_VERIFY(wholeInView(page->fee()));
        page->reasons()->click(QStringLiteral("expired")); // as chosen before: the one filed below
        cards->resize(1280, 800);
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);

        QTest::mouseClick(page->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->showingResult(), 10000);
        QCOMPARE(page->result()->tone(), design::Tone::Success);
        const QString receipt = page->result()->receiptShown();
        QVERIFY2(receipt.startsWith(u'R') && receipt.count(u' ') >= 3, qPrintable(receipt)); // grouped
        QCOMPARE(value(QStringLiteral("SELECT reason FROM card_replacements")), QStringLiteral("expired"));
        // The receipt to keep: by the phone's camera (the number as filed) and on paper, with where to
        // collect the card.
        const QrReading scanned = QrDecoder::decode(page->result()->receiptQr()->pixmap().toImage());
        QVERIFY2(scanned.found(), qPrintable(scanned.reason()));
        QCOMPARE(scanned.text.section(u' ', -1),
                 value(QStringLiteral("SELECT receipt FROM applications WHERE kind = 'card-replacement'")));
        const QString printed = pdftext::fromBytes(page->receipt()->pdf());
        QVERIFY2(printed.contains(receipt) && QString(printed).remove(u'\n').contains(u"领取"),
                 qPrintable(printed));
        QCOMPARE(value(QStringLiteral("SELECT status FROM applications WHERE kind = 'card-replacement'")),
                 QStringLiteral("submitted"));
        QVERIFY(demoterminal::saveInBothLanguages(*page, QStringLiteral("replace-card-done"), [&] {
            return page->result()->headline() == u"Applied for a new card";
        }));
        applyTheme(*qApp, Theme::Elder);
        save(*cards, QStringLiteral("replace-card-done-elder-zh_CN.png"));
        cards->resize(1080, 1700); // a portrait kiosk in large type: the ways on stay on the screen
        QTest::qWait(50);
        QWidget* home = page->result()->homeButton();
        QCOMPARE(home->visibleRegion().boundingRect(), home->rect());
        save(*cards, QStringLiteral("replace-card-done-elder-portrait-zh_CN.png"));
        cards->resize(1280, 800);
        QVERIFY(useLanguage(englishLanguage));
        save(*cards, QStringLiteral("replace-card-done-elder-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);

        // Back to the cards; a second application for the same card is refused with the platform's reason.
        QTRY_COMPARE(page->result()->nextServiceButton()->text(), QStringLiteral("返回我的社保卡"));
        QTest::mouseClick(page->result()->nextServiceButton(), Qt::LeftButton);
        QTRY_VERIFY(!cards->replaceCard());
        ReplaceCardPage* again = startReplacement(*cards);
        QVERIFY(again);
        again->reasons()->click(QStringLiteral("damaged"));
        QTest::mouseClick(again->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(again->problem()->isVisible(), 10000);
        // Said plainly, with no "try again" that could not change it.
        QCOMPARE(again->problem()->tone(), design::Tone::Info);
        QVERIFY(!again->problem()->detail().isEmpty());
        QVERIFY(again->confirmButton()->isHidden());
        QVERIFY(!again->showingResult());
        save(*cards, QStringLiteral("replace-card-refused-zh_CN.png"));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM card_replacements")), QStringLiteral("1"));
    }

    void aLostCardInUseLeadsToTheLossReportFirst()
    {
        ScreenSession kiosk(platform);
        const ModuleContext context = kiosk.logIn(QStringLiteral("li-na")); // two cards in use
        auto cards = showCards(context);
        const QString filedBefore = value(QStringLiteral("SELECT COUNT(*) FROM card_replacements"));
        const auto replaceButtons = cards->findChildren<QPushButton*>(QStringLiteral("replaceCardButton"));
        QCOMPARE(replaceButtons.size(), 2);
        QTest::mouseClick(replaceButtons.last(),
                          Qt::LeftButton); // the second card, not the one logged in with
        ReplaceCardPage* page = cards->replaceCard();
        QVERIFY(page);
        const QString second = page->card().cardIdentifier;
        QCOMPARE(second, context.session->person.cards.last().cardIdentifier);
        // "Lost? Report it first" is a button, not only words: it opens the loss report for this same card,
        // and nothing is filed or reported until the person confirms there.
        QVERIFY(page->reportLostButton()->isVisible());
        QCOMPARE(page->reportLostButton()->text(), QStringLiteral("卡丢了？请先挂失"));
        QTest::mouseClick(page->reportLostButton(), Qt::LeftButton);
        QTRY_VERIFY(cards->reportLost() && cards->reportLost()->isVisible());
        QCOMPARE(cards->reportLost()->card().cardIdentifier, second);
        QVERIFY(!cards->replaceCard());
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM card_replacements")), filedBefore);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM cards WHERE status = 'lost' AND person_id = "
                                      "(SELECT person_id FROM cards WHERE card_identifier = '%1')")
                           .arg(second)),
                 QStringLiteral("0"));
    }

    void aLostCardAtTheCounterHasOneReasonAndTheClerkIsRecorded()
    {
        ScreenSession counter(platform, TerminalMode::Counter);
        counter.client().setStaffSession(
            platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")));
        const ModuleContext context = counter.logIn(QStringLiteral("chen-unemployed"));
        auto cards = showCards(context);
        // Reported lost on this screen first (the report's own page), then replaced for that reason only.
        cards->openReportLost(context.session->person.cards.first().cardIdentifier);
        QVERIFY(cards->reportLost());
        QTest::mouseClick(cards->reportLost()->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(cards->reportLost()->showingResult(), 10000);
        QTest::mouseClick(cards->reportLost()->result()->nextServiceButton(), Qt::LeftButton);
        QTRY_VERIFY(!cards->reportLost());
        ReplaceCardPage* page = startReplacement(*cards);
        QVERIFY(page);
        QCOMPARE(page->reasons()->keys(), QStringList{QStringLiteral("lost")});
        QCOMPARE(page->reasons()->chosenKey(), QStringLiteral("lost"));
        QVERIFY(page->fee()->headline().contains(ReplacementRules::feeText(2000)));
        QVERIFY(page->confirmButton()->isEnabled());
        save(*cards, QStringLiteral("replace-card-apply-counter-zh_CN.png"));
        QTest::mouseClick(page->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->showingResult(), 10000);
        QVERIFY(value(QStringLiteral("SELECT staff_id FROM card_replacements WHERE reason = 'lost'"))
                    .toLongLong() > 0);
        // The way back leads to the cards of the person served, not to the clerk's own.
        QCOMPARE(page->result()->nextServiceButton()->text(), QStringLiteral("返回社保卡列表"));
        save(*cards, QStringLiteral("replace-card-done-counter-zh_CN.png"));
    }
};

QTEST_MAIN(TestReplaceCardScreen)
#include "tst_replacecardscreen.moc"
