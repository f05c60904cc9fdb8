// Certification attempts over real HTTP (docs/api.md, "Pension certification"): the best frame compared with
// the photo on file by the reference matcher; bad pictures refused with nothing stored; every attempt stored
// with its outcome; a certification recorded once per cycle; an attempt sent twice filed once.
#include "certificationattempts.h"
#include "descriptorfacematcher.h"

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

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void badPicturesAreRefusedAndNothingIsStored()
    {
        const QString before = lastCertifiedOn();
        auto r =
            send(platform, QStringLiteral("elderly-parent"), "attempt-bad-0001",
                 attempt(QStringLiteral("actions"), QStringLiteral("bm90IGFuIGltYWdl"))); // "not an image"
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("frame_unreadable"));
        r = send(platform, QStringLiteral("elderly-parent"), "attempt-bad-0002",
                 attempt(QStringLiteral("actions"), jpegBase64(fixtures::noFace(1).frames.first())));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("no_face_in_frame"));
        r = send(platform, QStringLiteral("elderly-parent"), "attempt-bad-0003",
                 attempt(QStringLiteral("actions"), QStringLiteral("%%%not base64")));
        QCOMPARE(r.status, 400);
        r = send(platform, QStringLiteral("elderly-parent"), "attempt-bad-0004",
                 attempt(QStringLiteral("smile"), personFrame()));
        QCOMPARE(r.errorCode(), QStringLiteral("unknown_method"));
        r = send(platform, QStringLiteral("zhang-wei"), "attempt-bad-0005",
                 attempt(QStringLiteral("actions"), personFrame()));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("not_a_recipient"));
        QCOMPARE(attempts(), 0);
        QCOMPARE(lastCertifiedOn(), before);
    }

    void aFailedAttemptIsStoredAndChangesNothing()
    {
        const auto r = send(platform, QStringLiteral("elderly-parent"), "attempt-fail-0001",
                            attempt(QStringLiteral("actions"), QString(), QStringLiteral("failed")));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("liveness_failed"));
        QCOMPARE(r.json[QStringLiteral("certification")].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("due"));
        QCOMPARE(attempts(QStringLiteral("liveness_failed")), 1);
    }

    void someoneElsesFaceDoesNotMatchThePhotoOnFile()
    {
        const auto r = send(platform, QStringLiteral("elderly-parent"), "attempt-other-0001",
                            attempt(QStringLiteral("actions"), jpegBase64(fixtures::someoneElse())));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("photo_mismatch"));
        QVERIFY(r.json[QStringLiteral("distance")].toDouble() > DescriptorFaceMatcher::defaultThreshold);
        // Reason 7 of the brief: the photo on file, and where to have it changed.
        QVERIFY(r.json[QStringLiteral("message")].toObject()[QStringLiteral("zh_CN")].toString().contains(
            u"相片"));
        QCOMPARE(r.json[QStringLiteral("certification")].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("due"));
    }

    void thePersonOnFileIsCertifiedOncePerCycle()
    {
        const QString frame = personFrame();
        auto r = send(platform, QStringLiteral("elderly-parent"), "attempt-ok-0001",
                      attempt(QStringLiteral("actions"), frame));
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
        r = send(platform, QStringLiteral("elderly-parent"), "attempt-ok-0001",
                 attempt(QStringLiteral("actions"), frame));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("replayed")].toBool(), true);
        QCOMPARE(r.json[QStringLiteral("receipt")].toString(), receipt);
        QCOMPARE(attempts(QStringLiteral("certified")), 1);

        // Again in the same cycle: stored, but nothing more is recorded.
        r = send(platform, QStringLiteral("elderly-parent"), "attempt-ok-0002",
                 attempt(QStringLiteral("actions"), frame));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[QStringLiteral("outcome")].toString(), QStringLiteral("already_certified"));
        QCOMPARE(attempts(QStringLiteral("certified")), 1);
        QCOMPARE(attempts(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCertificationAttemptsApi)
#include "tst_certificationattemptsapi.moc"
