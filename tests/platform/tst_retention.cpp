// Retention over the real platform (docs/privacy.md, "Retention"): `ssc-platform purge DAY` run on the
// platform's database with the clock moved forward. At each step what is due goes (or is stripped to its
// summary) and what is not stays: sessions and codes after their days, an attempt's face and recordings after
// 180 days unless the attempt still waits for its review, a terminal's closed incidents after a year,
// evidence files and the audit log after 3 years.
#include "certificationattempts.h"
#include "evidencefiles.h"
#include "waitingapplication.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace certificationattempts;

class TestRetention : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QString decided;    // an attempt with its outcome
    QString waiting;    // a read-aloud attempt waiting for its review
    QString evidenceId; // a dispute's evidence file

    // `ssc-platform purge` as of that many days from today; its report.
    QString purgeIn(int days)
    {
        const auto [status, output] = platform.command(
            {QStringLiteral("purge"), QDate::currentDate().addDays(days).toString(Qt::ISODate)});
        return status == 0 ? output : QStringLiteral("failed: ") + output;
    }

    int count(const QString& sql, const QVariant& binding = {})
    {
        QSqlQuery q(platform.database());
        q.prepare(sql);
        if (binding.isValid())
            q.addBindValue(binding);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    bool hasMedia(const QString& receipt)
    {
        return count(QStringLiteral(
                         "SELECT COUNT(*) FROM certification_attempts WHERE receipt = ? AND recording "
                         "IS NOT NULL AND frame IS NOT NULL AND media_purged_at IS NULL"),
                     receipt) == 1;
    }

    bool attemptKept(const QString& receipt)
    {
        return count(
                   QStringLiteral("SELECT COUNT(*) FROM certification_attempts WHERE receipt = ? AND outcome "
                                  "IS NOT NULL"),
                   receipt) == 1;
    }

    int texts() { return count(QStringLiteral("SELECT COUNT(*) FROM sms_notifications")); }

    bool evidenceContentKept()
    {
        return count(QStringLiteral("SELECT COUNT(*) FROM evidence WHERE id = ? AND content IS NOT NULL"),
                     evidenceId) == 1;
    }

    static int rowsIn(const QString& report, const QString& rule)
    {
        for (const QString& line : report.split(u'\n'))
            if (line.startsWith(rule + QStringLiteral(": ")))
                return line.mid(rule.size() + 2).toInt();
        return -1;
    }

private slots:
    void initTestCase()
    {
        // Fleet incidents close as soon as put right (no quiet window): this test is about what follows.
        platform.setExtraArguments({QStringLiteral("--incident-quiet-window"), QStringLiteral("0")});
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        // First the reading that waits for its review, then the attempt that certifies (after which no more
        // attempts are taken this cycle).
        auto r = send(platform, QStringLiteral("elderly-parent"), "retention-waiting-1",
                      attempt(platform, QStringLiteral("read-aloud"),
                              askChallenge(platform, QStringLiteral("elderly-parent")).json, reading()));
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("under_review"));
        waiting = r.json[QStringLiteral("receipt")].toString();
        const QJsonObject asked = askChallenge(platform, QStringLiteral("elderly-parent")).json;
        r = send(platform, QStringLiteral("elderly-parent"), "retention-decided-1",
                 attempt(platform, QStringLiteral("actions"), asked, doingWhatIsAsked(asked)));
        QCOMPARE(r.status, 201);
        QVERIFY(r.json[QStringLiteral("outcome")].toString() != u"under_review");
        decided = r.json[QStringLiteral("receipt")].toString();
        r = platform.asTerminal(
            QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/evidence"),
            {{QStringLiteral("name"), QStringLiteral("合同.jpg")},
             {QStringLiteral("data"), QString::fromLatin1(evidencefiles::jpeg().toBase64())}},
            platform.citizenHeaders(QStringLiteral("zhang-wei")));
        QCOMPARE(r.status, 201);
        evidenceId = r.json[QStringLiteral("id")].toString();
        QVERIFY(!platform.staffSession(QStringLiteral("reviewer01"), QStringLiteral("counter")).isEmpty());
        QVERIFY(hasMedia(decided) && hasMedia(waiting) && evidenceContentKept());
        // A decision's text (no gateway: it stays queued), kept 180 days.
        const QString reviewed =
            waitingApplication(platform, QStringLiteral("R20261204-RETENTION1"), QStringLiteral("zhang-wei"));
        QCOMPARE(decideApplication(platform, reviewed).status, 200);
        QCOMPARE(texts(), 1);
    }

    void todayNothingIsDue()
    {
        const QString report = purgeIn(0);
        QCOMPARE(rowsIn(report, QStringLiteral("citizen sessions")), 0);
        QCOMPARE(rowsIn(report, QStringLiteral("attempt recordings")), 0);
        QCOMPARE(rowsIn(report, QStringLiteral("audit log")), 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM citizen_sessions")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM ecard_codes")) > 0);
    }

    void usedCodesGoAfterADaySessionsAfterAMonth()
    {
        QString report = purgeIn(2);
        QVERIFY2(rowsIn(report, QStringLiteral("e-card codes")) > 0, qPrintable(report));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ecard_codes")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM card_challenges")), 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM citizen_sessions")) > 0); // not yet
        report = purgeIn(32);
        QVERIFY2(rowsIn(report, QStringLiteral("citizen sessions")) > 0, qPrintable(report));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM citizen_sessions")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff_sessions")), 0);
        QVERIFY(hasMedia(decided)); // 180 days
    }

    void recordingsGoAfter180DaysUnlessStillWaitingForReview()
    {
        QString report = purgeIn(179);
        QCOMPARE(rowsIn(report, QStringLiteral("attempt recordings")), 0);
        QCOMPARE(texts(), 1);
        QVERIFY(hasMedia(decided));
        report = purgeIn(181);
        QVERIFY2(rowsIn(report, QStringLiteral("attempt recordings")) >= 1, qPrintable(report));
        QCOMPARE(rowsIn(report, QStringLiteral("text messages")), 1);
        QCOMPARE(texts(), 0);
        QVERIFY(!hasMedia(decided));
        QVERIFY(attemptKept(decided)); // the summary: receipt, outcome, dates
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certification_attempts WHERE receipt = ? AND "
                                      "recording_sound IS NULL AND media_purged_at IS NOT NULL"),
                       decided),
                 1);
        // The waiting attempt keeps its recording and the digits its reviewer listens for.
        QVERIFY(hasMedia(waiting));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM certification_challenges c JOIN "
                                 "certification_attempts a ON a.challenge_id = c.id WHERE a.receipt = ?"),
                  waiting),
            1);
        QVERIFY(evidenceContentKept()); // 3 years
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")) > 0);
    }

    // A terminal's closed incidents go a year after they were put right; an open one stays, and so does the
    // terminal's one heartbeat row (replaced by each heartbeat: no history to purge).
    void closedFleetIncidentsGoAfterAYear()
    {
        const auto beat = [this](bool scannerWorks) {
            return platform
                .asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/terminals/heartbeat"),
                            {{QStringLiteral("version"), QStringLiteral("0.1.0")},
                             {QStringLiteral("apiVersion"), 1},
                             {QStringLiteral("devices"),
                              QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("scanner")},
                                                     {QStringLiteral("name"), QStringLiteral("HID POS")},
                                                     {QStringLiteral("working"), scannerWorks}}}}})
                .status;
        };
        QCOMPARE(beat(false), 200);
        QCOMPARE(beat(true), 200);  // put right: closed
        QCOMPARE(beat(false), 200); // gone again: open
        const QString incidents = QStringLiteral("SELECT COUNT(*) FROM fleet_incidents");
        const QString closed = incidents + QStringLiteral(" WHERE closed_at IS NOT NULL");
        QCOMPARE(count(incidents), 2);
        QString report = purgeIn(364);
        QCOMPARE(rowsIn(report, QStringLiteral("closed fleet incidents")), 0);
        QCOMPARE(count(closed), 1);
        report = purgeIn(366);
        QCOMPARE(rowsIn(report, QStringLiteral("closed fleet incidents")), 1);
        QCOMPARE(count(closed), 0);
        QCOMPARE(count(incidents), 1); // the open one
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM terminal_heartbeats WHERE terminal_id = ?"),
                       QStringLiteral("demo-kiosk")),
                 1);
    }

    void evidenceAndTheAuditLogGoAfterThreeYears()
    {
        QString report = purgeIn(3 * 365 - 2);
        QVERIFY(evidenceContentKept());
        report = purgeIn(3 * 365 + 2);
        QCOMPARE(rowsIn(report, QStringLiteral("evidence files")), 1);
        QVERIFY(!evidenceContentKept());
        // What a dispute names stays: the file's name, size and hash.
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM evidence WHERE id = ? AND purged_at IS NOT NULL AND "
                                 "size > 0 AND length(sha256) = 64"),
                  evidenceId),
            1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
        QVERIFY(attemptKept(decided) && attemptKept(waiting));
    }

    void aSecondRunFindsNothingAndTheServiceStillServes()
    {
        const QString report = purgeIn(3 * 365 + 2);
        // One line a rule (PostgreSQL's notices may come between them, on standard error).
        static const QRegularExpression ruleLine(QStringLiteral("^([a-z][a-z -]+): (\\d+)$"),
                                                 QRegularExpression::MultilineOption);
        int rules = 0;
        for (auto match = ruleLine.globalMatch(report); match.hasNext(); ++rules) {
            const auto line = match.next();
            QVERIFY2(line.captured(2) == u"0", qPrintable(line.captured(0)));
        }
        QCOMPARE(rules, 17);
        QCOMPARE(platform.command({QStringLiteral("purge"), QStringLiteral("someday")}).first, 2);
        // The platform serving all along, on the same database: a new login works.
        QVERIFY(!platform.citizenSession(QStringLiteral("elderly-parent")).isEmpty());
    }
};

QTEST_MAIN(TestRetention)
#include "tst_retention.moc"
