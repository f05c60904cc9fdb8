// "Who used my data" against the real platform: from "My social security card" on a kiosk, a
// clerk's look-up and the person's own login listed, staff masked, a page at a time; the empty and the error
// states; zh and en, standard and elder. The platform's side: tst_accesslogapi.
#include "certificationattempts.h"
#include "demoterminal.h"
#include "platformfixture.h"
#include "screenshots.h"

#include "i18n/translator.h"
#include "moduleapi/choicebuttons.h"
#include "moduleapi/noticebanner.h"
#include "moduleapi/servicemodule.h"
#include "mycard/accesslogscreen.h"
#include "mycard/mycardscreen.h"
#include "mycard/reportlostpage.h"
#include "platform/platformclient.h"
#include "session/citizensession.h"
#include "theme.h"

#include <QApplication>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace ssc;

class TestAccessLogScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    std::unique_ptr<PlatformClient> client;
    std::optional<CitizenSession> session; // as the shell holds it after a login at the pedestal

    // On the demo kiosk (or the terminal of that mode), as the shell does after a scan at the pedestal.
    QString logIn(const QString& person, const QString& mode = QStringLiteral("kiosk"))
    {
        const auto r = platform.asTerminal(mode, "POST", QStringLiteral("/api/v1/ecard/resolve"),
                                           {{QStringLiteral("code"), platform.mint(person)}});
        session = CitizenSession::fromPlatform(r.json);
        [&] { QVERIFY(session); }();
        client->setCitizenSession(session ? session->token : QString());
        return session ? session->token : QString();
    }

    std::unique_ptr<MyCardScreen> openMyCard(QSize size = {1280, 800})
    {
        ModuleContext context;
        context.platform = client.get();
        context.mode = TerminalMode::Kiosk;
        context.session = session ? &*session : nullptr;
        auto screen = std::make_unique<MyCardScreen>(context);
        screen->resize(size);
        screen->show();
        return screen;
    }

    static AccessLogScreen* openLog(MyCardScreen& card)
    {
        auto* button = card.findChild<QPushButton*>(QStringLiteral("accessLogButton"));
        [&] { QVERIFY(button && button->isVisible()); }();
        QTest::mouseClick(button, Qt::LeftButton);
        auto* log = qobject_cast<AccessLogScreen*>(card.accessLog());
        [&] {
            QVERIFY(log && log->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(log->loaded(), 10000);
        }();
        return log;
    }

    void save(QWidget& widget, const QString& name) { demoterminal::saveScreenshot(widget, name); }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
        client = std::make_unique<PlatformClient>(demoterminal::config(platform.port()));
    }

    void init()
    {
        QVERIFY(useLanguage(chineseLanguage));
        applyTheme(*qApp, Theme::Standard);
    }

    void aClerksLookUpAndTheOwnLoginAreListed()
    {
        const QByteArray clerk =
            platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")).toLatin1();
        QVERIFY(platform.findPerson(clerk, QStringLiteral("counter"), QStringLiteral("zhang-wei")) > 0);
        logIn(QStringLiteral("zhang-wei"));
        auto card = openMyCard();
        const QString wholeSsn = platform.demoPerson(QStringLiteral("zhang-wei"))[u"ssn"].toString();
        QVERIFY(!wholeSsn.isEmpty() && !allLabelText(card.get()).contains(wholeSsn)); // masked
        save(*card, QStringLiteral("mycard-access-log-button-zh_CN.png"));
        AccessLogScreen* log = openLog(*card);
        QVERIFY(log);
        QCOMPARE(log->entryCount(), 2);
        QCOMPARE(log->cardCount(), 2); // her login and the clerk's look-up: never one entry
        const QString text = log->resultsText();
        QVERIFY(text.contains(u"窗口工作人员 王*"));
        QVERIFY(!text.contains(u"王芳")); // the clerk's whole name never shown
        QVERIFY(text.contains(u"您本人"));
        QVERIFY(text.contains(u"使用电子社保卡"));
        QVERIFY(text.indexOf(u"您本人") < text.indexOf(u"王*")); // newest first: the login
        // Two entries, and how many of them were someone else's use: her own login is not counted as one.
        QCOMPARE(
            log->statusText(),
            QStringLiteral("共 2 条记录，最新的在前。其中工作人员使用您的个人信息 1 次，姓名部分隐藏。"));
        // The terminals by their Chinese names on a Chinese screen, their English ones on an English screen.
        QVERIFY2(text.contains(u"演示自助机") && text.contains(u"演示柜台"), qPrintable(text));
        QVERIFY(!text.contains(u"Demo"));
        QVERIFY(!log->notice()->isVisible());
        QVERIFY(!log->moreButton()); // all on one page
        save(*card, QStringLiteral("access-log-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(log->resultsText().contains(u"Counter clerk 王*"));
        QVERIFY(log->resultsText().contains(u"Found your record"));
        QVERIFY(log->resultsText().contains(u"Demo kiosk") && log->resultsText().contains(u"Demo counter"));
        QVERIFY(!log->resultsText().contains(u"演示"));
        save(*card, QStringLiteral("access-log-en.png"));
        applyTheme(*qApp, Theme::Elder);
        save(*card, QStringLiteral("access-log-elder-en.png"));
        QVERIFY(useLanguage(chineseLanguage));
        QTRY_VERIFY(log->resultsText().contains(u"窗口工作人员"));
        save(*card, QStringLiteral("access-log-elder-zh_CN.png"));
        // Back returns to the card.
        QTest::mouseClick(log->findChild<QPushButton*>(QStringLiteral("backButton")), Qt::LeftButton);
        QTRY_VERIFY(!card->accessLog());
        QVERIFY(card->findChild<QPushButton*>(QStringLiteral("eyeButton"))->isVisible());
        save(*card, QStringLiteral("mycard-access-log-button-elder-zh_CN.png"));
        QVERIFY(useLanguage(englishLanguage));
        save(*card, QStringLiteral("mycard-access-log-button-elder-en.png"));
    }

    void aPageAtATime()
    {
        for (int i = 0; i < AccessLogScreen::pageSize + 3; ++i)
            QVERIFY(!platform.citizenSession(QStringLiteral("li-na")).isEmpty());
        logIn(QStringLiteral("li-na"));
        auto card = openMyCard({1080, 1920});
        AccessLogScreen* log = openLog(*card);
        QVERIFY(log);
        QCOMPARE(log->entryCount(), AccessLogScreen::pageSize);
        QCOMPARE(log->total(), AccessLogScreen::pageSize + 4);
        // Her own logins one after another at the one kiosk read as one entry, with how many.
        QCOMPARE(log->cardCount(), 1);
        QVERIFY2(log->resultsText().contains(QStringLiteral("%1 次，").arg(AccessLogScreen::pageSize)),
                 qPrintable(log->resultsText()));
        // A run within one minute names it once, never "11:47 至 11:47".
        static const QRegularExpression sameTimeTwice(QStringLiteral("(\\d\\d:\\d\\d) 至 \\1"));
        QVERIFY2(!log->resultsText().contains(sameTimeTwice), qPrintable(log->resultsText()));
        // The count above is of entries: it says why fewer show.
        QVERIFY2(log->statusText().contains(u"合并显示"), qPrintable(log->statusText()));
        QVERIFY(log->statusText().contains(QString::number(AccessLogScreen::pageSize + 4)));
        QVERIFY2(log->statusText().contains(u"没有工作人员使用过"), qPrintable(log->statusText()));
        QVERIFY(log->moreButton());
        save(*card, QStringLiteral("access-log-portrait-zh_CN.png"));
        QTest::mouseClick(log->moreButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(log->entryCount(), AccessLogScreen::pageSize + 4, 10000);
        QVERIFY(!log->moreButton());
        QCOMPARE(log->cardCount(), 1);
        QVERIFY(log->resultsText().contains(QStringLiteral("%1 次，").arg(AccessLogScreen::pageSize + 4)));
    }

    void nothingRecordedIsExplained()
    {
        logIn(QStringLiteral("chen-unemployed"));
        // As for a person whose only entries were written before the log kept whose data it was.
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE person_id = (SELECT id FROM people WHERE "
                                      "demo_key = 'chen-unemployed')")));
        q.finish();
        auto card = openMyCard();
        AccessLogScreen* log = openLog(*card);
        QVERIFY(log);
        QCOMPARE(log->entryCount(), 0);
        QVERIFY(log->notice()->isVisible());
        QCOMPARE(log->notice()->tone(), design::Tone::Info);
        save(*card, QStringLiteral("access-log-empty-zh_CN.png"));
        QTest::mouseClick(log->notice()->findChild<QPushButton*>(QStringLiteral("noticeAction")),
                          Qt::LeftButton);
        QTRY_VERIFY(!card->accessLog());
    }

    // An entry the person does not recognise has a way on under the list: report the card they signed in
    // with lost, straight from here; nothing is said for an empty list.
    void anEntryThatWasNotThemLeadsToReportingTheCardLost()
    {
        logIn(QStringLiteral("ma-migrant"));
        auto card = openMyCard();
        AccessLogScreen* log = openLog(*card);
        QVERIFY(log);
        QVERIFY(log->entryCount() > 0);
        NoticeBanner* notMe = log->notMeNotice();
        QVERIFY(notMe);
        QTRY_VERIFY(notMe->isVisible());
        QVERIFY(log->resultsText().contains(u"12333"));
        auto* report = notMe->findChild<QPushButton*>(QStringLiteral("reportLostButton"));
        QVERIFY(report && report->isVisible());
        QCOMPARE(report->text(), QStringLiteral("挂失我的社保卡"));
        QVERIFY(!report->property("primary").toBool()); // offered, not the page's expected answer
        save(*card, QStringLiteral("access-log-not-me-zh_CN.png"));
        QTest::mouseClick(report, Qt::LeftButton);
        QTRY_VERIFY(!card->accessLog());
        QTRY_VERIFY(card->reportLost() && card->reportLost()->isVisible());
        // Nothing was reported yet: the page asks first, as from the card's own button.
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT status FROM cards WHERE card_identifier = '%1'")
                           .arg(session->card.cardIdentifier)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString() != u"lost");
    }

    void aFailureSaysWhyAndOffersAnotherTry()
    {
        const QString token = logIn(QStringLiteral("zhang-wei"));
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "DELETE",
                                 QStringLiteral("/api/v1/sessions/current"), {},
                                 {{"X-SSC-Citizen-Session", token.toLatin1()}})
                     .status,
                 204);
        auto card = openMyCard();
        AccessLogScreen* log = openLog(*card);
        QVERIFY(log);
        QCOMPARE(log->notice()->tone(), design::Tone::Error);
        QVERIFY(log->notice()->isVisible());
        QVERIFY(!log->notice()->detail().isEmpty()); // the platform's reason and advice
        QVERIFY(!log->resultsText().contains(u"王*"));
        save(*card, QStringLiteral("access-log-error-zh_CN.png"));
        // Logged in again, the same button tries again and lists.
        logIn(QStringLiteral("zhang-wei"));
        QTest::mouseClick(log->notice()->findChild<QPushButton*>(QStringLiteral("noticeAction")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(log->entryCount() > 0, 10000);
        QVERIFY(!log->notice()->isVisible());
    }

    // At a counter, a reveal the platform did not record shows nothing: the clerk is told why (here: no staff
    // session). The recorded reveal: tst_countermode.
    void aRevealThePlatformDidNotRecordStaysHidden()
    {
        PlatformClient counter(demoterminal::config(platform.port(), TerminalMode::Counter));
        counter.setCitizenSession(logIn(QStringLiteral("zhang-wei"), QStringLiteral("counter")));
        ModuleContext context;
        context.platform = &counter;
        context.mode = TerminalMode::Counter;
        context.session = &*session;
        MyCardScreen screen(context);
        screen.resize(1280, 800);
        screen.show();
        QVERIFY(!screen.findChild<QPushButton*>(QStringLiteral("accessLogButton"))->isVisible());
        QTest::mouseClick(screen.findChild<QPushButton*>(QStringLiteral("eyeButton")), Qt::LeftButton);
        auto* why = screen.findChild<NoticeBanner*>();
        QVERIFY(why && why->isVisible());
        QCOMPARE(why->tone(), design::Tone::Info);
        screen.findChild<ChoiceButtons*>()->click(QStringLiteral("citizen_asked"));
        QTRY_COMPARE_WITH_TIMEOUT(why->tone(), design::Tone::Error, 10000);
        QVERIFY(!why->detail().isEmpty());
        QVERIFY(!screen.revealed());
        QVERIFY(!allLabelText(&screen).contains(
            platform.demoPerson(QStringLiteral("zhang-wei"))[u"ssn"].toString()));
        save(screen, QStringLiteral("counter-my-card-reveal-refused-zh_CN.png"));
        // Cancel: the eye button withdraws the question.
        QTest::mouseClick(screen.findChild<QPushButton*>(QStringLiteral("eyeButton")), Qt::LeftButton);
        QVERIFY(!why->isVisible());
        QVERIFY(!screen.revealed());
    }

    // A face login instead of a forgotten PIN, and one the platform refused, as the person's log says them
    // (docs/card-services.md, "Face instead of a forgotten PIN").
    void aFaceLoginAndARefusedOneAreSaidSo()
    {
        const auto challenge = [&] {
            return platform
                .asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/face-login/challenges"),
                            {{QStringLiteral("notice"), faceLoginNoticeVersion()},
                             {QStringLiteral("cardIdentifier"),
                              platform.cardProof(QStringLiteral("elderly-parent"))[u"cardIdentifier"]}})
                .json;
        };
        const auto faceLogin = [&](const QJsonObject& body) {
            return platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/face-login"),
                                       body);
        };
        QJsonObject asked = challenge();
        QCOMPARE(faceLogin(certificationattempts::attempt(
                               platform, QStringLiteral("actions"), asked,
                               face::fixtures::recorded(face::fixtures::printedPhoto(60).frames)))
                     .errorCode(),
                 QStringLiteral("face_login_refused"));
        asked = challenge();
        QCOMPARE(faceLogin(certificationattempts::attempt(platform, QStringLiteral("actions"), asked,
                                                          certificationattempts::doingWhatIsAsked(asked)))
                     .status,
                 200);
        logIn(QStringLiteral("elderly-parent"));
        auto card = openMyCard();
        AccessLogScreen* log = openLog(*card);
        QVERIFY(log);
        QVERIFY(log->resultsText().contains(u"刷脸登录，代替密码"));
        QVERIFY(log->resultsText().contains(u"有人以您的身份刷脸登录"));
        QVERIFY(useLanguage(englishLanguage));
        QTRY_VERIFY(log->resultsText().contains(u"By your face, instead of the PIN"));
        QVERIFY(log->resultsText().contains(u"Someone tried to sign in as you by face"));
        save(*card, QStringLiteral("access-log-face-login-en.png"));
    }
};

QTEST_MAIN(TestAccessLogScreen)
#include "tst_accesslogscreen.moc"
