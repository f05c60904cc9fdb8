// Separate consent for the face over real HTTP (docs/api.md, "Consent for the face"; docs/face.md,
// "Consent"): no challenge and no attempt without the person's agreement to the current notice; the agreement
// comes only from the person (their own kiosk session, otherwise their own e-card code or card), never from a
// clerk's, a visiting staff member's or a family member's word; a withdrawal stops the next capture; the
// notice's version and the consent are stored with the attempt.
#include "certificationattempts.h"

#include <QSqlQuery>
#include <QTest>

using namespace certificationattempts;

namespace {

const QString me = QStringLiteral("/api/v1/me/pension-certification");

} // namespace

class TestFaceConsentApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QByteArray clerkToken;
    qint64 parentId = 0;

    PlatformFixture::Headers session(const QString& person, const QString& mode = QStringLiteral("kiosk"))
    {
        return {{"X-SSC-Citizen-Session", platform.citizenSession(person, mode).toLatin1()}};
    }

    PlatformFixture::Response post(const QString& mode, const QString& path, const QJsonObject& body,
                                   const PlatformFixture::Headers& headers)
    {
        return platform.asTerminal(mode, "POST", path, body, headers);
    }

    QJsonObject notice(const QJsonObject& more = {})
    {
        QJsonObject body = more;
        body.insert(QStringLiteral("notice"), ssc::faceConsentNoticeVersion());
        return body;
    }

    int count(const QString& sql)
    {
        QSqlQuery q(platform.database());
        const int n = q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        q.finish(); // SQLite: an open read would keep the platform from writing
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        clerkToken = platform.staffSession(QStringLiteral("clerk01"), QStringLiteral("counter")).toLatin1();
        QVERIFY(!clerkToken.isEmpty());
        parentId =
            platform.findPerson(clerkToken, QStringLiteral("counter"), QStringLiteral("elderly-parent"));
        QVERIFY(parentId > 0);
    }

    void noChallengeBeforeTheNoticeIsAgreedTo()
    {
        const auto headers = session(QStringLiteral("elderly-parent"));
        auto r = platform.asTerminal(QStringLiteral("kiosk"), "GET", me + QStringLiteral("/face-consent"), {},
                                     headers);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("notice")].toString(), ssc::faceConsentNoticeVersion());
        QVERIFY(r.json[QStringLiteral("consent")].isNull());
        r = post(QStringLiteral("kiosk"), me + QStringLiteral("/challenges"), {}, headers);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("face_consent_required"));
        QVERIFY(!r.json[QStringLiteral("error")].toObject()[QStringLiteral("message")].toObject().isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certification_challenges")), 0);
        // An agreement to another wording of the notice is not an agreement to this one.
        r = post(QStringLiteral("kiosk"), me + QStringLiteral("/face-consent"),
                 {{QStringLiteral("notice"), QStringLiteral("face-notice-2020-01")}}, headers);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("notice_outdated"));
        // At a kiosk, on the person's own session, the tap is the agreement.
        r = post(QStringLiteral("kiosk"), me + QStringLiteral("/face-consent"), notice(), headers);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[QStringLiteral("consent")].toObject()[QStringLiteral("method")].toString(),
                 QStringLiteral("session"));
        QCOMPARE(post(QStringLiteral("kiosk"), me + QStringLiteral("/challenges"), {}, headers).status, 201);
        // A consent recorded under an earlier notice (the wording changed since) counts for nothing.
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE face_consents SET notice_version = 'face-notice-2020-01'")));
        r = post(QStringLiteral("kiosk"), me + QStringLiteral("/challenges"), {}, headers);
        QCOMPARE(r.errorCode(), QStringLiteral("face_consent_required"));
    }

    void onlyThePersonAgrees()
    {
        const QString staffBase =
            QStringLiteral("/api/v1/staff/people/%1/pension-certification").arg(parentId);
        const PlatformFixture::Headers clerk{{"X-SSC-Staff-Session", clerkToken}};
        const int before = count(QStringLiteral("SELECT COUNT(*) FROM face_consents"));
        // A clerk's word is not the person's agreement: no code or card, or someone else's, is refused.
        auto r =
            post(QStringLiteral("counter"), staffBase + QStringLiteral("/face-consent"), notice(), clerk);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("consent_by_the_person"));
        r = post(QStringLiteral("counter"), staffBase + QStringLiteral("/face-consent"),
                 notice({{QStringLiteral("code"), platform.mint(QStringLiteral("zhang-wei"))}}), clerk);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("consent_by_the_person"));
        // A staff session is no citizen's session.
        QCOMPARE(
            post(QStringLiteral("counter"), me + QStringLiteral("/face-consent"), notice(), clerk).status,
            401);
        // At a counter, even on the citizen's own session, the clerk holds the screen: their own code it is.
        const auto atCounter = session(QStringLiteral("elderly-parent"), QStringLiteral("counter"));
        r = post(QStringLiteral("counter"), me + QStringLiteral("/face-consent"), notice(), atCounter);
        QCOMPARE(r.errorCode(), QStringLiteral("consent_by_the_person"));
        // 亲情服务: the child's own code is not the parent's agreement.
        const auto child = session(QStringLiteral("adult-child"));
        const auto bound =
            post(QStringLiteral("kiosk"), QStringLiteral("/api/v1/me/family"),
                 {{QStringLiteral("code"), platform.mint(QStringLiteral("elderly-parent"))}}, child);
        QVERIFY(bound.status == 201 || bound.status == 200);
        const QString familyBase = QStringLiteral("/api/v1/me/family/%1/pension-certification")
                                       .arg(bound.json[QStringLiteral("id")].toInteger());
        r = post(QStringLiteral("kiosk"), familyBase + QStringLiteral("/face-consent"), notice(), child);
        QCOMPARE(r.errorCode(), QStringLiteral("consent_by_the_person"));
        r = post(QStringLiteral("kiosk"), familyBase + QStringLiteral("/face-consent"),
                 notice({{QStringLiteral("code"), platform.mint(QStringLiteral("adult-child"))}}), child);
        QCOMPARE(r.errorCode(), QStringLiteral("consent_by_the_person"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM face_consents")), before); // nothing recorded
        QCOMPARE(
            post(QStringLiteral("counter"), staffBase + QStringLiteral("/challenges"), {}, clerk).errorCode(),
            QStringLiteral("face_consent_required"));

        // The person's own code (the parent, in front of the child's kiosk) or card (at the counter) is.
        r = post(QStringLiteral("kiosk"), familyBase + QStringLiteral("/face-consent"),
                 notice({{QStringLiteral("code"), platform.mint(QStringLiteral("elderly-parent"))}}), child);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[QStringLiteral("consent")].toObject()[QStringLiteral("method")].toString(),
                 QStringLiteral("ecard"));
        r = post(QStringLiteral("counter"), staffBase + QStringLiteral("/face-consent"),
                 notice(platform.cardProof(QStringLiteral("elderly-parent"), QStringLiteral("counter"))),
                 clerk);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json[QStringLiteral("consent")].toObject()[QStringLiteral("method")].toString(),
                 QStringLiteral("card"));
        QSqlQuery q(platform.database());
        QVERIFY(q.exec(QStringLiteral("SELECT asked_by, terminal_id FROM face_consents ORDER BY id DESC")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("staff:clerk01")); // who asked
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().startsWith(u"family:"));
        q.finish();
        QCOMPARE(post(QStringLiteral("counter"), staffBase + QStringLiteral("/challenges"), {}, clerk).status,
                 201);
        // What the clerk reads of it is audited, with whose it was.
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("counter"), "GET",
                                 staffBase + QStringLiteral("/face-consent"), {}, clerk)
                     .status,
                 200);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'face_consent_read'")),
                 1);
    }

    void theNoticesVersionIsStoredWithTheAttempt()
    {
        const auto asked = askChallenge(platform, QStringLiteral("elderly-parent")); // agreed, then asked
        QCOMPARE(asked.status, 201);
        const auto r =
            send(platform, QStringLiteral("elderly-parent"), "consent-attempt-1",
                 attempt(platform, QStringLiteral("actions"), asked.json, doingWhatIsAsked(asked.json)));
        QCOMPARE(r.status, 201);
        QSqlQuery q(platform.database());
        QVERIFY(
            q.prepare(QStringLiteral("SELECT a.consent_notice, c.notice_version, c.person_id FROM "
                                     "certification_attempts a JOIN face_consents c ON c.id = a.consent_id "
                                     "WHERE a.receipt = ?")));
        q.addBindValue(r.json[QStringLiteral("receipt")].toString());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), ssc::faceConsentNoticeVersion());
        QCOMPARE(q.value(1).toString(), ssc::faceConsentNoticeVersion());
        QCOMPARE(q.value(2).toLongLong(), parentId);
    }

    void aWithdrawalStopsTheNextCapture()
    {
        // Agreed and challenged; then the person withdraws before the recording is sent.
        const QByteArray key = "withdrawn-attempt";
        const auto headers = platform.citizenHeaders(QStringLiteral("elderly-parent"), key);
        const auto challenge = askChallenge(platform, QStringLiteral("elderly-parent"));
        QCOMPARE(challenge.status, 201);
        auto r = post(QStringLiteral("kiosk"), me + QStringLiteral("/face-consent/withdraw"), {}, headers);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json[QStringLiteral("consent")].isNull());
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM face_consents WHERE withdrawn_at IS NOT NULL AND "
                                     "withdrawn_by = 'self'")) > 0); // recorded, with who withdrew
        const int attemptsBefore = count(QStringLiteral("SELECT COUNT(*) FROM certification_attempts"));
        r = platform.asTerminal(
            QStringLiteral("kiosk"), "POST", me + QStringLiteral("/attempts"),
            attempt(platform, QStringLiteral("actions"), challenge.json, doingWhatIsAsked(challenge.json)),
            headers);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("face_consent_required"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certification_attempts")), attemptsBefore);
        r = post(QStringLiteral("kiosk"), me + QStringLiteral("/challenges"), {}, headers);
        QCOMPARE(r.errorCode(), QStringLiteral("face_consent_required"));
        // Agreeing again opens the way again.
        QCOMPARE(
            post(QStringLiteral("kiosk"), me + QStringLiteral("/face-consent"), notice(), headers).status,
            201);
        QCOMPARE(post(QStringLiteral("kiosk"), me + QStringLiteral("/challenges"), {}, headers).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestFaceConsentApi)
#include "tst_faceconsentapi.moc"
