// The look-up screens against the real platform (employment certificate, examination scores, technical school
// diplomas): found, not found, bad input, visitors refused, masking, both languages, and a result printed as
// a receipt through CUPS.
#include "../documents/pdftext.h"
#include "../printing/cupsserver.h"
#include "demoterminal.h"
#include "platformfixture.h"
#include "screensession.h"
#include "screenshots.h"

#include "applications/applicationsscreen.h"
#include "moduleapi/noticebanner.h"

#include "diplomas/diplomasmodule.h"
#include "diplomas/diplomasscreen.h"
#include "employment/employmentmodule.h"
#include "employment/employmentscreen.h"
#include "examscores/examscoresmodule.h"
#include "examscores/examscoresscreen.h"
#include "i18n/translator.h"
#include "moduleapi/documentactions.h"
#include "moduleapi/resultscreen.h"
#include "moduleapi/servicemodule.h"
#include "platform/platformclient.h"
#include "printservice.h"
#include "theme.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>

using namespace ssc;

class TestLookupScreens : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    std::unique_ptr<PlatformClient> kiosk;
    std::unique_ptr<PlatformClient> counter;

    ModuleContext logIn(const QString& person, TerminalMode mode = TerminalMode::Kiosk)
    {
        PlatformClient* client = mode == TerminalMode::Counter ? counter.get() : kiosk.get();
        const auto r =
            platform.asTerminal(terminalModeKey(mode), "POST", QStringLiteral("/api/v1/ecard/resolve"),
                                {{QStringLiteral("code"), platform.mint(person)}});
        client->setCitizenSession(
            r.json[QStringLiteral("session")].toObject()[QStringLiteral("token")].toString());
        ModuleContext context;
        context.platform = client;
        context.mode = mode;
        return context;
    }

    template <typename Screen> std::unique_ptr<Screen> open(const ModuleContext& context)
    {
        auto screen = std::make_unique<Screen>(context);
        screen->resize(1280, 800);
        screen->show();
        return screen;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
        kiosk = std::make_unique<PlatformClient>(demoterminal::config(platform.port()));
        counter =
            std::make_unique<PlatformClient>(demoterminal::config(platform.port(), TerminalMode::Counter));
        qRegisterMetaType<PrintOutcome>();
    }

    void init() { QVERIFY(useLanguage(chineseLanguage)); }

    void everyLookUpNeedsALogin()
    {
        ModuleRegistry modules;
        registerEmploymentModule(modules);
        registerExamScoresModule(modules);
        registerDiplomasModule(modules);
        QVERIFY(modules.available(TerminalMode::Kiosk, false).empty());
        QCOMPARE(modules.available(TerminalMode::Kiosk, true).size(), size_t(3));
    }

    void employmentCertificateFoundAndMasked()
    {
        auto screen = open<EmploymentScreen>(logIn(QStringLiteral("chen-unemployed")));
        for (const QChar digit : QStringLiteral("1101052015000123"))
            screen->pad()->tap(digit);
        QCOMPARE(screen->pad()->digits(), QStringLiteral("1101052015000123"));
        screen->lookUp();
        QTRY_VERIFY_WITH_TIMEOUT(!screen->waiting(), 10000);
        QVERIFY2(screen->found(), qPrintable(screen->statusText()));
        const QString text = screen->resultsText();
        QVERIFY(text.contains(u"北京优品电子商务有限公司"));
        QVERIFY(text.contains(u"失业保险金"));
        QVERIFY(text.contains(u"职业培训补贴"));
        QVERIFY(!text.contains(u"1101052015000123")); // masked once found, and the pad is cleared
        // Read in groups of four, as printed on the certificate (word joiners keep it on one line).
        QVERIFY2(QString(text)
                     .remove(QChar(0x2060))
                     .contains(QStringLiteral("1***\u00A0****\u00A0****\u00A0**23")),
                 qPrintable(text));
        QVERIFY(screen->pad()->digits().isEmpty());
        demoterminal::saveScreenshot(*screen, QStringLiteral("employment-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(screen->resultsText().contains(u"Employment support policies enjoyed"));
        QVERIFY(screen->resultsText().contains(u"Unemployment benefit")); // in English where it has a form
        QVERIFY(!screen->resultsText().contains(u"失业保险金"));
        QVERIFY(screen->resultsText().contains(u"Chaoyang District")); // the issuer too
        QVERIFY(!screen->resultsText().contains(u"人力资源和社会保障局"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("employment-en.png"));
    }

    void employmentBadInputAndNotFound()
    {
        auto screen = open<EmploymentScreen>(logIn(QStringLiteral("zhang-wei")));
        screen->pad()->tap(QStringLiteral("1"));
        screen->pad()->tap(QStringLiteral("x")); // not a key
        screen->pad()->tap(QStringLiteral("2"));
        screen->pad()->tap(QStringLiteral("delete"));
        QCOMPARE(screen->pad()->digits(), QStringLiteral("1"));
        screen->lookUp();
        QVERIFY(!screen->waiting()); // explained without asking the platform
        QVERIFY(screen->statusText().contains(u"16"));
        screen->pad()->setDigits(QStringLiteral("11010520150001239999")); // longer than a number: cut
        QCOMPARE(screen->pad()->digits().size(), 16);
        screen->pad()->tap(QStringLiteral("clear"));
        screen->pad()->setDigits(QStringLiteral("1101052015000123")); // 陈杰's: not his
        screen->lookUp();
        QTRY_VERIFY_WITH_TIMEOUT(!screen->waiting(), 10000);
        QVERIFY(!screen->found());
        QVERIFY2(screen->statusText().contains(u"窗口"), qPrintable(screen->statusText()));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("employment-not-found"),
                                                  [&] { return !screen->statusText().contains(u"窗口"); }));
    }

    void theCounterLooksUpByPerson()
    {
        auto screen = open<EmploymentScreen>(logIn(QStringLiteral("zhang-wei"), TerminalMode::Counter));
        screen->lookUpByPerson();
        QTRY_VERIFY_WITH_TIMEOUT(!screen->waiting(), 10000);
        QVERIFY2(screen->found(), qPrintable(screen->statusText()));
        QVERIFY(screen->resultsText().contains(u"北京华信科技有限公司"));
    }

    void examScores()
    {
        auto screen = open<ExamScoresScreen>(logIn(QStringLiteral("zhang-wei")));
        QTRY_VERIFY_WITH_TIMEOUT(screen->examsLoaded(), 10000);
        QCOMPARE(screen->yearChoices().last(), QStringLiteral("2014"));
        screen->chooseExam(QStringLiteral("constructor"));
        screen->chooseYear(2023);
        QTRY_VERIFY_WITH_TIMEOUT(!screen->waiting(), 10000);
        QCOMPARE(screen->scoreCount(), 2);
        QVERIFY(screen->resultsText().contains(u"不合格")); // said in words, not only by colour
        QVERIFY(screen->resultsText().contains(u"建设工程经济"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("exam-scores-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(screen->resultsText().contains(u"not passed"));
        QVERIFY(screen->resultsText().contains(u"Construction Engineering Economics"));
        QVERIFY(!screen->resultsText().contains(u"建设工程经济"));
        // The examination choices are named in English too.
        QStringList choices;
        for (const QPushButton* b : screen->findChildren<QPushButton*>())
            choices << b->text();
        QVERIFY2(choices.contains(u"Class 1 Constructor Qualification Examination"),
                 qPrintable(choices.join(u'|')));
        demoterminal::saveScreenshot(*screen, QStringLiteral("exam-scores-en.png"));
    }

    void examScoresNoneForThatYear()
    {
        auto screen = open<ExamScoresScreen>(logIn(QStringLiteral("li-na")));
        QTRY_VERIFY_WITH_TIMEOUT(screen->examsLoaded(), 10000);
        screen->chooseExam(QStringLiteral("accounting"));
        screen->chooseYear(2019);
        QTRY_VERIFY_WITH_TIMEOUT(!screen->waiting(), 10000);
        QCOMPARE(screen->scoreCount(), 0);
        QVERIFY(screen->statusText().contains(u"2019"));
    }

    void diplomas()
    {
        ModuleContext context = logIn(QStringLiteral("chen-unemployed"));
        QStringList opened; // the services this screen opened, as the shell would
        context.openService = [&opened](const QString& id) { opened << id; };
        auto screen = open<DiplomasScreen>(context);
        QTRY_VERIFY_WITH_TIMEOUT(screen->loaded(), 10000);
        QCOMPARE(screen->diplomaCount(), 1);
        QVERIFY(screen->resultsText().contains(u"技师学院毕业证书"));
        QVERIFY(!screen->resultsText().contains(u"110000201600012345"));
        // No printer at this kiosk: not a dead end, the way to a counter for a paper copy beside the note.
        auto* outlets = screen->findChild<QPushButton*>(QStringLiteral("outletsButton"));
        QVERIFY(outlets && outlets->isVisible());
        QCOMPARE(outlets->text(), QStringLiteral("查找服务网点"));
        QTest::mouseClick(outlets, Qt::LeftButton);
        QCOMPARE(opened, QStringList{QStringLiteral("outlets")});
        demoterminal::saveScreenshot(*screen, QStringLiteral("diplomas-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(screen->resultsText().contains(u"Technician college diploma"));
        QVERIFY(screen->resultsText().contains(u"Beijing Industrial Technician College"));
        QVERIFY(screen->resultsText().contains(u"Preparatory technician"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("diplomas-en.png"));
    }

    void noDiplomaExplainsTheRange()
    {
        auto screen = open<DiplomasScreen>(logIn(QStringLiteral("li-na")));
        QTRY_VERIFY_WITH_TIMEOUT(screen->loaded(), 10000);
        QCOMPARE(screen->diplomaCount(), 0);
        QVERIFY(screen->statusText().contains(u"2015"));
    }

    void aSessionThatEndedShowsNothing()
    {
        ModuleContext context = logIn(QStringLiteral("chen-unemployed"));
        kiosk->setCitizenSession(QStringLiteral("ended"));
        auto screen = open<DiplomasScreen>(context);
        QTRY_VERIFY_WITH_TIMEOUT(screen->loaded(), 10000);
        QCOMPARE(screen->diplomaCount(), 0);
        QVERIFY(!screen->statusText().contains(u"2015"));
    }

    // 我的办件 with nothing filed is not a dead end: what the page is for, and the way to a service.
    void myApplicationsWithNoneGuidesToAService()
    {
        ScreenSession citizen(platform);
        ModuleContext context = citizen.logIn(QStringLiteral("zhang-wei"));
        int wentHome = 0;
        context.back = [&wentHome] { ++wentHome; };
        auto screen = open<ApplicationsScreen>(context);
        NoticeBanner* empty = screen->emptyNotice();
        QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 10000);
        QCOMPARE(screen->shown(), 0);
        QCOMPARE(empty->tone(), design::Tone::Info);
        QCOMPARE(empty->headline(), QStringLiteral("您还没有办过业务"));
        QVERIFY2(empty->detail().contains(u"失业登记"), qPrintable(empty->detail()));
        auto* choose = empty->findChild<QPushButton*>(QStringLiteral("chooseService"));
        QCOMPARE(choose->text(), QStringLiteral("选择要办的业务"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("applications-empty-zh_CN.png"));
        QTest::mouseClick(choose, Qt::LeftButton);
        QCOMPARE(wentHome, 1);
        QVERIFY(useLanguage(englishLanguage));
        QTRY_COMPARE(empty->headline(), QStringLiteral("You have not filed any applications yet"));
        demoterminal::saveScreenshot(*screen, QStringLiteral("applications-empty-en.png"));
        QVERIFY(useLanguage(chineseLanguage));

        // A clerk is told whose cases these are, not "you".
        ScreenSession clerk(platform, TerminalMode::Counter);
        auto cases = open<ApplicationsScreen>(clerk.logIn(QStringLiteral("zhang-wei")));
        QTRY_VERIFY_WITH_TIMEOUT(cases->emptyNotice()->isVisible(), 10000);
        QVERIFY2(cases->emptyNotice()->headline().startsWith(u"张*"),
                 qPrintable(cases->emptyNotice()->headline()));
        QVERIFY(!cases->emptyNotice()->headline().contains(u"您"));
        const QString words = allLabelText(cases.get()).remove(QChar(0x2060));
        QVERIFY2(words.contains(u"张*的办件") && !words.contains(u"我的办件"), qPrintable(words));
        QVERIFY(allLabelText(screen.get()).contains(u"我的办件")); // the citizen's own, at a kiosk
    }

    void aResultPrintsAsAReceipt()
    {
        PrintService printer(cupsserver::server(), QStringLiteral("PDF"));
        ModuleContext context = logIn(QStringLiteral("chen-unemployed"));
        context.printer = &printer;
        auto screen = open<DiplomasScreen>(context);
        QTRY_VERIFY_WITH_TIMEOUT(screen->loaded(), 10000);
        auto* actions = screen->findChild<DocumentActions*>();
        QVERIFY(actions && actions->isVisible());
        const int before = cupsserver::outputCount();
        actions->print();
        QTRY_VERIFY_WITH_TIMEOUT(!actions->printing(), 30000);
        QVERIFY2(actions->statusText().contains(u"打印完成"), qPrintable(actions->statusText()));
        QCOMPARE(cupsserver::outputCount(), before + 1);
        QFile printed(cupsserver::newestOutput());
        QVERIFY(printed.open(QIODevice::ReadOnly));
        const QString text = pdftext::fromBytes(printed.readAll());
        QVERIFY2(text.contains(u"北京市工业技师学院"), qPrintable(text));
        QVERIFY(text.contains(u"技工院校毕业证书"));
        QVERIFY(!text.contains(u"110000201600012345")); // masked as on screen
        demoterminal::saveScreenshot(*screen, QStringLiteral("diplomas-receipt-printed-zh_CN.png"));
    }
};

QTEST_MAIN(TestLookupScreens)
#include "tst_lookupscreens.moc"
