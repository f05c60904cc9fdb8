// The hall manager's wrong sign-ins screen at a counter against the real platform: a clerk's account blocked
// by wrong passwords shows with its block, the manager clears it, the clerk signs in again (zh and en
// screenshots).
#include "screensession.h"
#include "screenshots.h"

#include "signins/signincountersscreen.h"
#include "theme.h"

#include <QApplication>
#include <QFrame>
#include <QPushButton>

using namespace ssc;

class TestSignInCountersScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    int signIn(const QString& user, const QString& password)
    {
        return platform
            .asTerminal(QStringLiteral("counter"), "POST", QStringLiteral("/api/v1/staff/login"),
                        {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}})
            .status;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(useLanguage(chineseLanguage));
    }

    void theManagerUnblocksAClerk()
    {
        for (int i = 0; i < 5; ++i)
            signIn(QStringLiteral("clerk01"), QStringLiteral("not-the-password"));
        QCOMPARE(signIn(QStringLiteral("clerk01"), QStringLiteral("demo-password-2026")), 423);

        ScreenSession counter(platform, TerminalMode::Counter);
        SignInCountersScreen screen(counter.signInStaff(QStringLiteral("manager01")));
        screen.resize(1280, 800);
        screen.show();
        QTRY_VERIFY_WITH_TIMEOUT(screen.loaded(), 10000);
        // The blocked account first, then the terminal the wrong passwords came from (not blocked: 5 of 10).
        QCOMPARE(screen.counterCount(), 2);
        QVERIFY2(screen.rowText(0).contains(u"clerk01") && screen.rowText(0).contains(u"5") &&
                     screen.rowText(0).contains(u"锁定至"),
                 qPrintable(screen.rowText(0)));
        QVERIFY2(screen.rowText(1).contains(u"演示柜台") && !screen.rowText(1).contains(u"锁定至"),
                 qPrintable(screen.rowText(1)));
        // The terminal by its name in the hall and its kind, not its id, and marked as the one the manager
        // sits at.
        QVERIFY2(screen.rowText(1).startsWith(u"演示柜台（柜台） · 本机") &&
                     !screen.rowText(1).contains(u"demo-") && screen.rowText(1).contains(u" · 本机"),
                 qPrintable(screen.rowText(1)));
        // What each needs: the blocked account unblocking, the terminal (5 of 10) only its count cleared, and
        // it says it still signs in.
        const auto clearButtons = screen.findChildren<QPushButton*>();
        QStringList buttonTexts;
        for (const QPushButton* b : clearButtons)
            buttonTexts << b->text();
        QVERIFY2(buttonTexts.contains(u"清除并解除锁定") && buttonTexts.contains(u"清除计数"),
                 qPrintable(buttonTexts.join(u',')));
        QVERIFY2(screen.rowText(1).contains(u"未锁定"), qPrintable(screen.rowText(1)));
        // How each stands by shape and colour besides the words: the blocked account as an error.
        const auto rows = screen.findChildren<QFrame*>(QStringLiteral("statusRow"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0]->property("tone").toString(), QStringLiteral("error"));
        QCOMPARE(rows[1]->property("tone").toString(), QStringLiteral("warning"));
        QVERIFY(demoterminal::saveInBothLanguages(screen, QStringLiteral("sign-in-counters"), [&] {
            return screen.rowText(0).contains(u"Blocked until") &&
                   screen.rowText(1).contains(u"Demo counter (counter) · this terminal");
        }));

        screen.clear(0);
        QTRY_COMPARE_WITH_TIMEOUT(screen.counterCount(), 1, 10000);
        QVERIFY2(screen.statusText().contains(u"均未锁定"), qPrintable(screen.statusText()));
        QCOMPARE(signIn(QStringLiteral("clerk01"), QStringLiteral("demo-password-2026")), 200);
        screen.clear(0);
        QTRY_COMPARE_WITH_TIMEOUT(screen.counterCount(), 0, 10000);
        QTRY_VERIFY(screen.statusText().contains(u"没有"));
        QVERIFY(demoterminal::saveInBothLanguages(screen, QStringLiteral("sign-in-counters-none"),
                                                  [&] { return screen.statusText().contains(u"No wrong"); }));
    }
};

QTEST_MAIN(TestSignInCountersScreen)
#include "tst_signincountersscreen.moc"
