// Scan-to-log-in against the real platform: the start screen shows a login code, the citizen's app (the demo
// endpoint) confirms it, the terminal logs the citizen in; an expired code is replaced by a fresh one.
#include "demoterminal.h"
#include "platformfixture.h"
#include "screenshots.h"

#include "homescreen.h"
#include "i18n/translator.h"
#include "mainwindow.h"
#include "session/logincodeflow.h"
#include "session/loginflow.h"
#include "startscreen.h"
#include "theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace ssc;

class TestScanLogin : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<LoginFlow> flow;
    std::unique_ptr<LoginCodeFlow> codes;
    std::unique_ptr<MainWindow> window;

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
        client = std::make_unique<PlatformClient>(demoterminal::config(platform.port()));
        flow = std::make_unique<LoginFlow>(*client);
        codes = std::make_unique<LoginCodeFlow>(*client);
        ShellServices services;
        services.flow = flow.get();
        services.platform = client.get();
        window = std::make_unique<MainWindow>(TerminalMode::Kiosk, true, Theme::Standard, services);
        window->resize(1280, 800);
        window->show();
        connect(codes.get(), &LoginCodeFlow::codeChanged, window->startScreen(), &StartScreen::showLoginCode);
        connect(codes.get(), &LoginCodeFlow::confirmed, flow.get(), &LoginFlow::adoptSession);
    }

    void theAppConfirmsAndTheTerminalLogsIn()
    {
        codes->start();
        QTRY_VERIFY_WITH_TIMEOUT(window->startScreen()->loginCodeShown().startsWith(u"SSCLOGIN1."), 10000);
        QCOMPARE(window->startScreen()->loginCodeShown(), QStringLiteral("SSCLOGIN1.") + codes->currentId());
        demoterminal::saveScreenshot(*window, QStringLiteral("start-login-code-zh_CN.png"));
        QCOMPARE(window->height(), 800); // the code fits on the kiosk screen
        const auto confirm = platform.request(
            "POST", QStringLiteral("/api/v1/demo/login-codes/%1/confirm").arg(codes->currentId()),
            R"({"person":"li-na"})");
        QCOMPARE(confirm.status, 200);
        QElapsedTimer sinceConfirmation;
        sinceConfirmation.start();
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), LoginFlow::State::LoggedIn, 10000);
        qInfo("logged in %lld ms after the app's confirmation", sinceConfirmation.elapsed());
        QCOMPARE(flow->session()->method, QStringLiteral("login-code"));
        QCOMPARE(window->homeScreen()->greeting(), QStringLiteral("您好，李*"));
        QVERIFY(!codes->running()); // no code is shown while someone is logged in
        QVERIFY(window->startScreen()->loginCodeShown().isEmpty());
        flow->logout();
    }

    void anExpiredCodeIsReplaced()
    {
        codes->start();
        QTRY_VERIFY_WITH_TIMEOUT(!codes->currentId().isEmpty(), 10000);
        const QString first = codes->currentQrText();
        QSqlQuery expire(platform.database());
        QVERIFY(expire.exec(QStringLiteral("UPDATE login_codes SET expires_at = 0")));
        QTRY_VERIFY_WITH_TIMEOUT(!codes->currentQrText().isEmpty() && codes->currentQrText() != first, 10000);
        QCOMPARE(window->startScreen()->loginCodeShown(), codes->currentQrText());
        codes->stop();
    }
};

QTEST_MAIN(TestScanLogin)
#include "tst_scanlogin.moc"
