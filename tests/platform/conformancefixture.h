// What both conformance tests share (tst_conformance: the kiosk's screens; tst_conformancestaff: the
// counter's and the field laptop's): a real ssc-platform with the demo population, the kiosk window on it,
// and the means to show a screen in every combination of shared/EXPERIENCE.md's matrix and judge it
// (tests/platform/conformance.h).
#pragma once

#include "../app/fakevoice.h"
#include "conformance.h"
#include "conformancematrix.h"
#include "demoterminal.h"
#include "kioskwindow.h"
#include "platformfixture.h"

#include "allmodules.h"
#include "headerbar.h"
#include "i18n/translator.h"
#include "idlewatcher.h"
#include "mainwindow.h"
#include "mycard/mycardscreen.h"
#include "platform/platformclient.h"
#include "session/loginflow.h"
#include "theme.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace conformance {
using namespace ssc; // the terminal's types, as the tests use them

class ConformanceFixture {
protected:
    PlatformFixture platform;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<LoginFlow> flow;
    FakeVoice voice; // outlives the window
    ModuleRegistry modules;
    std::unique_ptr<MainWindow> window;
    MainWindow* shown = nullptr; // the window being judged: the kiosk's, a counter's or a field laptop's
    PlatformClient* shownClient = nullptr; // that window's way to the platform
    TerminalMode shownMode = TerminalMode::Kiosk;
    QTimer touches; // keeps the kiosk's session from its idle logout while a screen waits for the platform

    void setCombination(const Combination& c)
    {
        QVERIFY(useLanguage(c.language));
        if (shown->theme() != c.theme)
            shown->toggleElderInterface();
        shown->fitTo(c.size);
        shown->resize(c.size);
        QTest::qWait(50);
        settle(); // a screen that looks its data up again in the new language has it
    }

    // Every look-up the shown screen asked for answered, however busy the machine (no fixed wait), and the
    // layout settled: wrapped words and re-placed choices ask for their room after the first pass, and each
    // answer can ask again.
    void settle()
    {
        stillHere();
        QCoreApplication::processEvents(); // what a screen asks for from the event loop is asked now
        QTRY_COMPARE_WITH_TIMEOUT(shownClient->callsWaiting(), 0, 60000);
        for (int pass = 0; pass < 8; ++pass) { // a page that stops scrolling widens, and wraps again
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
        // Last, the layouts once more: a text changed by the last events (the header's clock ticks every
        // second) has its room before the widgets are judged, which runs no events.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    }

    // Judges another window (a counter's, a field laptop's) until the next call, with its mode's targets.
    void judge(MainWindow* judged, PlatformClient* platformClient, TerminalMode mode)
    {
        shown = judged;
        shownClient = platformClient;
        shownMode = mode;
    }

    void loginAs(const QString& person)
    {
        if (flow->state() == LoginFlow::State::LoggedIn)
            return;
        window->codeScanned(platform.mint(person));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::LoggedIn, 10000);
    }

    // The gallery (docs/screens.md): every screen in every combination, as the test saw it.
    void saveGalleryPicture(const QString& screen, const Combination& c)
    {
        const QString dir = qEnvironmentVariable("SSC_SCREENSHOT_DIR");
        if (dir.isEmpty() || platform.databaseKind() != u"sqlite")
            return;
        QDir().mkpath(dir + QStringLiteral("/gallery"));
        shown->grab().save(QStringLiteral("%1/gallery/%2-%3-%4-%5x%6.png")
                               .arg(dir, QString(screen).replace(u':', u'-'), c.language, themeKey(c.theme))
                               .arg(c.size.width())
                               .arg(c.size.height()));
    }

    // Shows the screen with `show`, checks it in every combination, and judges it against the list.
    void checkScreen(const QString& screen, const std::function<void()>& show, bool needsTitleAndHome = true,
                     QWidget* part = nullptr)
    {
        QList<Violation> found;
        show();
        settle();
        // One header everywhere (review A6): a service page with a title has Home in the header, whatever its
        // state (a result, a refusal, a service closed here), unless it hides its Back for a reason.
        if (QWidget* service = shown->serviceScreen(); service && shown->currentScreen() == service) {
            const auto titles = service->findChildren<QLabel*>(QStringLiteral("pageTitle"));
            const bool titled = std::any_of(titles.begin(), titles.end(),
                                            [service](const QLabel* t) { return t->isVisibleTo(service); });
            QVERIFY2(!titled || shown->headerBar()->homeOffered(),
                     qPrintable(screen + QStringLiteral(": no Home in the header")));
        }
        for (const Combination& c : combinations()) {
            setCombination(c);
            saveGalleryPicture(screen, c);
            found += conformance::check(part ? part : shown, screen + u' ' + c.name(),
                                        rulesFor(c, needsTitleAndHome, shownMode));
        }
        setCombination(combinations().first());
        if (notYetConforming().contains(screen)) {
            qInfo().noquote() << screen << "is listed as not yet conforming ("
                              << notYetConforming().value(screen) << "):" << found.size() << "violations";
            qInfo().noquote() << report(found); // what to fix, named
            QEXPECT_FAIL("", "listed in notYetConforming and docs/design-system.md", Continue);
        }
        QVERIFY2(found.isEmpty(), qPrintable(screen + u'\n' + report(found)));
    }

    // A page over "My social security card" for the logged-in person's card (`open` opens it for that card
    // and returns it, filled in), then its result once confirmed: a result page, whose headline says where
    // one is, Home and "Back to my cards" leading on. Logs out after.
    template <class Page>
    void checkCardPage(const QString& screen, const std::function<Page*(MyCardScreen&, const QString&)>& open)
    {
        Page* page = nullptr;
        checkScreen(screen, [&] {
            window->openService(QStringLiteral("my-card"));
            auto* card = qobject_cast<MyCardScreen*>(window->currentScreen());
            QVERIFY(card);
            page = open(*card, flow->session()->card.cardIdentifier);
            QVERIFY(page);
        });
        QVERIFY(page);
        checkScreen(
            screen + QStringLiteral("-done"),
            [&] {
                QTest::mouseClick(page->confirmButton(), Qt::LeftButton);
                QTRY_VERIFY_WITH_TIMEOUT(page->showingResult(), 10000);
            },
            false);
        flow->logout();
    }

    // A citizen's touch: the idle clock starts again, as at every tap at a real kiosk.
    void stillHere()
    {
        if (IdleWatcher* idle = shown ? shown->idleWatcher() : nullptr; idle && idle->isRunning())
            idle->poke();
    }

    // The kiosk window on the platform, judged until another is (initTestCase of each test).
    void openKiosk()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        // The kiosk's own idle logout (ShellServices' defaults, as main.cpp's settings), so the header's
        // clock in the pictures is the one a citizen sees (an hour here once read "剩余 59:48" in the
        // gallery, review A9); the check touches the screen as it goes (settle, and every 10 s), so nothing
        // is logged out. With a voice, so the elder header's "read aloud" button is checked too.
        const ShellServices kiosk;
        demoterminal::openKioskWindow(platform.port(), kiosk.idleTimeoutSeconds, kiosk.idleWarnSeconds,
                                      client, flow, modules, window, &voice);
        touches.setInterval(10000);
        QObject::connect(&touches, &QTimer::timeout, [this] { stillHere(); });
        touches.start();
        judge(window.get(), client.get(), TerminalMode::Kiosk);
        QCOMPARE(currentLanguage(), chineseLanguage);
    }
};

} // namespace conformance
