#pragma once

// Certification attempts as a terminal makes them: a challenge from the platform, the person doing it in
// front of the camera (frame sequences built from a real photo), the recording with its frames' times — for
// the platform tests of attempts, reviews, the family service and home visits.
#include "certificationchallenge.h"
#include "evidencerecording.h"
#include "facesequences.h"
#include "pension/faceconsent.h"
#include "platformfixture.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

namespace certificationattempts {

using ssc::face::CertificationChallenge;
using ssc::face::LivenessAction;

inline QByteArray jpeg(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

inline PlatformFixture::Response send(PlatformFixture& platform, const QString& person, const QByteArray& key,
                                      const QJsonObject& body, const QString& mode = QStringLiteral("kiosk"))
{
    return platform.asTerminal(mode, "POST", QStringLiteral("/api/v1/me/pension-certification/attempts"),
                               body, platform.citizenHeaders(person, key));
}

// The person agrees to the notice about their face (docs/face.md, "Consent"), as the terminal has them do
// before it asks for a challenge: at a kiosk on their own session (`base` under /me), anywhere else with
// their own e-card code. `base` is the certification's path (…/pension-certification), `headers` the session
// of whoever is served (the person, their child, the clerk).
inline PlatformFixture::Response agree(PlatformFixture& platform, const QString& mode, const QString& base,
                                       const QString& person, const PlatformFixture::Headers& headers)
{
    QJsonObject body{{QStringLiteral("notice"), ssc::faceConsentNoticeVersion()}};
    if (mode != u"kiosk" || base != u"/api/v1/me/pension-certification")
        body.insert(QStringLiteral("code"), platform.mint(person));
    return platform.asTerminal(mode, "POST", base + QStringLiteral("/face-consent"), body, headers);
}

// The platform's challenge for the person logged in on the demo terminal of that mode, once they agreed.
inline PlatformFixture::Response askChallenge(PlatformFixture& platform, const QString& person,
                                              const QString& mode = QStringLiteral("kiosk"))
{
    const QString base = QStringLiteral("/api/v1/me/pension-certification");
    const PlatformFixture::Headers session{
        {"X-SSC-Citizen-Session", platform.citizenSession(person, mode).toLatin1()}};
    agree(platform, mode, base, person, session);
    return platform.asTerminal(mode, "POST", base + QStringLiteral("/challenges"), {}, session);
}

inline QList<LivenessAction> actionsOf(const QJsonObject& challenge)
{
    const auto parsed = CertificationChallenge::fromJson(challenge);
    return parsed ? parsed->actions : QList<LivenessAction>{};
}

// The person doing what the challenge asks, in its order, recorded as the terminal records it.
inline ssc::face::fixtures::Recording doingWhatIsAsked(const QJsonObject& challenge)
{
    return ssc::face::fixtures::recorded(
        ssc::face::fixtures::framesOf(ssc::face::fixtures::doing(actionsOf(challenge))));
}

// Reading the digits aloud facing the camera: the lips move (the clerk hears the digits themselves).
inline ssc::face::fixtures::Recording reading()
{
    return ssc::face::fixtures::recorded(
        ssc::face::fixtures::framesOf({ssc::face::fixtures::still(12), ssc::face::fixtures::mouthOpen(),
                                       ssc::face::fixtures::mouthOpen(), ssc::face::fixtures::mouthOpen()}));
}

// An attempt's body exactly as recorded: sent at once, its recording is longer than its challenge has
// existed.
inline QJsonObject attemptBody(const QString& method, const QJsonObject& challenge,
                               const ssc::face::fixtures::Recording& recording)
{
    QJsonArray times;
    for (qint64 t : recording.timesMs)
        times.append(t);
    return {{QStringLiteral("method"), method},
            {QStringLiteral("challenge"), challenge.value(QStringLiteral("challenge")).toString()},
            {QStringLiteral("recording"), QString::fromLatin1(recording.avi.toBase64())},
            {QStringLiteral("frameTimes"), times}};
}

// A recording cannot have taken longer than its challenge has existed (the platform refuses one that did). A
// person doing it takes that long; a test need not wait for it: the challenge's issue time is moved back in
// the platform's database by the recording's length. Where the database cannot be written (the fault
// harness's full disk), the test waits as a person would.
inline void issuedAsLongAgoAsTheRecording(PlatformFixture& platform, const QJsonObject& challenge,
                                          const ssc::face::fixtures::Recording& recording)
{
    const qint64 expiresAt = challenge.value(QStringLiteral("expiresAt")).toInteger();
    if (recording.timesMs.isEmpty() || expiresAt != challenge.value(QStringLiteral("recordBy")).toInteger())
        return; // a home visit's challenge: made the day before, recorded later
    const qint64 length = recording.timesMs.last() + 100;
    QSqlQuery q(platform.database());
    q.prepare(QStringLiteral("UPDATE certification_challenges SET issued_at = issued_at - ? WHERE id = ?"));
    q.addBindValue(length);
    q.addBindValue(challenge.value(QStringLiteral("challenge")).toString());
    if (q.exec() && q.numRowsAffected() == 1)
        return;
    const qint64 issuedAt = expiresAt - 3 * 60 * 1000;
    const qint64 wait = issuedAt + length - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0)
        QTest::qWait(int(wait));
}

// The attempt a person makes: the challenge done in front of the camera, sent when the recording ends.
inline QJsonObject attempt(PlatformFixture& platform, const QString& method, const QJsonObject& challenge,
                           const ssc::face::fixtures::Recording& recording)
{
    issuedAsLongAgoAsTheRecording(platform, challenge, recording);
    return attemptBody(method, challenge, recording);
}

} // namespace certificationattempts
