// The read-aloud method over real HTTP: the attempt with its recording waits in the review queue; a clerk
// lists it (the name masked), watches the recording, rejects with a reason or approves; approving records the
// certification, once (docs/api.md, "Pension certification").
#include "certificationattempts.h"
#include "evidencerecording.h"
#include "wavaudio.h"

#include <QDate>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace certificationattempts;

class TestCertificationReviewApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QByteArray staffToken;

    PlatformFixture::Response asClerk(const QByteArray& method, const QString& path,
                                      const QJsonObject& body = {})
    {
        return platform.asTerminal(QStringLiteral("counter"), method, path, body,
                                   {{"X-SSC-Staff-Session", staffToken}});
    }

    // A read-aloud attempt answering a fresh challenge; `digits` gets the digits it asked for.
    QJsonObject readAloud(const ssc::face::fixtures::Recording& recording, QString* digits = nullptr)
    {
        const QJsonObject asked = askChallenge(platform, QStringLiteral("elderly-parent")).json;
        if (digits)
            *digits = asked.value(QStringLiteral("digits")).toString();
        return attempt(platform, QStringLiteral("read-aloud"), asked, recording);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        const QString login = platform.staffSession(QStringLiteral("reviewer01"), QStringLiteral("counter"));
        QVERIFY(!login.isEmpty());
        staffToken = login.toLatin1();
    }

    void aReadingWithoutAPlayableRecordingIsRefused()
    {
        auto r = send(platform, QStringLiteral("elderly-parent"), "reading-none-01", readAloud({}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("recording_unreadable"));
        r = send(platform, QStringLiteral("elderly-parent"), "reading-junk-01",
                 readAloud({QByteArray(4000, 'z'), {0, 66, 133}}));
        QCOMPARE(r.errorCode(), QStringLiteral("recording_unreadable"));
        // A sound that is not a 16-bit PCM WAV: refused too.
        QJsonObject badSound = readAloud(reading());
        badSound.insert(QStringLiteral("recordingSound"),
                        QString::fromLatin1(QByteArray("RIFF....WAVEjunk").toBase64()));
        r = send(platform, QStringLiteral("elderly-parent"), "reading-junk-02", badSound);
        QCOMPARE(r.errorCode(), QStringLiteral("recording_unreadable"));
        QCOMPARE(asClerk("GET", QStringLiteral("/api/v1/staff/certification-reviews"))
                     .json[QStringLiteral("reviews")]
                     .toArray()
                     .size(),
                 0);
    }

    void twoPeopleDecideAndOnlyReviewersReview()
    {
        // 刘洋, a senior clerk who is also a reviewer, certifies 周德明 at the counter by reading aloud.
        const QByteArray senior =
            platform.staffSession(QStringLiteral("senior01"), QStringLiteral("counter")).toLatin1();
        const qint64 id =
            platform.findPerson(senior, QStringLiteral("counter"), QStringLiteral("elderly-parent"));
        QVERIFY(id > 0);
        const QString base = QStringLiteral("/api/v1/staff/people/%1/pension-certification").arg(id);
        QCOMPARE(agree(platform, QStringLiteral("counter"), base, QStringLiteral("elderly-parent"),
                       {{"X-SSC-Staff-Session", senior}})
                     .status,
                 201);
        const QJsonObject asked =
            platform
                .asTerminal(QStringLiteral("counter"), "POST", base + QStringLiteral("/challenges"), {},
                            {{"X-SSC-Staff-Session", senior}})
                .json;
        auto filed =
            platform.asTerminal(QStringLiteral("counter"), "POST", base + QStringLiteral("/attempts"),
                                attempt(platform, QStringLiteral("read-aloud"), asked, reading()),
                                {{"X-SSC-Staff-Session", senior}, {"Idempotency-Key", "senior-reading-1"}});
        QCOMPARE(filed.status, 201);
        QCOMPARE(filed.json[QStringLiteral("outcome")].toString(), QStringLiteral("under_review"));
        const QString path = QStringLiteral("/api/v1/staff/certification-reviews/%1")
                                 .arg(filed.json[QStringLiteral("receipt")].toString());
        const QJsonObject approve{{QStringLiteral("decision"), QStringLiteral("approve")}};
        // Not the one who filed it,
        auto r = platform.asTerminal(QStringLiteral("counter"), "POST", path, approve,
                                     {{"X-SSC-Staff-Session", senior}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("review_own_filing"));
        // nor a visiting-staff account, nor a clerk who is not a reviewer.
        const QByteArray visitor =
            platform.staffSession(QStringLiteral("visitor01"), QStringLiteral("field")).toLatin1();
        r = platform.asTerminal(QStringLiteral("field"), "POST", path, approve,
                                {{"X-SSC-Staff-Session", visitor}});
        QCOMPARE(r.errorCode(), QStringLiteral("staff_role_forbidden"));
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("field"), "GET",
                                 QStringLiteral("/api/v1/staff/certification-reviews"), {},
                                 {{"X-SSC-Staff-Session", visitor}})
                     .errorCode(),
                 QStringLiteral("staff_role_forbidden"));
        const QByteArray clerk =
            platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")).toLatin1();
        r = platform.asTerminal(QStringLiteral("counter"), "POST", path, approve,
                                {{"X-SSC-Staff-Session", clerk}});
        QCOMPARE(r.errorCode(), QStringLiteral("staff_role_forbidden"));
        // Still waiting, untouched; another reviewer decides it.
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT outcome FROM certification_attempts WHERE filed_by = 'senior01'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("under_review"));
        r = asClerk("POST", path,
                    {{QStringLiteral("decision"), QStringLiteral("reject")},
                     {QStringLiteral("reason"), QStringLiteral("录像里的数字读得不清楚")}});
        QCOMPARE(r.status, 200);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'review_decided'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void aClerkRejectsWithAReasonThenApproves()
    {
        const ssc::face::fixtures::Recording recording = reading();
        const QByteArray sound = ssc::face::wavFromPcm16(QByteArray(32000, '\x10'), 16000, 1);
        QString digits;
        QJsonObject withSound = readAloud(recording, &digits);
        withSound.insert(QStringLiteral("recordingSound"), QString::fromLatin1(sound.toBase64()));
        auto r = send(platform, QStringLiteral("elderly-parent"), "reading-first-1", withSound);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("under_review"));
        const QString first = r.json[QStringLiteral("receipt")].toString();

        // Only staff see the queue.
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("counter"), "GET",
                                 QStringLiteral("/api/v1/staff/certification-reviews"))
                     .status,
                 401);
        auto queue = asClerk("GET", QStringLiteral("/api/v1/staff/certification-reviews"));
        QCOMPARE(queue.status, 200);
        const QJsonArray reviews = queue.json[QStringLiteral("reviews")].toArray();
        QCOMPARE(reviews.size(), 1);
        const QJsonObject waiting = reviews.first().toObject();
        QCOMPARE(waiting[QStringLiteral("receipt")].toString(), first);
        QCOMPARE(waiting[QStringLiteral("name")].toString(), QStringLiteral("周*明")); // masked
        QVERIFY(
            !QImage::fromData(QByteArray::fromBase64(waiting[QStringLiteral("frame")].toString().toLatin1()))
                 .isNull());
        QVERIFY(waiting[QStringLiteral("hasRecording")].toBool());
        // The digits the platform asked for, to listen for.
        QCOMPARE(waiting[QStringLiteral("digits")].toString(), digits);

        const auto video =
            asClerk("GET", QStringLiteral("/api/v1/staff/certification-reviews/%1/recording").arg(first));
        QCOMPARE(video.status, 200);
        QCOMPARE(ssc::face::EvidenceRecording::frames(
                     QByteArray::fromBase64(video.json[QStringLiteral("recording")].toString().toLatin1()))
                     .size(),
                 recording.timesMs.size());
        QCOMPARE(QByteArray::fromBase64(video.json[QStringLiteral("sound")].toString().toLatin1()), sound);

        const QString path = QStringLiteral("/api/v1/staff/certification-reviews/%1").arg(first);
        QCOMPARE(asClerk("POST", path, {{QStringLiteral("decision"), QStringLiteral("reject")}}).status, 400);
        r = asClerk("POST", path,
                    {{QStringLiteral("decision"), QStringLiteral("reject")},
                     {QStringLiteral("reason"), QStringLiteral("读出的数字与屏幕上的不一致")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("rejected"));
        QCOMPARE(r.json[QStringLiteral("certification")].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("due"));
        QCOMPARE(asClerk("POST", path, {{QStringLiteral("decision"), QStringLiteral("approve")}}).status,
                 404);

        r = send(platform, QStringLiteral("elderly-parent"), "reading-second1", readAloud(recording));
        const QString second = r.json[QStringLiteral("receipt")].toString();
        r = asClerk("POST", QStringLiteral("/api/v1/staff/certification-reviews/%1").arg(second),
                    {{QStringLiteral("decision"), QStringLiteral("approve")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("certified"));
        QCOMPARE(
            r.json[QStringLiteral("certification")].toObject()[QStringLiteral("certifiedUntil")].toString(),
            QDate::currentDate().addMonths(6).toString(Qt::ISODate));
        QCOMPARE(asClerk("GET", QStringLiteral("/api/v1/staff/certification-reviews"))
                     .json[QStringLiteral("reviews")]
                     .toArray()
                     .size(),
                 0);
        // Certified for the cycle: another reading is not queued.
        r = send(platform, QStringLiteral("elderly-parent"), "reading-third-1", readAloud(recording));
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("already_certified"));
        // Each decision queued the person's text with it (docs/notifications.md; no gateway here: they wait),
        // naming the receipt's tail and the outcome, never the reason.
        const auto textOf = [this](const QString& receipt) {
            QSqlQuery q(platform.database());
            q.prepare(QStringLiteral("SELECT body, state FROM sms_notifications WHERE receipt = ?"));
            q.addBindValue(receipt);
            return q.exec() && q.next() ? q.value(0).toString() + u'|' + q.value(1).toString() : QString();
        };
        QCOMPARE(textOf(first),
                 QStringLiteral("【电子社保卡】您的养老保险待遇资格认证（回执号尾号%1）未通过审核，"
                                "详情请在社保自助终端或电子社保卡“我的办件”查看。|pending")
                     .arg(first.right(4)));
        QVERIFY(textOf(second).contains(QStringLiteral("（回执号尾号%1）已认证通过").arg(second.right(4))));
    }
};

QTEST_GUILESS_MAIN(TestCertificationReviewApi)
#include "tst_certificationreviewapi.moc"
