// Certification attempts over real HTTP, decided by the platform (docs/api.md, "Pension certification";
// docs/face.md, "The platform decides"): an attempt answers a challenge the platform issued, bound to the
// person and the terminal, used once, in time; the platform analyses the recording itself. The old attack
// (the photo on file sent as the frame, "liveness": "passed") and every replay of a picture or a recording
// are refused; the honest attempt is certified once per cycle; an attempt sent twice is filed once.
#include "certificationattempts.h"
#include "descriptorfacematcher.h"
#include "sealedstore.h"

#include <QDate>
#include <QSqlQuery>
#include <QTest>

using namespace certificationattempts;
using namespace ssc::face;

class TestCertificationAttemptsApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;

    int attempts(const QString& outcome = {})
    {
        QSqlQuery q(platform.database());
        q.prepare(outcome.isEmpty()
                      ? QStringLiteral("SELECT COUNT(*) FROM certification_attempts")
                      : QStringLiteral("SELECT COUNT(*) FROM certification_attempts WHERE outcome = ?"));
        if (!outcome.isEmpty())
            q.addBindValue(outcome);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    QString lastCertifiedOn()
    {
        QSqlQuery q(platform.database());
        return q.exec(
                   QStringLiteral("SELECT last_certified_on FROM pension_certifications p JOIN people x ON "
                                  "x.id = p.person_id WHERE x.demo_key = 'elderly-parent'")) &&
                       q.next()
                   ? q.value(0).toString()
                   : QString();
    }

    QByteArray photoOnFile() { return sealedstore::photoOnFile(platform); }

    QJsonObject challenge(const QString& person = QStringLiteral("elderly-parent"),
                          const QString& mode = QStringLiteral("kiosk"))
    {
        const auto r = askChallenge(platform, person, mode);
        return r.status == 201 ? r.json : QJsonObject();
    }

    // The attempt's outcome for this recording against a fresh challenge (the challenge's own actions asked).
    QString outcomeOf(const QByteArray& key, const QJsonObject& asked, const fixtures::Recording& recording,
                      const QString& method = QStringLiteral("actions"))
    {
        const auto r = send(platform, QStringLiteral("elderly-parent"), key,
                            attempt(platform, method, asked, recording));
        if (r.status != 201)
            return QStringLiteral("HTTP %1 %2").arg(r.status).arg(r.errorCode());
        // Every refusal says why in both languages, and changes nothing.
        if (r.json[QStringLiteral("outcome")].toString() != u"certified" &&
            (r.json[QStringLiteral("message")].toObject()[QStringLiteral("zh_CN")].toString().isEmpty() ||
             r.json[QStringLiteral("message")].toObject()[QStringLiteral("en")].toString().isEmpty()))
            return QStringLiteral("no message");
        return r.json[QStringLiteral("outcome")].toString();
    }

    // A challenge's actions done in the opposite order (it always asks for two).
    static QList<LivenessAction> reversed(const QJsonObject& asked)
    {
        QList<LivenessAction> actions = actionsOf(asked);
        std::reverse(actions.begin(), actions.end());
        return actions;
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void aChallengeIsThePlatformsAndBoundToPersonAndTerminal()
    {
        const QJsonObject asked = challenge();
        const auto parsed = CertificationChallenge::fromJson(asked);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->actions.size(), 2);
        QVERIFY(parsed->actions.contains(LivenessAction::Blink));
        QCOMPARE(parsed->digits.size(), 4);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(parsed->expiresAtMs > now && parsed->expiresAtMs <= now + 3 * 60 * 1000 + 5000);
        QVERIFY(challenge().value(QStringLiteral("challenge")) != asked.value(QStringLiteral("challenge")));
        // Someone who draws no pension has nothing to certify.
        QCOMPARE(askChallenge(platform, QStringLiteral("zhang-wei")).errorCode(),
                 QStringLiteral("not_a_recipient"));
    }

    void theOldAttackIsRefused()
    {
        // The photo on file as the frame, "passed" as the terminal's verdict, no challenge: nothing is filed.
        const QJsonObject old{{QStringLiteral("method"), QStringLiteral("actions")},
                              {QStringLiteral("liveness"), QStringLiteral("passed")},
                              {QStringLiteral("frame"), QString::fromLatin1(photoOnFile().toBase64())}};
        const auto r = send(platform, QStringLiteral("elderly-parent"), "old-attack-0001", old);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("challenge_required"));
        QCOMPARE(attempts(), 0);
    }

    void aChallengeOfAnotherPersonOrTerminalIsUnknown()
    {
        const QString before = lastCertifiedOn();
        const QJsonObject others = challenge(QStringLiteral("liu-retiree"));
        auto r = send(platform, QStringLiteral("elderly-parent"), "other-person-01",
                      attempt(platform, QStringLiteral("actions"), others, doingWhatIsAsked(others)));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("challenge_unknown"));
        const QJsonObject counters = challenge(QStringLiteral("elderly-parent"), QStringLiteral("counter"));
        QVERIFY(!counters.isEmpty());
        r = send(platform, QStringLiteral("elderly-parent"), "other-terminal-1",
                 attempt(platform, QStringLiteral("actions"), counters, doingWhatIsAsked(counters)));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("challenge_unknown"));
        QJsonObject made = counters;
        made.insert(QStringLiteral("challenge"), QStringLiteral("0123456789abcdef0123456789abcdef"));
        r = send(platform, QStringLiteral("elderly-parent"), "made-up-chall-1",
                 attempt(platform, QStringLiteral("actions"), made, doingWhatIsAsked(made)));
        QCOMPARE(r.errorCode(), QStringLiteral("challenge_unknown"));
        QCOMPARE(attempts(), 0);
        QCOMPARE(lastCertifiedOn(), before);
    }

    void anExpiredChallengeIsRefused()
    {
        const QJsonObject asked = challenge();
        QSqlQuery q(platform.database());
        QVERIFY(q.prepare(QStringLiteral("UPDATE certification_challenges SET expires_at = ? WHERE id = ?")));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() - 1000);
        q.addBindValue(asked.value(QStringLiteral("challenge")).toString());
        QVERIFY(q.exec());
        const auto r = send(platform, QStringLiteral("elderly-parent"), "expired-chall-1",
                            attempt(platform, QStringLiteral("actions"), asked, doingWhatIsAsked(asked)));
        QCOMPARE(r.status, 410);
        QCOMPARE(r.errorCode(), QStringLiteral("challenge_expired"));
        QCOMPARE(attempts(), 0);
    }

    void badRecordingsAreRefusedAndLeaveTheChallengeUnused()
    {
        const QJsonObject asked = challenge();
        const fixtures::Recording recording = doingWhatIsAsked(asked);
        QJsonObject junk = attempt(platform, QStringLiteral("actions"), asked, recording);
        junk.insert(QStringLiteral("recording"), QString::fromLatin1(QByteArray(4000, 'z').toBase64()));
        auto r = send(platform, QStringLiteral("elderly-parent"), "bad-recording-1", junk);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("recording_unreadable"));
        QJsonObject noTimes = attempt(platform, QStringLiteral("actions"), asked, recording);
        noTimes.remove(QStringLiteral("frameTimes"));
        QCOMPARE(send(platform, QStringLiteral("elderly-parent"), "bad-recording-2", noTimes).errorCode(),
                 QStringLiteral("recording_times"));
        fixtures::Recording fewerTimes = recording;
        fewerTimes.timesMs.removeLast();
        QCOMPARE(send(platform, QStringLiteral("elderly-parent"), "bad-recording-3",
                      attempt(platform, QStringLiteral("actions"), asked, fewerTimes))
                     .errorCode(),
                 QStringLiteral("recording_times"));
        fixtures::Recording backwards = recording;
        backwards.timesMs[5] = 0;
        QCOMPARE(send(platform, QStringLiteral("elderly-parent"), "bad-recording-4",
                      attempt(platform, QStringLiteral("actions"), asked, backwards))
                     .errorCode(),
                 QStringLiteral("recording_times"));
        // Longer than any attempt may take (20 s for two actions), however long ago the challenge came.
        fixtures::Recording stretched = recording;
        for (qint64& t : stretched.timesMs)
            t *= 4;
        QVERIFY(stretched.timesMs.last() > 20000);
        QCOMPARE(send(platform, QStringLiteral("elderly-parent"), "bad-recording-5",
                      attempt(platform, QStringLiteral("actions"), asked, stretched))
                     .errorCode(),
                 QStringLiteral("recording_outside_window"));
        QCOMPARE(send(platform, QStringLiteral("elderly-parent"), "bad-recording-6",
                      attempt(platform, QStringLiteral("smile"), asked, recording))
                     .errorCode(),
                 QStringLiteral("unknown_method"));
        QCOMPARE(attempts(), 0);
        // None of them used the challenge: the person's own attempt with it is decided (here: the wrong
        // order).
        QCOMPARE(outcomeOf("bad-recording-7", asked,
                           fixtures::recorded(fixtures::framesOf(fixtures::doing(reversed(asked))))),
                 QStringLiteral("wrong_order"));
        // Longer than the challenge has existed, sent at once: not made for it.
        const QJsonObject fresh = challenge();
        fixtures::Recording early = recording;
        for (qint64& t : early.timesMs)
            t *= 2;
        QVERIFY(early.timesMs.last() < 20000);
        QCOMPARE(send(platform, QStringLiteral("elderly-parent"), "bad-recording-8",
                      attemptBody(QStringLiteral("actions"), fresh, early))
                     .errorCode(),
                 QStringLiteral("recording_outside_window"));
    }

    void replaysOfPicturesAndRecordingsAreRefused()
    {
        QJsonObject asked = challenge();
        QCOMPARE(outcomeOf("still-photo-0001", asked, fixtures::recorded(fixtures::still(60).frames)),
                 QStringLiteral("still_image"));
        // The same challenge again: used once.
        auto r = send(platform, QStringLiteral("elderly-parent"), "still-photo-0002",
                      attempt(platform, QStringLiteral("actions"), asked, doingWhatIsAsked(asked)));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("challenge_used"));

        asked = challenge();
        const QList<QImage> honest = fixtures::framesOf(fixtures::doing(actionsOf(asked)));
        QCOMPARE(
            outcomeOf("looped-video-001", asked, fixtures::recorded(honest.mid(0, 45) + honest.mid(0, 45))),
            QStringLiteral("looped_video"));

        // The photo on file itself, byte for byte, as frames of an otherwise honest recording.
        asked = challenge();
        QList<QImage> withPhoto = fixtures::framesOf(fixtures::doing(actionsOf(asked)));
        const QImage photo = QImage::fromData(photoOnFile());
        QVERIFY(!photo.isNull());
        withPhoto.insert(20, photo);
        withPhoto.insert(21, photo);
        QCOMPARE(outcomeOf("photo-reused-001", asked, fixtures::recorded(withPhoto)),
                 QStringLiteral("photo_reused"));

        asked = challenge();
        QList<fixtures::Sequence> crowded = fixtures::doing(actionsOf(asked));
        crowded.insert(1, fixtures::secondFace());
        QCOMPARE(outcomeOf("second-person-01", asked, fixtures::recorded(fixtures::framesOf(crowded))),
                 QStringLiteral("second_person"));

        asked = challenge();
        QCOMPARE(outcomeOf("printed-photo-01", asked, fixtures::recorded(fixtures::printedPhoto(60).frames)),
                 QStringLiteral("no_blink"));
        QCOMPARE(lastCertifiedOn(), QStringLiteral("2026-04-20"));
        QCOMPARE(attempts(QStringLiteral("certified")), 0);
    }

    void someoneElsesFaceDoesNotMatchThePhotoOnFile()
    {
        // The photo on file replaced by another person's (reason 7 of the brief), put back afterwards.
        const QByteArray original = photoOnFile();
        QVERIFY(!original.isEmpty());
        QVERIFY(sealedstore::setPhotoOnFile(platform, jpeg(fixtures::someoneElse())));
        const QJsonObject asked = challenge();
        const auto r = send(platform, QStringLiteral("elderly-parent"), "mismatch-000001",
                            attempt(platform, QStringLiteral("actions"), asked, doingWhatIsAsked(asked)));
        QVERIFY(sealedstore::setPhotoOnFile(platform, original));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("photo_mismatch"));
        QVERIFY(r.json[QStringLiteral("distance")].toDouble() > DescriptorFaceMatcher::defaultThreshold);
        // Reason 7 of the brief: the photo on file, and where to have it changed.
        QVERIFY(r.json[QStringLiteral("message")].toObject()[QStringLiteral("zh_CN")].toString().contains(
            u"相片"));
        QCOMPARE(r.json[QStringLiteral("certification")].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("due"));
    }

    void thePersonDoingTheChallengeIsCertifiedOncePerCycle()
    {
        const QJsonObject asked = challenge();
        QJsonObject body = attempt(platform, QStringLiteral("actions"), asked, doingWhatIsAsked(asked));
        // What a terminal says of itself changes nothing: the platform decides from the recording.
        body.insert(QStringLiteral("liveness"), QStringLiteral("failed"));
        body.insert(QStringLiteral("frame"), QString::fromLatin1(jpeg(fixtures::someoneElse()).toBase64()));
        auto r = send(platform, QStringLiteral("elderly-parent"), "attempt-ok-0001", body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("certified"));
        QVERIFY(r.json[QStringLiteral("distance")].toDouble() <= DescriptorFaceMatcher::defaultThreshold);
        const QString receipt = r.json[QStringLiteral("receipt")].toString();
        const QJsonObject certification = r.json[QStringLiteral("certification")].toObject();
        QCOMPARE(certification[QStringLiteral("status")].toString(), QStringLiteral("certified"));
        QCOMPARE(certification[QStringLiteral("certifiedUntil")].toString(),
                 QDate::currentDate().addMonths(6).toString(Qt::ISODate));
        QCOMPARE(lastCertifiedOn(), QDate::currentDate().toString(Qt::ISODate));

        // The answer lost and the attempt sent again: the same receipt, filed once.
        r = send(platform, QStringLiteral("elderly-parent"), "attempt-ok-0001", body);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("replayed")].toBool(), true);
        QCOMPARE(r.json[QStringLiteral("receipt")].toString(), receipt);
        QCOMPARE(attempts(QStringLiteral("certified")), 1);

        // Again in the same cycle: stored, but nothing more is recorded.
        const QJsonObject again = challenge();
        r = send(platform, QStringLiteral("elderly-parent"), "attempt-ok-0002",
                 attempt(platform, QStringLiteral("actions"), again, doingWhatIsAsked(again)));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("already_certified"));
        QCOMPARE(attempts(QStringLiteral("certified")), 1);
    }
};

QTEST_GUILESS_MAIN(TestCertificationAttemptsApi)
#include "tst_certificationattemptsapi.moc"
