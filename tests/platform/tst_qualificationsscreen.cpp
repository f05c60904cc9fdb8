// The qualification certificates screen against the real platform: found, none on record, a session that
// has ended, masking, both languages. Visitors are asked to log in first: tst_shelllogin.
#include "demoterminal.h"
#include "platformfixture.h"
#include "screenshots.h"

#include "i18n/translator.h"
#include "moduleapi/servicemodule.h"
#include "platform/platformclient.h"
#include "qualifications/qualificationsmodule.h"
#include "qualifications/qualificationsscreen.h"
#include "theme.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTest>

using namespace ssc;

class TestQualificationsScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    std::unique_ptr<PlatformClient> client;

    // Logs the demo person in on the demo kiosk and hands the session to the client.
    QString logIn(const QString& person)
    {
        const QString token = platform.citizenSession(person);
        client->setCitizenSession(token);
        return token;
    }

    std::unique_ptr<QualificationsScreen> open()
    {
        ModuleContext context;
        context.platform = client.get();
        auto screen = std::make_unique<QualificationsScreen>(context);
        screen->resize(1280, 800);
        screen->show();
        return screen;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
        client = std::make_unique<PlatformClient>(demoterminal::config(platform.port()));
    }

    void init() { QVERIFY(useLanguage(chineseLanguage)); }

    void itNeedsALogin() // the shell asks visitors to log in first (tst_shelllogin)
    {
        ModuleRegistry modules;
        registerQualificationsModule(modules);
        QVERIFY(modules.available(TerminalMode::Kiosk, false).empty());
        QCOMPARE(modules.available(TerminalMode::Kiosk, true).size(), size_t(1));
        QVERIFY(modules.find(QStringLiteral("qualifications"))->requiresLogin);
    }

    void certificatesFoundAndMasked()
    {
        logIn(QStringLiteral("zhang-wei"));
        auto screen = open();
        QTRY_VERIFY_WITH_TIMEOUT(screen->loaded(), 10000);
        QCOMPARE(screen->certificateCount(), 2);
        const QString text = screen->resultsText();
        QVERIFY(text.contains(u"会计专业技术资格"));
        QVERIFY(text.contains(u"四级/中级工"));
        QVERIFY(!text.contains(u"Accounting") && !text.contains(u"Intermediate"));
        QVERIFY(text.contains(u"专业技术人员职业资格"));
        QVERIFY(text.contains(u"技能"));
        QVERIFY(!text.contains(u"Z2016110105000123")); // the whole number is never shown
        QVERIFY(text.contains(u"Z**************23"));
        QVERIFY(screen->statusText().contains(u"2"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("qualifications-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(screen->resultsText().contains(u"Skills certificate"));
        // The certificates' names, levels and issuers in English too (migration 35), switched while the
        // screen is open: not one Chinese character left on the English screen.
        QVERIFY(screen->resultsText().contains(u"Accounting Professional Qualification"));
        QVERIFY(screen->resultsText().contains(u"Electrician"));
        QVERIFY(screen->resultsText().contains(u"Skills certificate · Level 4 (intermediate worker)"));
        QVERIFY(screen->resultsText().contains(u"Issued by Ministry of Finance"));
        QVERIFY2(!screen->resultsText().contains(QRegularExpression(QStringLiteral("\\p{Han}"))),
                 qPrintable(screen->resultsText()));
        demoterminal::saveScreenshot(*screen, QStringLiteral("qualifications-en.png"));
    }

    void noneOnRecordIsExplainedKindly()
    {
        logIn(QStringLiteral("chen-unemployed"));
        auto screen = open();
        QTRY_VERIFY_WITH_TIMEOUT(screen->loaded(), 10000);
        QCOMPARE(screen->certificateCount(), 0);
        QVERIFY(screen->statusText().contains(u"柜台"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("qualifications-none-zh_CN.png"));
    }

    void anEndedSessionShowsThePlatformsReasonAndNoData()
    {
        const QString token = logIn(QStringLiteral("zhang-wei"));
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "DELETE",
                                 QStringLiteral("/api/v1/sessions/current"), {},
                                 {{"X-SSC-Citizen-Session", token.toLatin1()}})
                     .status,
                 204);
        auto screen = open();
        QTRY_VERIFY_WITH_TIMEOUT(screen->loaded(), 10000);
        QCOMPARE(screen->certificateCount(), 0);
        QVERIFY(!screen->statusText().isEmpty());
        QVERIFY(!screen->statusText().contains(u"柜台")); // not the "none on record" answer
        QVERIFY(!screen->resultsText().contains(u"会计"));
    }
};

QTEST_MAIN(TestQualificationsScreen)
#include "tst_qualificationsscreen.moc"
