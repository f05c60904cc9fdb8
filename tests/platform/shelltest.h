#pragma once
// The kiosk shell against the real platform, for the shell's screen tests: a kiosk window (6 s idle, 3 s
// notice) fed by an emulated pedestal and card reader, a person logged in by a freshly minted e-card code.
// A test class derives from ShellTest and calls startShell() in initTestCase and resetShell() in init.

#include "../app/fakevoice.h"
#include "demoterminal.h"
#include "kioskwindow.h"
#include "platformfixture.h"
#include "screenshots.h"

#include "allmodules.h"
#include "cardlogin.h"
#include "i18n/translator.h"
#include "mainwindow.h"
#include "platform/platformclient.h"
#include "session/loginflow.h"
#include "simulator/virtualcardreader.h"
#include "simulator/virtualpedestal.h"
#include "startscreen.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTest>

#include <memory>

class ShellTest : public QObject {
protected:
    PlatformFixture platform;
    std::unique_ptr<ssc::PlatformClient> client;
    std::unique_ptr<ssc::LoginFlow> flow;
    FakeVoice voice; // outlives the window
    ssc::ModuleRegistry modules;
    std::unique_ptr<ssc::MainWindow> window;
    ssc::VirtualPedestal pedestal;
    ssc::VirtualCardReader cards;

    void save(const QString& name)
    {
        if (platform.databaseKind() == u"sqlite") // one set of pictures is enough
            demoterminal::saveScreenshot(*window, name);
    }

    // Every text any label or button of the window shows right now.
    QString allText() const
    {
        QString text;
        for (const QLabel* l : window->findChildren<QLabel*>())
            text += l->text() + u'\n';
        for (const QAbstractButton* b : window->findChildren<QAbstractButton*>())
            text += b->text() + u'\n';
        return text;
    }

    void loginAs(const QString& person)
    {
        pedestal.present(platform.mint(person));
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), ssc::LoginFlow::State::LoggedIn, 10000);
    }

    // initTestCase: the platform and the kiosk window with its emulated pedestal and card reader.
    void startShell()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        demoterminal::openKioskWindow(platform.port(), 6, 3, client, flow, modules, window, &voice);
        QCOMPARE(ssc::currentLanguage(), ssc::chineseLanguage);
        connect(&pedestal, &ssc::CodeScanner::codeScanned, window.get(), &ssc::MainWindow::codeScanned);
        connect(&pedestal, &ssc::CodeScanner::unreadable, flow.get(), &ssc::LoginFlow::unreadable);
        ssc::connectCardLogin(cards, *flow, *window);
        window->setCardService(&cards); // the reader the card logins use is the one services work on
    }

    // init: nobody logged in, Chinese, the start screen.
    void resetShell()
    {
        flow->logout();
        window->leaveVisitorMode();
        QVERIFY(ssc::useLanguage(ssc::chineseLanguage));
        QTRY_COMPARE(window->currentScreen(), static_cast<QWidget*>(window->startScreen()));
    }
};
