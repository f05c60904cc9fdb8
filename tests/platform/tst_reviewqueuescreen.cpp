// The clerk's review queue at a counter against the real platform: the read-aloud certifications waiting, the
// recording played, a refusal with a reason, an approval that certifies the person (zh and en screenshots).
#include "certificationattempts.h"
#include "screensession.h"
#include "screenshots.h"

#include "moduleapi/resultscreen.h"
#include "pension/reviewqueuescreen.h"
#include "theme.h"

#include <QApplication>
#include <QSqlQuery>

using namespace ssc;
using namespace certificationattempts;

class TestReviewQueueScreen : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QString m_digits; // asked of the last reading filed

    void fileReading(const QByteArray& key)
    {
        const QJsonObject asked = askChallenge(platform, QStringLiteral("elderly-parent")).json;
        m_digits = asked.value(QStringLiteral("digits")).toString();
        const QJsonObject body = attempt(platform, QStringLiteral("read-aloud"), asked, reading());
        const auto r = send(platform, QStringLiteral("elderly-parent"), key, body);
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("under_review"));
    }

    std::unique_ptr<ReviewQueueScreen> openAsClerk(ScreenSession& counter)
    {
        const QString login = platform.staffSession(QStringLiteral("reviewer01"), QStringLiteral("counter"));
        counter.client().setStaffSession(login);
        ModuleContext context;
        context.platform = &counter.client();
        context.mode = TerminalMode::Counter;
        auto screen = std::make_unique<ReviewQueueScreen>(context);
        screen->resize(1280, 800);
        screen->show();
        return screen;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        applyTheme(*qApp, Theme::Standard);
        QVERIFY(useLanguage(chineseLanguage));
    }

    void aClerkWatchesAndRefusesWithAReason()
    {
        fileReading("queue-reading-1");
        ScreenSession counter(platform, TerminalMode::Counter);
        auto screen = openAsClerk(counter);
        QTRY_VERIFY_WITH_TIMEOUT(screen->loaded(), 10000);
        QCOMPARE(screen->waitingCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(screen->framesLoaded(), 66, 10000); // the whole reading, recorded
        QVERIFY(allLabelText(screen.get()).contains(u"周*明"));
        // The digits the platform asked for, for the clerk to listen for.
        QVERIFY(allLabelText(screen.get())
                    .contains(m_digits.split(QString(), Qt::SkipEmptyParts).join(QLatin1Char(' '))));
        QVERIFY(!allLabelText(screen.get()).contains(u"周德明")); // masked
        QTest::qWait(700);                                        // a moment into the recording
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("review-queue"),
                                                  [&] { return screen->statusText().contains(u"waiting"); }));
        screen->reject(1);
        QTRY_COMPARE_WITH_TIMEOUT(screen->waitingCount(), 0, 10000);
        QTRY_VERIFY(screen->statusText().contains(u"没有"));
        QSqlQuery q(platform.database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT outcome, review_reason, reviewer FROM certification_attempts")) &&
            q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("rejected"));
        QVERIFY(q.value(1).toString().contains(u"数字"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("reviewer01"));
        QVERIFY(demoterminal::saveInBothLanguages(*screen, QStringLiteral("review-queue-empty"),
                                                  [&] { return screen->statusText().contains(u"Nothing"); }));
    }

    void anApprovalCertifiesThePerson()
    {
        fileReading("queue-reading-2");
        ScreenSession counter(platform, TerminalMode::Counter);
        auto screen = openAsClerk(counter);
        QTRY_COMPARE_WITH_TIMEOUT(screen->waitingCount(), 1, 10000);
        screen->approve();
        QTRY_COMPARE_WITH_TIMEOUT(screen->waitingCount(), 0, 10000);
        const auto status = platform.asTerminal(QStringLiteral("kiosk"), "GET",
                                                QStringLiteral("/api/v1/me/pension-certification"), {},
                                                platform.citizenHeaders(QStringLiteral("elderly-parent")));
        QCOMPARE(status.json[QStringLiteral("status")].toString(), QStringLiteral("certified"));
    }
};

QTEST_MAIN(TestReviewQueueScreen)
#include "tst_reviewqueuescreen.moc"
