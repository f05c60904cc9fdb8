// The face instead of a forgotten PIN over real HTTP, on both databases (docs/card-services.md, "Face instead
// of a forgotten PIN"; docs/api.md, "Face login"): a kiosk asks a challenge for whom the person says they are
// (the card in the reader, or their number and name) with their agreement to the notice; the platform
// analyses the recording as it does a certification's and opens a session of method "face" only when the
// face on it is the person on file doing what was asked. Someone else, a printed photo, a replayed or another
// purpose's challenge, no agreement and too many failures are refused, a terminal's "passed" is not read,
// and nothing of a recording is kept. A face session reaches only what facesessionscope.h allows.
#include "api/facesessionscope.h"
#include "certificationattempts.h"
#include "descriptorfacematcher.h"
#include "sealedstore.h"

#include <QSqlQuery>
#include <QTest>

using namespace certificationattempts;
using namespace ssc::face;

class TestFaceLoginApi : public QObject {
    Q_OBJECT
    PlatformFixture platform;
    QString faceSession; // the session of the first face login, for the scope checks

    static QString parent() { return QStringLiteral("elderly-parent"); }

    QString cardOf(const QString& person)
    {
        return platform.cardProof(person).value(QStringLiteral("cardIdentifier")).toString();
    }

    PlatformFixture::Response askChallenge(QJsonObject claim, const QString& mode = QStringLiteral("kiosk"),
                                           const QString& notice = ssc::faceLoginNoticeVersion())
    {
        if (!notice.isEmpty())
            claim.insert(QStringLiteral("notice"), notice);
        return platform.asTerminal(mode, "POST", QStringLiteral("/api/v1/face-login/challenges"), claim);
    }

    QJsonObject byCard(const QString& person) { return {{QStringLiteral("cardIdentifier"), cardOf(person)}}; }

