// The kiosk's home for whoever stands at it: a visitor sees the public services first and is asked to log in
// for the rest, a kiosk offers only what its devices can do, and the simulator's card logs a demo person in.

#include "shelltest.h"

#include "homescreen.h"
#include "messagescreen.h"
#include "moduleapi/documentactions.h"
#include "moduleapi/pinpadscreen.h"
#include "outlets/outletsscreen.h"
#include "simulatorwindow.h"

#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QToolButton>

using namespace ssc;

class TestVisitorHome : public ShellTest {
    Q_OBJECT

private slots:
    void initTestCase() { startShell(); }
    void init() { resetShell(); }

    void visitorModeOffersPublicServicesAndAsksForLoginForTheRest()
    {
        auto* visitor = window->startScreen()->findChild<QPushButton*>(QStringLiteral("visitorButton"));
        QVERIFY(visitor);
        QTest::mouseClick(visitor, Qt::LeftButton);
        QVERIFY(window->inVisitorMode());
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->homeScreen()));
        QCOMPARE(window->homeScreen()->greeting(), QStringLiteral("访客模式"));
        // Its way out leads to logging in, the page's primary action; not called "Home": on every service
        // page that means this screen.
        auto* toLogin = window->homeScreen()->findChild<QPushButton*>(QStringLiteral("logoutButton"));
        QCOMPARE(toLogin->text(), QStringLiteral("登录办理个人业务"));
        QVERIFY(toLogin->property("primary").toBool());
        const auto tiles = window->homeScreen()->findChildren<QToolButton*>(QStringLiteral("serviceTile"));
        QCOMPARE(tiles.size(), 17); // every service is shown; the personal ones ask for a login when opened
        for (QToolButton* tile : tiles)
            QTRY_VERIFY(tile->isVisible());
        // What a visitor can use now comes first, then what needs a login.
        QVERIFY(!tiles.first()->property("locked").toBool());
        for (qsizetype i = 1; i < tiles.size(); ++i)
            QVERIFY2(tiles[i - 1]->property("locked").toBool() <= tiles[i]->property("locked").toBool(),
                     qPrintable(tiles[i]->property("tileTitle").toString()));
        QCOMPARE(window->width(), 1280); // nothing makes the kiosk window grow
        // A tile that needs a login is drawn set back (its own fill, a padlock on the icon), not like one
        // that opens.
        const auto fill = [](QToolButton* tile) {
            return tile->grab().toImage().pixelColor(14, tile->height() / 2);
        };
        QVERIFY(tiles.first()->property("locked") == false && tiles.last()->property("locked") == true);
        QVERIFY2(fill(tiles.first()) != fill(tiles.last()), qPrintable(fill(tiles.last()).name()));
        // One heading says what the locked ones need, above the first of them; each of those says what it is
        // for, not the same "log in" fifteen times.
        auto* heading = window->homeScreen()->findChild<QLabel*>(QStringLiteral("sectionTitle"));
        QVERIFY(heading && heading->isVisible());
        QCOMPARE(heading->text(), QStringLiteral("出示电子社保卡二维码登录后可办理"));
        QToolButton* firstLocked = nullptr;
        QSet<QString> lockedSummaries;
        int lockBadges = 0;
        for (QToolButton* tile : tiles)
            if (tile->property("locked").toBool()) {
                firstLocked = firstLocked ? firstLocked : tile;
                lockedSummaries << tile->property("tileSummary").toString();
                lockBadges += tile->property("badge").toString() == u"lock" ? 1 : 0;
            }
        QVERIFY(firstLocked);
        QVERIFY(lockBadges > 0); // what a login opens wears the padlock
        QVERIFY(heading->geometry().bottom() < firstLocked->geometry().top());
        QVERIFY(heading->geometry().top() > tiles.first()->geometry().bottom());
        QCOMPARE(lockedSummaries.size(), tiles.size() - 1);
        save(QStringLiteral("visitor-home-zh_CN.png"));

        // Public: the outlets, found for a region and a kind.
        window->openService(QStringLiteral("outlets"));
        auto* outlets = qobject_cast<OutletsScreen*>(window->currentScreen());
        QVERIFY(outlets);
        QTRY_VERIFY_WITH_TIMEOUT(outlets->resultCount() > 0, 10000);
        // The region and kind tiles closed: one line says what is shown, and the first place is above the
        // fold, in the elder theme too (open, the tiles filled a 1280 x 800 screen and hid every result).
        QVERIFY(!outlets->filtersOpen());
        QCOMPARE(outlets->findChild<QLabel*>(QStringLiteral("sectionTitle"))->text(),
                 QStringLiteral("北京市 · 全部类型"));
        // Within a second: longer, and the visitor's idle logout closes the screen under the test.
        const auto firstPlaceSeen = [outlets = QPointer<OutletsScreen>(outlets)] {
            const QLabel* card = outlets ? outlets->findChild<QLabel*>(QStringLiteral("card")) : nullptr;
            const QScrollArea* page = nullptr;
            for (QWidget* up = card ? card->parentWidget() : nullptr; up && !page; up = up->parentWidget())
                page = qobject_cast<QScrollArea*>(up);
            return page && card->isVisible() &&
                   page->viewport()->rect().contains(
                       QRect(card->mapTo(page->viewport(), QPoint(0, 0)), card->size()));
        };
        QTRY_VERIFY_WITH_TIMEOUT(firstPlaceSeen(), 1000);
        window->toggleElderInterface();
        QTRY_VERIFY_WITH_TIMEOUT(firstPlaceSeen(), 1000);
        window->toggleElderInterface();
        // "Change" opens the tiles; a tile tapped shows its places and closes them again.
        auto* change = outlets->findChild<QPushButton*>(QStringLiteral("outletsFilters"));
        QVERIFY(change && change->isVisible());
        QCOMPARE(change->text(), QStringLiteral("更改"));
        QCOMPARE(change->accessibleName(), QStringLiteral("更改地区或类型"));
        QTest::mouseClick(change, Qt::LeftButton);
        QVERIFY(outlets->filtersOpen());
        QCOMPARE(change->text(), QStringLiteral("收起"));
        auto* kinds = outlets->findChildren<ChoiceButtons*>().last();
        QVERIFY(kinds->isVisible());
        kinds->click(QStringLiteral("instant-replacement"));
        QTRY_COMPARE_WITH_TIMEOUT(outlets->resultCount(), 2, 10000);
        QVERIFY(!outlets->filtersOpen() && !kinds->isVisible());
        QCOMPARE(outlets->findChild<QLabel*>(QStringLiteral("sectionTitle"))->text(),
                 QStringLiteral("北京市 · 即时补换网点"));
        QVERIFY(outlets->resultsText().contains(u"即时补换"));
        QVERIFY(outlets->resultsText().contains(u"朝阳区建设路 18 号"));
        QVERIFY(!outlets->resultsText().contains(u"Jianshe"));
        // No printer at this kiosk: the note saying so is read after the list and scrolls with it, instead of
        // standing fixed under the page as a row of buttons would.
        auto* note = outlets->findChild<DocumentActions*>();
        QVERIFY(note && !note->offersATap());
        QVERIFY(!note->outletsButton()->isVisibleTo(outlets)); // the outlets do not lead to themselves
        const QScrollArea* list = nullptr;
        for (QWidget* up = note->parentWidget(); up && !list; up = up->parentWidget())
            list = qobject_cast<QScrollArea*>(up);
        QVERIFY2(list, "the note is not inside the list's scrolled page");
        int lastCardBottom = -1;
        for (const QLabel* card : outlets->findChildren<QLabel*>(QStringLiteral("card")))
            lastCardBottom =
                std::max(lastCardBottom, card->mapTo(list->widget(), QPoint(0, card->height())).y());
        QVERIFY(lastCardBottom > 0);
        QVERIFY(note->mapTo(list->widget(), QPoint(0, 0)).y() >= lastCardBottom);
        save(QStringLiteral("visitor-outlets-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY_WITH_TIMEOUT(outlets->resultsText().contains(u"Instant card replacement"), 10000);
        QVERIFY2(outlets->regionLabels().contains(u"Beijing"),
                 qPrintable(outlets->regionLabels().join(u',')));
        QVERIFY(!outlets->regionLabels().join(u',').contains(u"北京"));
        // The outlets' names, addresses and hours in English too (pinyin for the streets), switched while the
        // screen is open: not one Chinese character left on the English screen.
        QTRY_VERIFY_WITH_TIMEOUT(
            outlets->resultsText().contains(u"18 Jianshe Road, Chaoyang District, Beijing"), 10000);
        QVERIFY(outlets->resultsText().contains(u"Weekdays 8:30-17:00"));
        QVERIFY2(!outlets->resultsText().contains(QRegularExpression(QStringLiteral("\\p{Han}"))),
                 qPrintable(outlets->resultsText()));
        save(QStringLiteral("visitor-outlets-en.png"));
        QCOMPARE(window->width(), 1280);
        QVERIFY(useLanguage(chineseLanguage));
        QTest::mouseClick(outlets->findChild<QPushButton*>(QStringLiteral("backButton")), Qt::LeftButton);

        // Personal: asks for a login, kindly, and returns to the visitor's services.
        for (const QString& personal : {QStringLiteral("my-card"), QStringLiteral("qualifications")}) {
            window->openService(personal);
            QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->messageScreen()));
            QTRY_VERIFY(window->messageScreen()->title().contains(u"登录"));
            QCOMPARE(window->messageScreen()->tone(), design::Tone::Info); // a step to take, not a failure
            // Its words follow the language switched while it is shown (it stayed Chinese before).
            QVERIFY(useLanguage(englishLanguage));
            QTRY_COMPARE(window->messageScreen()->title(),
                         QStringLiteral("This service needs you to log in"));
            QVERIFY(window->messageScreen()->advice().contains(u"e-card QR code"));
            QVERIFY(useLanguage(chineseLanguage));
            QTRY_VERIFY(window->messageScreen()->title().contains(u"登录"));
            QTest::mouseClick(
                window->messageScreen()->findChild<QPushButton*>(QStringLiteral("dismissButton")),
                Qt::LeftButton);
            QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->homeScreen()));
            QVERIFY(window->inVisitorMode());
        }

        // A code scanned in visitor mode logs the citizen in.
        pedestal.present(platform.mint(QStringLiteral("zhang-wei")));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::LoggedIn, 10000);
        QVERIFY(!window->inVisitorMode());
        QCOMPARE(window->homeScreen()->greeting(), QStringLiteral("您好，张*"));
    }

    void chineseTilesStandInAsManyColumnsAsEnglish()
    {
        // A Chinese summary may break between any two characters: it does not decide that a third column is
        // too narrow (measured as one word, it once left Chinese with two columns where English had three).
        window->enterVisitorMode();
        const auto columns = [this] {
            QSet<int> lefts;
            for (const QToolButton* tile :
                 window->homeScreen()->findChildren<QToolButton*>(QStringLiteral("serviceTile")))
                lefts.insert(tile->x());
            return lefts.size();
        };
        QTRY_COMPARE(columns(), 3); // 1280 x 800, standard type
        QVERIFY(useLanguage(englishLanguage));
        QTRY_COMPARE(columns(), 3);
        QVERIFY(useLanguage(chineseLanguage));
        // A Chinese title is never broken: elder type on a portrait kiosk takes two columns rather than
        // leaving "单" of "社保权益记录单" alone on a line.
        window->toggleElderInterface();
        window->fitTo(QSize(1080, 1920));
        window->resize(1080, 1920);
        QTRY_COMPARE(columns(), 2);
        for (const QToolButton* tile :
             window->homeScreen()->findChildren<QToolButton*>(QStringLiteral("serviceTile"))) {
            const QString title = tile->property("tileTitle").toString();
            QVERIFY2(tile->text().startsWith(title + u'\n'), qPrintable(tile->text()));
        }
        window->toggleElderInterface();
        window->fitTo(QSize(1280, 800));
        window->resize(1280, 800);
        window->leaveVisitorMode();
    }

    void visitorModeTimesOutToo()
    {
        QTest::mouseClick(window->startScreen()->findChild<QPushButton*>(QStringLiteral("visitorButton")),
                          Qt::LeftButton);
        QVERIFY(window->inVisitorMode());
        QTRY_VERIFY_WITH_TIMEOUT(!window->inVisitorMode(), 10000);
        QCOMPARE(window->currentScreen(), static_cast<QWidget*>(window->startScreen()));
    }

    // A platform without an acquirer takes no payments (GET /health: closedServices): the tile says so before
    // a tap, and a tap still opens the service, which says where to pay instead. Open services are untouched.
    void aServiceThePlatformHasClosedSaysSoOnItsTile()
    {
        const auto health = platform.request("GET", QStringLiteral("/api/v1/health"));
        QCOMPARE(health.json[QStringLiteral("closedServices")].toArray(),
                 QJsonArray{QStringLiteral("payments")});
        const auto tile = [this](const QString& id) -> QToolButton* {
            for (QToolButton* t :
                 window->homeScreen()->findChildren<QToolButton*>(QStringLiteral("serviceTile")))
                if (t->property("serviceId").toString() == id)
                    return t;
            return nullptr;
        };
        loginAs(QStringLiteral("chen-unemployed"));
        QTRY_VERIFY(tile(QStringLiteral("payments")) &&
                    tile(QStringLiteral("payments"))->property("locked").toBool());
        QVERIFY(tile(QStringLiteral("payments"))->property("tileSummary").toString().contains(u"暂不能"));
        // Its badge is the warning sign, not the padlock of what a login opens: no login opens it.
        QCOMPARE(tile(QStringLiteral("payments"))->property("badge").toString(), QStringLiteral("closed"));
        QVERIFY(!tile(QStringLiteral("records"))->property("locked").toBool());
        save(QStringLiteral("home-payments-closed-zh_CN.png"));
        QTest::mouseClick(tile(QStringLiteral("payments")), Qt::LeftButton);
        QTRY_VERIFY(window->currentScreen() != static_cast<QWidget*>(window->homeScreen()));
        QTRY_VERIFY(allText().contains(u"暂时不能"));
    }

    // A kiosk without a card reader does not offer what works on the card in it (changing its PIN).
    void withoutACardReaderThePinChangeIsNotOffered()
    {
        const auto offered = [this](const QString& id) {
            for (const QToolButton* tile :
                 window->homeScreen()->findChildren<QToolButton*>(QStringLiteral("serviceTile")))
                if (tile->property("serviceId").toString() == id)
                    return true;
            return false;
        };
        loginAs(QStringLiteral("zhang-wei"));
        QVERIFY(offered(QStringLiteral("change-pin")));
        flow->logout();
        window->setCardService(nullptr);
        // The start screen no longer asks for a card there is nowhere to insert.
        QCOMPARE(window->startScreen()->promptDetail(),
                 QStringLiteral("请在手机上打开电子社保卡，将二维码对准下方的扫码墩。"));
        loginAs(QStringLiteral("zhang-wei"));
        QVERIFY(!offered(QStringLiteral("change-pin")));
        QVERIFY(offered(QStringLiteral("records")));
        flow->logout();
        window->setCardService(&cards);
        // The glossary's one instruction for inserting a card.
        QVERIFY(window->startScreen()->promptDetail().contains(
            QStringLiteral("将社保卡正面朝上、芯片一端先插入读卡器")));
    }

    void theSimulatorInsertsADemoPersonsCard()
    {
        SimulatorWindow simulator(*client, pedestal);
        simulator.setCardReader(&cards);
        simulator.loadPeople(); // the first demo person is chosen: 张伟
        QTRY_VERIFY_WITH_TIMEOUT(simulator.peopleLoaded(), 5000);
        simulator.insertCard();
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::AwaitingPin, 5000);
        for (const QChar digit : QStringLiteral("123456"))
            window->pinPadScreen()->tap(digit);
        window->pinPadScreen()->tap(QStringLiteral("confirm"));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::LoggedIn, 10000);
        QCOMPARE(flow->session()->method, QStringLiteral("card"));
        QCOMPARE(window->homeScreen()->greeting(), QStringLiteral("您好，张*"));
        simulator.removeCard();
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::Idle, 5000);
    }
};

QTEST_MAIN(TestVisitorHome)
#include "tst_visitorhome.moc"
