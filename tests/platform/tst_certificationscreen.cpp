// The pension certification screen against the real platform: certified until the end of the cycle, due, or
// not a pension recipient with what to do instead — each in Chinese and English.
#include "screensession.h"
#include "screenshots.h"

#include "moduleapi/noticebanner.h"
#include "pension/certificationscreen.h"
#include "theme.h"

#include <QApplication>
#include <QPushButton>

using namespace ssc;

class TestCertificationScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    std::unique_ptr<CertificationScreen> open(const QString& person, ScreenSession* session = nullptr)
    {
        ScreenSession own(platform);
        ScreenSession& kiosk = session ? *session : own;
        auto screen =
            std::make_unique<CertificationScreen>(kiosk.logIn(person), CertificationSubject::self());
        screen->resize(1280, 800);
        screen->show();
        (void)QTest::qWaitFor([&] { return screen->loaded(); }, 10000);
        return screen;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(useLanguage(chineseLanguage));
    }

    void aRetireeCertifiedForThisCycle()
    {
        auto screen = open(QStringLiteral("liu-retiree"));
        QVERIFY2(screen->statusText().contains(u"2027-03-10"), qPrintable(screen->statusText()));
        QVERIFY(!screen->noCameraNotice()->isVisible()); // certified: no camera needed
        QVERIFY(allLabelText(screen.get()).contains(u"企业"));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("pension-certified"), [&] {
            return screen->statusText().contains(u"certified until");
        }));
    }

    void aResidentPensionerWhoIsDue()
    {
        ScreenSession kiosk(platform); // a kiosk without a camera (the context has none)
        auto screen = open(QStringLiteral("elderly-parent"), &kiosk);
        QVERIFY2(screen->statusText().contains(u"2026-10-20"), qPrintable(screen->statusText()));
        QVERIFY(allLabelText(screen.get()).contains(u"6"));
        // Due, and no camera here: not a dead end. A warning says a camera is needed and where to go
        // instead, with the button that goes there.
        NoticeBanner* noCamera = screen->noCameraNotice();
        QVERIFY(noCamera->isVisible());
        QCOMPARE(noCamera->tone(), design::Tone::Warning);
        QVERIFY2(noCamera->detail().contains(u"服务窗口"), qPrintable(noCamera->detail()));
        auto* counter = noCamera->findChild<QPushButton*>(QStringLiteral("findCounterButton"));
        QVERIFY(counter && counter->isVisible());
        QCOMPARE(counter->text(), QStringLiteral("查找服务网点"));
        QTest::mouseClick(counter, Qt::LeftButton);
        QCOMPARE(kiosk.servicesOpened(), QStringList{QStringLiteral("outlets")});
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("pension-due"),
                                                  [&] { return screen->statusText().contains(u"due"); }));
    }

    // Not a dead end: an info notice with the platform's words on what to do instead, and the pension
    // estimate as the way on.
    void someoneWithoutAPension()
    {
        ScreenSession kiosk(platform);
        auto screen = open(QStringLiteral("zhang-wei"), &kiosk);
        NoticeBanner* notice = screen->notDrawingNotice();
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->tone(), design::Tone::Info);
        QCOMPARE(notice->headline(), QStringLiteral("无需认证"));
        QVERIFY2(notice->detail().startsWith(u"您目前没有领取养老金"), qPrintable(notice->detail()));
        QVERIFY(screen->statusText().isEmpty()); // said once, in the notice
        auto* estimate = notice->findChild<QPushButton*>(QStringLiteral("estimateButton"));
        QVERIFY(estimate && estimate->isVisible());
        QCOMPARE(estimate->text(), QStringLiteral("测算养老金"));
        QTest::mouseClick(estimate, Qt::LeftButton);
        QCOMPARE(kiosk.servicesOpened(), QStringList{QStringLiteral("pension-estimate")});
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("pension-not-recipient"), [&] {
            return notice->detail().contains(u"You do not draw");
        }));
    }

    void aClerkIsToldAboutThePersonNotAddressedAsThem()
    {
        // The same person at a counter: the clerk reads it, so the platform words it about "this person".
        ScreenSession counter(platform, TerminalMode::Counter);
        auto screen = open(QStringLiteral("zhang-wei"), &counter);
        const NoticeBanner* notice = screen->notDrawingNotice();
        QVERIFY2(notice->detail().startsWith(u"该人员目前没有领取养老金"), qPrintable(notice->detail()));
        QVERIFY(!notice->detail().contains(u"您"));
        QVERIFY(notice->findChild<QPushButton*>(QStringLiteral("estimateButton")));
        QVERIFY(
            demoterminal::saveInBothLanguages(*screen, QStringLiteral("pension-not-recipient-counter"), [&] {
                return notice->detail().startsWith(u"This person does not draw");
            }));
    }
};

QTEST_MAIN(TestCertificationScreen)
#include "tst_certificationscreen.moc"