    PlatformFixture::Response logIn(const QJsonObject& challenge, const fixtures::Recording& recording,
                                    QJsonObject extra = {})
    {
        QJsonObject body = attempt(platform, QStringLiteral("actions"), challenge, recording);
        body.remove(QStringLiteral("method"));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return platform.asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/face-login"),
                                   body);
    }

    int count(const QString& sql)
    {
        QSqlQuery q(platform.database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    QVariant value(const QString& sql, const QVariantList& bindings = {})
    {
        QSqlQuery q(platform.database());
        q.prepare(sql);
        for (const QVariant& b : bindings)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }

    qint64 personId(const QString& person)
    {
        return value(QStringLiteral("SELECT id FROM people WHERE demo_key = ?"), {person}).toLongLong();
    }

    // A route of the scope table as a request: its {placeholders} filled with 1.
    PlatformFixture::Response call(const QString& route, const QString& token)
    {
        const QStringList parts = route.split(u' ');
        QString path = parts.mid(1).join(u' ');
        path.replace(QStringLiteral("{id}"), QStringLiteral("1"));
        return platform.asTerminal(QStringLiteral("kiosk"), parts.value(0).toLatin1(), path, {},
                                   {{"X-SSC-Citizen-Session", token.toLatin1()}});
    }

private slots:
    void initTestCase() { QVERIFY2(platform.start(), qPrintable(platform.error())); }

    void onlyAtAKioskAndOnlyAfterTheNotice()
    {
        auto r = askChallenge(byCard(parent()), QStringLiteral("counter"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("face_login_kiosk_only"));
        r = askChallenge(byCard(parent()), QStringLiteral("kiosk"), {});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("face_consent_required"));
        r = askChallenge(byCard(parent()), QStringLiteral("kiosk"), QStringLiteral("face-login-notice-2020"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("notice_outdated"));
        // Nothing to compare with: said before anything is recorded.
        r = askChallenge(byCard(QStringLiteral("zhang-wei")));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("no_photo_on_file"));
        // A number and name that match no one, an unknown card: refused alike, and counted for the kiosk.
        r = askChallenge(
            {{QStringLiteral("ssn"), value(QStringLiteral("SELECT ssn FROM people WHERE demo_key = "
                                                          "'elderly-parent'"))
                                         .toString()},
             {QStringLiteral("name"), QStringLiteral("王大明")}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("person_not_found"));
        r = askChallenge({{QStringLiteral("cardIdentifier"), QStringLiteral("0000000000000000")}});
        QCOMPARE(r.status, 404);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM face_logins WHERE person_id IS NULL")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certification_challenges")), 0);
    }

    void thePersonOnFileSignsInByFaceAndNothingOfTheRecordingIsKept()
    {
        auto r = askChallenge(byCard(parent()));
        QCOMPARE(r.status, 201);
        const QJsonObject asked = r.json;
        QCOMPARE(actionsOf(asked).size(), 2);
        // What the terminal says of itself is not read.
        r = logIn(
            asked, doingWhatIsAsked(asked),
            {{QStringLiteral("liveness"), QStringLiteral("failed")}, {QStringLiteral("passed"), false}});
        QCOMPARE(r.status, 200);
        const QJsonObject session = r.json[QStringLiteral("session")].toObject();
        QCOMPARE(session[QStringLiteral("method")].toString(), QStringLiteral("face"));
        faceSession = session[QStringLiteral("token")].toString();
        QVERIFY(!faceSession.isEmpty());
        // The card in the reader is the session's card; everything masked as in any login.
        QVERIFY(!r.json[QStringLiteral("card")].toObject().isEmpty());
        QVERIFY(
            r.json[QStringLiteral("person")].toObject()[QStringLiteral("name")].toString().contains(u'*'));
        QCOMPARE(value(QStringLiteral("SELECT outcome FROM face_logins WHERE challenge_id = ?"),
                       {asked[QStringLiteral("challenge")].toString()})
                     .toString(),
                 QStringLiteral("logged_in"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certification_attempts")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM citizen_sessions WHERE method = 'face'")), 1);
        // The same login again from this kiosk, as a terminal retries a POST whose answer it did not get (a
        // timeout while the platform analysed): the decision's answer again, a new session, not "used".
        r = logIn(asked, doingWhatIsAsked(asked));
        QCOMPARE(r.status, 200);
        const QString again =
            r.json[QStringLiteral("session")].toObject()[QStringLiteral("token")].toString();
        QVERIFY(!again.isEmpty() && again != faceSession);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM face_logins WHERE outcome = 'logged_in'")), 1);
        // From any other terminal the challenge is nobody's.
        QJsonObject body = attempt(platform, QStringLiteral("actions"), asked, doingWhatIsAsked(asked));
        r = platform.asTerminal(QStringLiteral("counter"), "POST", QStringLiteral("/api/v1/face-login"),
                                body);
        QCOMPARE(r.status, 403);
    }

    void byNumberAndNameWithNoCardAtHand()
    {
        const QString ssn =
            value(QStringLiteral("SELECT ssn FROM people WHERE demo_key = 'elderly-parent'")).toString();
        const QString name =
            value(QStringLiteral("SELECT name FROM people WHERE demo_key = 'elderly-parent'")).toString();
        auto r = askChallenge({{QStringLiteral("ssn"), ssn}, {QStringLiteral("name"), name}});
        QCOMPARE(r.status, 201);
        const QJsonObject asked = r.json;
        r = logIn(asked, doingWhatIsAsked(asked));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[QStringLiteral("session")].toObject()[QStringLiteral("method")].toString(),
                 QStringLiteral("face"));
        // No card at hand: the session names the person's card in use, which the face did not prove.
        QCOMPARE(r.json[QStringLiteral("card")].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("normal"));
    }

    void someoneElseOrAPrintedPhotoIsNotSignedIn()
    {
        const int sessions = count(QStringLiteral("SELECT COUNT(*) FROM citizen_sessions"));
        // Another person's face: the photo on file replaced by someone else's, put back afterwards.
        const QByteArray original = sealedstore::photoOnFile(platform);
        QVERIFY(sealedstore::setPhotoOnFile(platform, jpeg(fixtures::someoneElse())));
        QJsonObject asked = askChallenge(byCard(parent())).json;
        auto r =
            logIn(asked, doingWhatIsAsked(asked), {{QStringLiteral("liveness"), QStringLiteral("passed")}});
        QVERIFY(sealedstore::setPhotoOnFile(platform, original));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("face_login_refused"));
        const QJsonObject error = r.json[QStringLiteral("error")].toObject();
        QCOMPARE(error[QStringLiteral("outcome")].toString(), QStringLiteral("photo_mismatch"));
        QVERIFY(value(QStringLiteral("SELECT distance FROM face_logins WHERE challenge_id = ?"),
                      {asked[QStringLiteral("challenge")].toString()})
                    .toDouble() > DescriptorFaceMatcher::defaultThreshold);
        // A printed photo held up, with the terminal's word that it passed.
        asked = askChallenge(byCard(parent())).json;
        r = logIn(asked, fixtures::recorded(fixtures::printedPhoto(60).frames),
                  {{QStringLiteral("liveness"), QStringLiteral("passed")}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json[QStringLiteral("error")].toObject()[QStringLiteral("outcome")].toString(),
                 QStringLiteral("no_blink"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM citizen_sessions")), sessions);
        // The person's access log says someone tried, twice.
        QCOMPARE(
            value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'face_login_refused' AND "
                                 "person_id = ?"),
                  {personId(parent())})
                .toInt(),
            2);
    }

    void aCertificationChallengeOpensNoSession()
    {
        const auto certification = certificationattempts::askChallenge(platform, parent());
        QCOMPARE(certification.status, 201);
        const auto r = logIn(certification.json, doingWhatIsAsked(certification.json));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("challenge_unknown"));
    }

    void aFaceSessionReachesOnlyWhatTheTableAllows()
    {
        QVERIFY(!faceSession.isEmpty());
        const QString cardSession =
            platform
                .asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/card/resolve"),
                            platform.cardProof(parent()))
                .json[QStringLiteral("session")]
                .toObject()[QStringLiteral("token")]
                .toString();
        QVERIFY(!cardSession.isEmpty());
        int refused = 0;
        for (const auto& rule : ssc::platform::faceSessionRules()) {
            const QString route = QString::fromLatin1(rule.route);
            if (route.startsWith(u"DELETE")) // signing out: checked last
                continue;
            const auto byFace = call(route, faceSession);
            const auto byCardAndPin = call(route, cardSession);
            QVERIFY2(byCardAndPin.errorCode() != u"face_session_not_enough", qPrintable(route));
            QVERIFY2(byCardAndPin.status != 401, qPrintable(route));
            if (rule.allowed) {
                QVERIFY2(byFace.errorCode() != u"face_session_not_enough", qPrintable(route));
                continue;
            }
            ++refused;
            QVERIFY2(byFace.status == 403 && byFace.errorCode() == u"face_session_not_enough",
                     qPrintable(route));
            // Said in both languages.
            const QJsonObject message =
                byFace.json[QStringLiteral("error")].toObject()[QStringLiteral("message")].toObject();
            QVERIFY(!message[QStringLiteral("zh_CN")].toString().isEmpty());
            QVERIFY(!message[QStringLiteral("en")].toString().isEmpty());
        }
        QVERIFY(refused >= 10);
        // The rights record is printed from a face session, the PIN is not changed, the bank account not
        // seen.
        QCOMPARE(call(QStringLiteral("GET /api/v1/me/records?province=310000&year=2024"), faceSession).status,
                 200);
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/card/pin-changes"),
                                 platform.cardProof(parent()),
                                 {{"X-SSC-Citizen-Session", faceSession.toLatin1()}})
                     .errorCode(),
                 QStringLiteral("face_session_not_enough"));
        QCOMPARE(platform
                     .asTerminal(QStringLiteral("kiosk"), "POST", QStringLiteral("/api/v1/me/reveal"),
                                 {{QStringLiteral("fields"), QJsonArray{QStringLiteral("bankAccount")}}},
                                 {{"X-SSC-Citizen-Session", faceSession.toLatin1()}})
                     .errorCode(),
                 QStringLiteral("face_session_not_enough"));
        QCOMPARE(call(QStringLiteral("DELETE /api/v1/sessions/current"), faceSession).status, 204);
    }

    void failuresAreLimitedPerPersonAndPerKiosk()
    {
        // Five failures of a person in a day: no more challenges for them (the two above count).
        const qint64 parentId = personId(parent());
        for (int i = 0; i < 3; ++i)
            QVERIFY(QSqlQuery(platform.database())
                        .exec(QStringLiteral("INSERT INTO face_logins (person_id, terminal_id, claimed_by, "
                                             "notice_version, asked_at, outcome) VALUES (%1, 'elsewhere', "
                                             "'card', 'n', %2, 'photo_mismatch')")
                                  .arg(parentId)
                                  .arg(QDateTime::currentMSecsSinceEpoch())));
        auto r = askChallenge(byCard(parent()));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), QStringLiteral("face_login_limit"));
        // Ten failures at a kiosk in an hour: no more face logins there, for anyone.
        const QString ssn =
            value(QStringLiteral("SELECT ssn FROM people WHERE demo_key = 'liu-retiree'")).toString();
        int unknownClaims = 0;
        while (askChallenge({{QStringLiteral("ssn"), ssn}, {QStringLiteral("name"), QStringLiteral("某某")}})
                   .status == 404)
            QVERIFY(++unknownClaims < 10);
        r = askChallenge({{QStringLiteral("ssn"), ssn}, {QStringLiteral("name"), QStringLiteral("某某")}});
        QCOMPARE(r.errorCode(), QStringLiteral("face_login_limit"));
    }
};

QTEST_GUILESS_MAIN(TestFaceLoginApi)
#include "tst_faceloginapi.moc"
