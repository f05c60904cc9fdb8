// The pension certification screen against the real platform: certified until the end of the cycle, due, or
// not a pension recipient with what to do instead — each in Chinese and English.
#include "screensession.h"
#include "screenshots.h"

#include "pension/certificationscreen.h"
#include "theme.h"

#include <QApplication>

using namespace ssc;

class TestCertificationScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    std::unique_ptr<CertificationScreen> open(const QString& person)
    {
        ScreenSession kiosk(platform);
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
        QVERIFY(allLabelText(screen.get()).contains(u"企业"));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("pension-certified"), [&] {
            return screen->statusText().contains(u"certified until");
        }));
    }

    void aResidentPensionerWhoIsDue()
    {
        auto screen = open(QStringLiteral("elderly-parent"));
        QVERIFY2(screen->statusText().contains(u"2026-10-20"), qPrintable(screen->statusText()));
        QVERIFY(allLabelText(screen.get()).contains(u"6"));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("pension-due"),
                                                  [&] { return screen->statusText().contains(u"due"); }));
    }

    void someoneWithoutAPension()
    {
        auto screen = open(QStringLiteral("zhang-wei"));
        QVERIFY2(screen->statusText().contains(u"没有领取养老金"), qPrintable(screen->statusText()));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("pension-not-recipient"), [&] {
            return screen->statusText().contains(u"do not draw");
        }));
    }
};

QTEST_MAIN(TestCertificationScreen)
#include "tst_certificationscreen.moc"
