// Reporting a card lost from "My social security card" against the real platform (docs/card-services.md,
// "Report lost"): each card in use offers it; the page says what happens before anything does; the platform
// changes the card's status and the result shows the receipt grouped for reading; a card reported elsewhere
// meanwhile is said plainly, without a "try again" that could not change it; at a counter the clerk is
// recorded. zh and en, standard and elder. The platform's side: tst_cardlossapi.
#include "../documents/pdftext.h"
#include "demoterminal.h"
#include "platformfixture.h"
#include "screensession.h"
#include "screenshots.h"

#include "camera/qrdecoder.h"
#include "domain/cardstatus.h"
#include "i18n/translator.h"
#include "moduleapi/choicebuttons.h"
#include "moduleapi/documentactions.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/resultpage.h"
#include "mycard/mycardscreen.h"
#include "mycard/replacecardpage.h"
#include "mycard/reportlostpage.h"
#include "theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace ssc;

class TestReportLostScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    QString statusOnPlatform(const QString& card)
    {
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT status FROM cards WHERE card_identifier = ?"));
        q.addBindValue(card);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    static QList<QPushButton*> reportButtons(MyCardScreen& screen)
    {
        return screen.findChildren<QPushButton*>(QStringLiteral("reportLostButton"));
    }

    // "My social security card" for the context's person, at kiosk size.
    static std::unique_ptr<MyCardScreen> showCards(const ModuleContext& context)
    {
        auto screen = std::make_unique<MyCardScreen>(context);
        screen->resize(1280, 800);
        screen->show();
        return screen;
    }

    // "Report lost" pressed on the person's first card: the page that says what will happen.
    static ReportLostPage* startReport(MyCardScreen& screen)
    {
        QTest::mouseClick(reportButtons(screen).first(), Qt::LeftButton);
        return screen.reportLost();
    }

    static void save(QWidget& widget, const QString& name) { demoterminal::saveScreenshot(widget, name); }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
    }

    void init()
    {
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
    }

    void aKioskReportsOneCardOfTwo()
    {
        ScreenSession kiosk(platform);
        const ModuleContext context = kiosk.logIn(QStringLiteral("li-na"));
        auto cards = showCards(context);
        MyCardScreen& screen = *cards;
        QCOMPARE(reportButtons(screen).size(), 2); // both her cards are in use
        const QString card = context.session->person.cards.first().cardIdentifier;
        ReportLostPage* page = startReport(screen);
        QVERIFY(page && page->isVisible());
        // Nothing has happened yet: the page says what will.
        QCOMPARE(page->warning()->tone(), design::Tone::Warning);
        QVERIFY(!page->warning()->detail().isEmpty());
        QCOMPARE(statusOnPlatform(card), QStringLiteral("normal"));
        QVERIFY(demoterminal::saveInBothLanguages(*page, QStringLiteral("report-lost-confirm"), [&] {
            return page->confirmButton()->text() == u"Report this card lost";
        }));
        applyTheme(*qApp, Theme::Elder);
        save(screen, QStringLiteral("report-lost-confirm-elder-zh_CN.png"));
        applyTheme(*qApp, Theme::Standard);

        QTest::mouseClick(page->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->showingResult(), 10000);
        QCOMPARE(statusOnPlatform(card), QStringLiteral("lost"));
        QCOMPARE(page->result()->tone(), design::Tone::Success);
        const QString receipt = page->result()->receiptShown();
        QVERIFY2(receipt.startsWith(u'R') && receipt.count(u' ') >= 3, qPrintable(receipt)); // grouped
        QVERIFY(!page->result()->nextText().isEmpty());
        // The receipt to take away: the phone's camera keeps the number (the code holds nothing else), and
        // the printed receipt says what was done to which card, masked as on screen.
        const QrReading scanned = QrDecoder::decode(page->result()->receiptQr()->pixmap().toImage());
        QVERIFY2(scanned.found(), qPrintable(scanned.reason()));
        QCOMPARE(scanned.text, page->result()->receiptQrText());
        const QString rawReceipt = scanned.text.section(u' ', -1);
        QCOMPARE(design::groupForReading(rawReceipt), receipt);
        const QString printed = pdftext::fromBytes(page->receipt()->pdf());
        QVERIFY2(printed.contains(receipt) && printed.contains(rawReceipt), qPrintable(printed));
        QVERIFY2(printed.contains(context.session->person.cards.first().maskedCardNumber),
                 qPrintable(printed));
        QSqlQuery number(platform.database());
        QVERIFY(number.exec(
                    QStringLiteral("SELECT card_number FROM cards WHERE card_identifier = '%1'").arg(card)) &&
                number.next());
        QVERIFY2(!printed.contains(number.value(0).toString()),
                 qPrintable(printed)); // never the whole number
        QVERIFY2(printed.contains(page->result()->headline()), qPrintable(printed));
        QVERIFY(demoterminal::saveInBothLanguages(*page, QStringLiteral("report-lost-done"), [&] {
            return page->result()->headline() == u"The card is reported lost";
        }));
        applyTheme(*qApp, Theme::Elder);
        save(screen, QStringLiteral("report-lost-done-elder-zh_CN.png"));
        // A portrait kiosk in large type: the receipt and the ways on stay on the screen, nothing cut off.
        screen.resize(1080, 1700);
        QTest::qWait(50);
        for (QWidget* part :
             {static_cast<QWidget*>(page->findChild<QLabel*>(QStringLiteral("receiptNumber"))),
              static_cast<QWidget*>(page->result()->homeButton())}) {
            // Its part not clipped by any parent (the page's scroll area included).
            QVERIFY2(part->visibleRegion().boundingRect() == part->rect(),
                     qPrintable(part->objectName() + u' ' +
                                QString::number(part->visibleRegion().boundingRect().width()) + u'/' +
                                QString::number(part->width())));
        }
        save(screen, QStringLiteral("report-lost-done-elder-portrait-zh_CN.png"));
        screen.resize(1280, 800);
        QVERIFY(useLanguage(englishLanguage));
        save(screen, QStringLiteral("report-lost-done-elder-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);

        // The way on is the new card (申请补换卡), the primary action: it opens the replacement for this
        // card, now reported lost.
        QTRY_COMPARE(page->result()->nextServiceButton()->text(),
                     QStringLiteral("申请补换卡")); // the language back
        QVERIFY(page->result()->nextServiceButton()->property("primary").toBool());
        QVERIFY(!page->result()->homeButton()->property("primary").toBool());
        QTest::mouseClick(page->result()->nextServiceButton(), Qt::LeftButton);
        QTRY_VERIFY(!screen.reportLost());
        QVERIFY(screen.replaceCard() && screen.replaceCard()->isVisible());
        QCOMPARE(screen.replaceCard()->reasons()->keys().size(), 1); // lost: the one reason, chosen already
        save(screen, QStringLiteral("report-lost-then-replace-zh_CN.png"));

        // Back from it to the cards: that one says it is reported lost, and only the other can still be
        // reported.
        QTest::mouseClick(screen.replaceCard()->findChild<QPushButton*>(QStringLiteral("backButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!screen.replaceCard());
        QCOMPARE(reportButtons(screen).size(), 1);
        bool saysLost = false;
        for (QLabel* label : screen.findChildren<QLabel*>())
            saysLost |=
                label->isVisible() && label->text() == CardStatusPolicy::displayName(CardStatus::Lost);
        QVERIFY(saysLost);
        save(screen, QStringLiteral("mycard-after-report-zh_CN.png"));
    }

    void aCardAlreadyReportedElsewhereIsSaidPlainly()
    {
        ScreenSession kiosk(platform);
        const ModuleContext context = kiosk.logIn(QStringLiteral("zhang-wei"));
        auto cards = showCards(context);
        MyCardScreen& screen = *cards;
        ReportLostPage* page = startReport(screen);
        QVERIFY(page);
        // Meanwhile the card was reported from another terminal: the platform refuses, the page says why.
        const auto elsewhere = platform.asTerminal(
            QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/cards/lost"),
            {{QStringLiteral("cardIdentifier"), context.session->person.cards.first().cardIdentifier}},
            {{"X-SSC-Citizen-Session", kiosk.token()}, {"Idempotency-Key", "elsewhere-1"}});
        QCOMPARE(elsewhere.status, 201);
        QTest::mouseClick(page->confirmButton(), Qt::LeftButton);
        NoticeBanner* problem = page->problem();
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 10000);
        // Already reported: said plainly, with what can be done; no "try again" that could not change it.
        QCOMPARE(problem->tone(), design::Tone::Info);
        QVERIFY(!problem->detail().isEmpty());
        QVERIFY(!page->showingResult());
        QVERIFY(page->confirmButton()->isHidden());
        QVERIFY(!page->warning()->isVisible());
        save(screen, QStringLiteral("report-lost-refused-zh_CN.png"));
        // Back on the cards, it shows as reported lost, with nothing more to report.
        QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!screen.reportLost());
        QVERIFY(reportButtons(screen).isEmpty());
    }

    void aCounterRecordsTheClerk()
    {
        ScreenSession counter(platform, TerminalMode::Counter);
        counter.client().setStaffSession(
            platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")));
        const ModuleContext context = counter.logIn(QStringLiteral("chen-unemployed"));
        auto cards = showCards(context);
        MyCardScreen& screen = *cards;
        ReportLostPage* page = startReport(screen);
        QVERIFY(page);
        save(screen, QStringLiteral("report-lost-confirm-counter-zh_CN.png"));
        QTest::mouseClick(page->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->showingResult(), 10000);
        QSqlQuery q(platform.database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT staff_id FROM audit_log WHERE action = 'card_reported_lost' ORDER "
                                  "BY id DESC")) &&
            q.next());
        QVERIFY(q.value(0).toLongLong() > 0);
        // The clerk's screen faces away from the citizen: the receipt is printed there, no code to scan.
        QVERIFY(page->result()->receiptQr()->isHidden());
        QVERIFY(!page->receipt()->pdf().isEmpty());
        // The clerk learns what the applicant does next.
        QVERIFY2(page->result()->nextText().contains(QStringLiteral("申请人")),
                 qPrintable(page->result()->nextText()));
        save(screen, QStringLiteral("report-lost-done-counter-zh_CN.png"));
    }
};

QTEST_MAIN(TestReportLostScreen)
#include "tst_reportlostscreen.moc"
