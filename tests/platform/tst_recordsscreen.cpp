// The rights record screen against the real platform and a real CUPS server: the citizen's province first,
// the record previewed, printed (and out of paper), saved at a counter; regions not open, timeouts with a
// retry, no record; both languages. Visitors are asked to log in first (itNeedsALogin, tst_shelllogin).
#include "../printing/cupsserver.h"
#include "demoterminal.h"
#include "platformfixture.h"
#include "screenshots.h"

#include "i18n/translator.h"
#include "moduleapi/servicemodule.h"
#include "platform/platformclient.h"
#include "printservice.h"
#include "records/recordsmodule.h"
#include "records/recordsscreen.h"
#include "session/citizensession.h"
#include "theme.h"

#include <QApplication>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace ssc;

class TestRecordsScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    std::unique_ptr<PlatformClient> client;
    std::optional<CitizenSession> session;

    void logIn(const QString& person)
    {
        const auto r =
            platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/ecard/resolve"),
                                {{QStringLiteral("code"), platform.mint(person)}});
        session = CitizenSession::fromPlatform(r.json);
        QVERIFY(session);
        client->setCitizenSession(session->token);
    }

    std::unique_ptr<RecordsScreen> open(PrintService* printer = nullptr,
                                        TerminalMode mode = TerminalMode::Kiosk)
    {
        ModuleContext context;
        context.platform = client.get();
        context.session = session ? &*session : nullptr;
        context.printer = printer;
        context.mode = mode;
        auto screen = std::make_unique<RecordsScreen>(context);
        screen->resize(1280, 900);
        screen->show();
        return screen;
    }

    // Opens the screen for `person`, waits for the provinces, picks `province` and `year`, waits for the
    // answer.
    std::unique_ptr<RecordsScreen> recordOf(const QString& person, const QString& province, int year,
                                            PrintService* printer = nullptr)
    {
        logIn(person);
        auto screen = open(printer);
        if (!QTest::qWaitFor([&] { return screen->provincesLoaded(); }, 10000))
            return screen;
        screen->chooseProvince(province);
        screen->chooseYear(year);
        (void)QTest::qWaitFor([&] { return !screen->waiting(); }, 10000); // callers check what came
        return screen;
    }

    // Qt Pdf renders pages in the background: give it time before a picture is taken (only when one is).
    static void shot(QWidget& screen, const QString& name)
    {
        if (qEnvironmentVariableIsEmpty("SSC_SCREENSHOT_DIR"))
            return;
        QTest::qWait(800);
        demoterminal::saveScreenshot(screen, name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
        client = std::make_unique<PlatformClient>(demoterminal::config(platform.port()));
        qRegisterMetaType<PrintOutcome>();
    }

    void init() { QVERIFY(useLanguage(chineseLanguage)); }

    void itNeedsALogin()
    {
        ModuleRegistry modules;
        registerRecordsModule(modules);
        QVERIFY(modules.available(TerminalMode::Kiosk, false).empty());
        QVERIFY(modules.find(QStringLiteral("records"))->requiresLogin);
    }

    void theCitizensOwnProvinceComesFirst()
    {
        logIn(QStringLiteral("li-na")); // first card: 上海市
        auto screen = open();
        QTRY_VERIFY_WITH_TIMEOUT(screen->provincesLoaded(), 10000);
        // This year so far first (what was paid at the hall this year shows on it), then the closed years.
        QCOMPARE(screen->yearChoices().first(), QString::number(QDate::currentDate().year()));
        QCOMPARE(screen->yearChoices().at(1), QStringLiteral("2025"));
        QCOMPARE(screen->yearChoices().last(), QStringLiteral("2019"));
        QVERIFY(screen->statusText().contains(u"年度"));
        QVERIFY(!screen->showingRecord());
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("records-choose"),
                                                  [&] { return !screen->statusText().contains(u"年度"); }));
    }

    void employeeRecordIsPreviewed()
    {
        auto screen = recordOf(QStringLiteral("zhang-wei"), QStringLiteral("110000"), 2024);
        QVERIFY2(screen->showingRecord(), qPrintable(screen->statusText()));
        const RightsRecord& record = *screen->query().record();
        QCOMPARE(record.variant, RecordVariant::Employee);
        QCOMPARE(record.contributions[0].months[2].mark, MonthMark::Arrears);
        QVERIFY(screen->statusText().contains(u"2024"));
        QVERIFY(!screen->query().pdf().isEmpty());
        QVERIFY(screen->actions()->isVisible());
        QVERIFY(screen->actions()->saveButton()->isHidden()); // kiosks do not save files
        shot(*screen, QStringLiteral("records-employee-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        screen->chooseYear(2024); // the document is remade in the new language
        QTRY_VERIFY_WITH_TIMEOUT(screen->showingRecord(), 10000);
        QVERIFY(screen->statusText().contains(u"Your 2024 record"));
        shot(*screen, QStringLiteral("records-employee-en.png"));
    }

    void residentAndRetireeRecords()
    {
        auto resident = recordOf(QStringLiteral("adult-child"), QStringLiteral("310000"), 2025);
        QVERIFY2(resident->showingRecord(), qPrintable(resident->statusText()));
        QCOMPARE(resident->query().record()->variant, RecordVariant::Resident);
        shot(*resident, QStringLiteral("records-resident-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        resident->chooseYear(2025);
        QTRY_VERIFY_WITH_TIMEOUT(resident->showingRecord(), 10000);
        shot(*resident, QStringLiteral("records-resident-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
        auto retiree = recordOf(QStringLiteral("liu-retiree"), QStringLiteral("420000"), 2025);
        QVERIFY2(retiree->showingRecord(), qPrintable(retiree->statusText()));
        QVERIFY(!retiree->query().record()->showsContributions());
        QVERIFY(retiree->query().record()->showsBenefits());
        shot(*retiree, QStringLiteral("records-retiree-zh_CN.png"));
    }

    void provincesNotOpenAreExplainedBeforeAnythingIsFetched()
    {
        logIn(QStringLiteral("li-na"));
        auto screen = open();
        QTRY_VERIFY_WITH_TIMEOUT(screen->provincesLoaded(), 10000);
        screen->chooseProvince(QStringLiteral("440000"));
        QVERIFY(screen->noteText().contains(u"工伤保险"));
        QVERIFY(screen->noteText().contains(u"生育保险"));
        screen->chooseProvince(QStringLiteral("330000"));
        QVERIFY(screen->noteText().contains(u"暂未开通"));
        screen->chooseYear(2023);
        QTRY_VERIFY_WITH_TIMEOUT(!screen->waiting(), 10000);
        QVERIFY(!screen->showingRecord());
        QVERIFY(screen->statusText().contains(u"暂未开通"));
        QVERIFY(!screen->retryOffered()); // trying again will not open it
        shot(*screen, QStringLiteral("records-not-open-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(screen->noteText().contains(u"not yet opened"));
        shot(*screen, QStringLiteral("records-not-open-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
    }

    void aTimeoutOffersATryAgain()
    {
        auto screen = recordOf(QStringLiteral("zhang-wei"), QStringLiteral("510000"), 2023);
        QVERIFY(!screen->showingRecord());
        QVERIFY2(screen->statusText().contains(u"超时"), qPrintable(screen->statusText()));
        QVERIFY(screen->retryOffered());
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("records-timeout"),
                                                  [&] { return !screen->statusText().contains(u"超时"); }));
        screen->retry();
        QVERIFY(screen->waiting());
        QTRY_VERIFY_WITH_TIMEOUT(!screen->waiting(), 10000);
        QVERIFY(screen->retryOffered());
    }

    void noRecordInThatProvince()
    {
        auto screen = recordOf(QStringLiteral("zhang-wei"), QStringLiteral("420000"), 2024);
        QVERIFY(!screen->showingRecord());
        QVERIFY2(screen->statusText().contains(u"没有"), qPrintable(screen->statusText()));
        QVERIFY(!screen->retryOffered());
    }

    void anEndedSessionShowsNoRecord()
    {
        logIn(QStringLiteral("zhang-wei"));
        client->setCitizenSession(QStringLiteral("not-a-session"));
        auto screen = open();
        QTRY_VERIFY_WITH_TIMEOUT(screen->provincesLoaded(), 10000);
        screen->chooseYear(2024);
        QTRY_VERIFY_WITH_TIMEOUT(!screen->waiting(), 10000);
        QVERIFY(!screen->showingRecord());
        QVERIFY(!screen->statusText().isEmpty());
    }

    void printsThroughCups()
    {
        PrintService printer(cupsserver::server(), QStringLiteral("PDF"));
        auto screen = recordOf(QStringLiteral("zhang-wei"), QStringLiteral("110000"), 2024, &printer);
        QVERIFY(screen->showingRecord());
        const int before = cupsserver::outputCount();
        screen->actions()->printButton()->click();
        QVERIFY(screen->actions()->printing());
        QVERIFY(screen->actions()->statusText().contains(u"正在打印"));
        shot(*screen, QStringLiteral("records-printing-zh_CN.png"));
        QTRY_VERIFY_WITH_TIMEOUT(!screen->actions()->printing(), 30000);
        QVERIFY2(screen->actions()->statusText().contains(u"打印完成"),
                 qPrintable(screen->actions()->statusText()));
        QCOMPARE(cupsserver::outputCount(), before + 1);
        shot(*screen, QStringLiteral("records-printed-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(screen->actions()->statusText().contains(u"Printed"));
        shot(*screen, QStringLiteral("records-printed-en.png"));
    }

    void outOfPaperIsToldAndMayBeRetried()
    {
        PrintService printer(cupsserver::server(), QStringLiteral("PaperOut"));
        printer.setWaitLimit(5000);
        auto screen = recordOf(QStringLiteral("zhang-wei"), QStringLiteral("110000"), 2024, &printer);
        screen->actions()->print();
        QTRY_VERIFY_WITH_TIMEOUT(!screen->actions()->printing(), 30000);
        QVERIFY2(screen->actions()->statusText().contains(u"缺纸"),
                 qPrintable(screen->actions()->statusText()));
        QCOMPARE(screen->actions()->printButton()->text(), QStringLiteral("重新打印"));
        QVERIFY(screen->actions()->printButton()->isEnabled());
        shot(*screen, QStringLiteral("records-out-of-paper-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(screen->actions()->statusText().contains(u"out of paper"));
        shot(*screen, QStringLiteral("records-out-of-paper-en.png"));
    }

    void theCounterSavesTheRecordAsAFile()
    {
        logIn(QStringLiteral("zhang-wei"));
        auto screen = open(nullptr, TerminalMode::Counter);
        QTRY_VERIFY_WITH_TIMEOUT(screen->provincesLoaded(), 10000);
        screen->chooseYear(2023);
        QTRY_VERIFY_WITH_TIMEOUT(screen->showingRecord(), 10000);
        QVERIFY(!screen->actions()->saveButton()->isHidden());
        QVERIFY(screen->actions()->printButton()->isHidden()); // no printer here
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("record.pdf"));
        QVERIFY(screen->actions()->saveTo(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), screen->query().pdf());
        QVERIFY(!screen->actions()->saveTo(dir.filePath(QStringLiteral("no/such/folder/record.pdf"))));
        QVERIFY(screen->actions()->statusText().contains(u"无法保存"));
    }
};

QTEST_MAIN(TestRecordsScreen)
#include "tst_recordsscreen.moc"
