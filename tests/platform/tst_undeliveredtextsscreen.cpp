// A reviewer's undelivered texts screen at a counter against the real platform and a real Kannel
// (docs/notifications.md, "The staff list"): a decision's text fails while the gateway is down and shows with
// its receipt, the masked number and why; once Kannel is back the reviewer sends it again and the list
// empties. A platform without a gateway says so (zh and en screenshots).
#include "kannelgateway.h"
#include "screensession.h"
#include "screenshots.h"
#include "waitingapplication.h"

#include "moduleapi/designsystem.h"
#include "texts/undeliveredtextsscreen.h"
#include "theme.h"

#include <QApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace ssc;

namespace {

// The screen as reviewer01 opens it at the demo counter, 1280x800.
struct ReviewerAtCounter {
    explicit ReviewerAtCounter(PlatformFixture& platform) : session(platform, TerminalMode::Counter)
    {
        session.client().setStaffSession(
            platform.staffSession(QStringLiteral("reviewer01"), QStringLiteral("counter")));
        context.platform = &session.client();
        context.mode = TerminalMode::Counter;
        screen = std::make_unique<UndeliveredTextsScreen>(context);
        screen->resize(1280, 800);
        screen->show();
    }
    ScreenSession session;
    ModuleContext context;
    std::unique_ptr<UndeliveredTextsScreen> screen;
};

} // namespace

class TestUndeliveredTextsScreen : public QObject {
    Q_OBJECT
    QTemporaryDir folder;
    std::unique_ptr<KannelGateway> kannel;
    PlatformFixture platform;

    QString phoneOf(const QString& person)
    {
        QSqlQuery q(platform.database());
        q.prepare(QStringLiteral("SELECT phone FROM people WHERE demo_key = ?"));
        q.addBindValue(person);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        kannel = std::make_unique<KannelGateway>(folder.path());
        QVERIFY2(kannel->start(), qPrintable(kannel->error()));
        // One attempt: a text the gateway refuses fails at once.
        platform.setExtraArguments(kannel->platformArguments() +
                                   QStringList{QStringLiteral("--sms-retries"), QStringLiteral("1,0.2")});
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(useLanguage(chineseLanguage));
    }

    void aFailedTextIsSentAgain()
    {
        kannel->stop();
        const QString receipt =
            waitingApplication(platform, QStringLiteral("R20261204-SCREEN7B7A"), QStringLiteral("zhang-wei"));
        QCOMPARE(decideApplication(platform, receipt).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QSqlQuery q(platform.database());
                return q.exec(QStringLiteral("SELECT state FROM sms_notifications WHERE state = 'failed'")) &&
                       q.next();
            }(),
            10000);

        ReviewerAtCounter reviewer(platform);
        UndeliveredTextsScreen& screen = *reviewer.screen;
        QTRY_VERIFY_WITH_TIMEOUT(screen.loaded(), 10000);
        QCOMPARE(screen.textCount(), 1);
        const QString phone = phoneOf(QStringLiteral("zhang-wei"));
        const QString row = screen.rowText(0);
        QVERIFY2(row.contains(design::unbroken(design::groupForReading(receipt))) &&
                     row.contains(phone.left(3) + QStringLiteral("****") + phone.right(4)) &&
                     !row.contains(phone) && row.contains(u"尾号7B7A") && row.contains(u"1 次"),
                 qPrintable(row));
        QVERIFY(demoterminal::saveInBothLanguages(screen, QStringLiteral("undelivered-texts"),
                                                  [&] { return screen.rowText(0).contains(u"1 attempt"); }));

        QVERIFY2(kannel->start(), qPrintable(kannel->error()));
        screen.sendAgain(0);
        QTRY_COMPARE_WITH_TIMEOUT(screen.textCount(), 0, 10000);
        QVERIFY(kannel->waitForTexts(1, 10000));
        QCOMPARE(kannel->received().first().to, phone);
        QTRY_VERIFY(screen.statusText().contains(u"都已发出"));
        QVERIFY(demoterminal::saveInBothLanguages(screen, QStringLiteral("undelivered-texts-none"), [&] {
            return screen.statusText().contains(u"has been sent");
        }));
    }

    // After a long outage: the newest four, and the notice says how many more wait.
    void manyFailedTextsShowTheNewestFew()
    {
        QSqlQuery q(platform.database());
        for (int i = 0; i < 6; ++i) {
            const QString receipt = QStringLiteral("R20261204-MANY%1").arg(i, 4, 10, QChar(u'0'));
            QVERIFY(!waitingApplication(platform, receipt, QStringLiteral("li-na")).isEmpty());
            q.prepare(
                QStringLiteral("INSERT INTO sms_notifications (receipt, status, person_id, body, state, "
                               "attempts, next_attempt_at, created_at, last_error, token) SELECT ?, "
                               "'approved', id, ?, 'failed', 6, 0, ?, 'network error 1', ? FROM people "
                               "WHERE demo_key = 'li-na'"));
            q.addBindValue(receipt);
            q.addBindValue(QStringLiteral("【电子社保卡】测试短信%1").arg(i));
            q.addBindValue(QDateTime::currentMSecsSinceEpoch() - (6 - i) * 60000); // the last is the newest
            q.addBindValue(QStringLiteral("token%1").arg(i));
            QVERIFY2(q.exec(), qPrintable(receipt));
        }
        ReviewerAtCounter reviewer(platform);
        UndeliveredTextsScreen& screen = *reviewer.screen;
        QTRY_VERIFY_WITH_TIMEOUT(screen.loaded(), 10000);
        QCOMPARE(screen.textCount(), 6);
        QCOMPARE(screen.rowCount(), 4);
        QVERIFY2(screen.rowText(0).remove(QChar(0x2060)).replace(QChar(0x00A0), u' ').contains(u"MANY 0005"),
                 qPrintable(screen.rowText(0)));
        QVERIFY2(screen.statusText().contains(u"6 条") && screen.statusText().contains(u"最新的 4 条"),
                 qPrintable(screen.statusText()));
        QVERIFY(demoterminal::saveInBothLanguages(screen, QStringLiteral("undelivered-texts-many"),
                                                  [&] { return screen.statusText().contains(u"newest 4"); }));
    }

    void withoutAGatewayTheScreenSaysSo()
    {
        PlatformFixture bare;
        QVERIFY2(bare.start(), qPrintable(bare.error()));
        ReviewerAtCounter reviewer(bare);
        UndeliveredTextsScreen& screen = *reviewer.screen;
        QTRY_VERIFY_WITH_TIMEOUT(screen.loaded(), 10000);
        QVERIFY2(screen.statusText().contains(u"短信暂时发不出去"), qPrintable(screen.statusText()));
        // Said to a clerk in a clerk's words: no gateway, platform or operators (docs/glossary.md).
        QVERIFY2(!screen.statusText().contains(u"网关") && !screen.statusText().contains(u"平台") &&
                     !screen.statusText().contains(u"运维"),
                 qPrintable(screen.statusText()));
        // Not a dead end: where the applicants see their decisions meanwhile.
        QVERIFY2(screen.statusText().contains(u"“我的办件”"), qPrintable(screen.statusText()));
        QVERIFY(
            demoterminal::saveInBothLanguages(screen, QStringLiteral("undelivered-texts-no-gateway"),
                                              [&] { return screen.statusText().contains(u"sent by text"); }));
    }

    void cleanupTestCase() { kannel->stop(); }
};

QTEST_MAIN(TestUndeliveredTextsScreen)
#include "tst_undeliveredtextsscreen.moc"
