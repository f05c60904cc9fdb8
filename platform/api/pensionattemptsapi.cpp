// Certification by face, the platform's side (docs/api.md, "Pension certification"; docs/face.md):
//   POST /api/v1/me/pension-certification/attempts      one attempt (Idempotency-Key), stored with its
//   outcome GET  /api/v1/staff/certification-reviews             read-aloud attempts waiting for a clerk POST
//   /api/v1/staff/certification-reviews/{receipt}   {"decision": "approve"|"reject", "reason"}
// Every attempt is stored, passed or not; a certification is recorded once per cycle: an attempt while the
// person is already certified changes nothing but its own record.
#include "evidencerecording.h"
#include "facematcher.h"
#include "messages.h"
#include "pensionstatus.h"
#include "privacy/masking.h"
#include "services.h"
#include "storage/database.h"
#include "wavaudio.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDate>
#include <QImage>
#include <QJsonArray>

#include <mutex>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;
using Session = CitizenSessions::Session;

constexpr qsizetype largestFrame = 2 * 1024 * 1024;
constexpr qsizetype largestRecording = 10 * 1024 * 1024;

// One matcher for the process: its model takes ~75 MB and 0.5 s to load, so it is loaded once, when the first
// attempt arrives, and used by one request at a time.
face::FaceComparison compareWithPhoto(const QImage& frame, const QImage& photo)
{
    static std::mutex lock;
    static std::unique_ptr<face::FaceMatcher> matcher;
    const std::lock_guard guard(lock);
    if (!matcher)
        matcher = face::makeFaceMatcher();
    return matcher->compare(frame, photo);
}

std::optional<QByteArray> decoded(RequestContext& context, const char* field, qsizetype largest)
{
    const QString text = context.bodyString(field);
    if (text.isEmpty())
        return QByteArray();
    const auto result =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.size() > largest)
        return std::nullopt;
    return result.decoded;
}

TranslatableText outcomeMessage(const QString& outcome)
{
    if (outcome == u"certified")
        return messages::certificationRecorded();
    if (outcome == u"under_review")
        return messages::certificationUnderReview();
    if (outcome == u"photo_mismatch")
        return messages::photoMismatch();
    if (outcome == u"no_photo_on_file")
        return messages::noPhotoOnFile();
    if (outcome == u"already_certified")
        return messages::alreadyCertified();
    if (outcome == u"rejected")
        return messages::certificationRejected();
    return messages::livenessNotPassed();
}

ApiResult attemptAnswer(PlatformServices& services, const QString& receipt, qint64 personId, bool replayed)
{
    auto q = services.db.run(QStringLiteral("SELECT outcome, distance, method, review_reason FROM "
                                            "certification_attempts WHERE receipt = ?"),
                             {receipt});
    if (!q || !q->next())
        return storageError();
    const QString outcome = q->value(0).toString();
    QJsonObject body{{QStringLiteral("receipt"), receipt},
                     {QStringLiteral("outcome"), outcome},
                     {QStringLiteral("method"), q->value(2).toString()},
                     {QStringLiteral("message"), bilingual(outcomeMessage(outcome))},
                     {QStringLiteral("replayed"), replayed}};
    if (!q->value(1).isNull())
        body.insert(QStringLiteral("distance"), q->value(1).toDouble());
    q->finish();
    const ApiResult status = pensionCertificationOf(services, personId);
    if (!status.isError())
        body.insert(QStringLiteral("certification"), status.body);
    return ApiResult::ok(body, replayed ? 200 : 201);
}

// What the platform decides for an attempt that arrived in order.
struct Decision {
    QString outcome;
    std::optional<double> distance;
};

std::variant<Decision, ApiResult> decide(PlatformServices& services, qint64 personId, const QString& method,
                                         bool livenessPassed, const QByteArray& frameBytes)
{
    if (!livenessPassed)
        return Decision{QStringLiteral("liveness_failed"), {}};
    const ApiResult status = pensionCertificationOf(services, personId);
    if (status.isError())
        return status;
    if (status.body.value(QStringLiteral("status")).toString() == u"certified")
        return Decision{QStringLiteral("already_certified"), {}};
    const QImage frame = QImage::fromData(frameBytes);
    if (frame.isNull())
        return ApiResult::error(422, QStringLiteral("frame_unreadable"), messages::frameUnreadable());
    auto photo =
        services.db.run(QStringLiteral("SELECT photo FROM person_photos WHERE person_id = ?"), {personId});
    if (!photo)
        return storageError();
    if (!photo->next())
        return Decision{QStringLiteral("no_photo_on_file"), {}};
    const QImage onFile = QImage::fromData(photo->value(0).toByteArray());
    photo->finish();
    const face::FaceComparison comparison = compareWithPhoto(frame, onFile);
    if (!comparison.error.isEmpty()) // the matcher's model is missing or damaged: nothing can be decided
        return storageError();
    if (!comparison.probeHasFace)
        return ApiResult::error(422, QStringLiteral("no_face_in_frame"), messages::noFaceInFrame());
    if (!comparison.referenceHasFace)
        return Decision{QStringLiteral("no_photo_on_file"), {}};
    if (!comparison.samePerson)
        return Decision{QStringLiteral("photo_mismatch"), comparison.distance};
    // The read-aloud method's recording is watched by a clerk before anything is recorded.
    return Decision{method == u"read-aloud" ? QStringLiteral("under_review") : QStringLiteral("certified"),
                    comparison.distance};
}

bool recordCertification(PlatformServices& services, qint64 personId)
{
    return bool(services.db.run(
        QStringLiteral("UPDATE pension_certifications SET last_certified_on = ? WHERE person_id = ?"),
        {QDate::currentDate().toString(Qt::ISODate), personId}));
}

} // namespace

ApiResult certificationAttempt(PlatformServices& services, RequestContext& context, qint64 personId,
                               const QString& filedBy)
{
    const QString method = context.bodyString("method");
    if (method != u"actions" && method != u"read-aloud")
        return ApiResult::error(400, QStringLiteral("unknown_method"),
                                messages::unknownCertificationMethod());
    const QString liveness = context.bodyString("liveness");
    if (liveness != u"passed" && liveness != u"failed")
        return missingField("liveness");
    const auto frame = decoded(context, "frame", largestFrame);
    const auto recording = decoded(context, "recording", largestRecording);
    const auto sound = decoded(context, "recordingSound", largestRecording);
    if (!frame || !recording || !sound)
        return ApiResult::error(400, QStringLiteral("attachment_encoding"), messages::evidenceEncoding());
    if (liveness == u"passed" && frame->isEmpty())
        return missingField("frame");
    // The clerk must be able to watch a read-aloud recording: at least a second of it must play.
    constexpr int shortestRecordingFrames = 15;
    if (liveness == u"passed" && method == u"read-aloud" &&
        face::EvidenceRecording::frames(*recording, shortestRecordingFrames).size() < shortestRecordingFrames)
        return ApiResult::error(422, QStringLiteral("recording_unreadable"), messages::recordingUnreadable());
    // Its sound, when the terminal has a microphone: a well-formed 16-bit PCM WAV or nothing.
    if (!sound->isEmpty() && !face::readWav(*sound))
        return ApiResult::error(422, QStringLiteral("recording_unreadable"), messages::recordingUnreadable());
    const ApiResult status = pensionCertificationOf(services, personId);
    if (status.isError())
        return status;
    if (!status.body.value(QStringLiteral("recipient")).toBool())
        return ApiResult::error(409, QStringLiteral("not_a_recipient"), messages::notAPensionRecipient());

    const QJsonObject payload{
        {QStringLiteral("person"), personId},
        {QStringLiteral("method"), method},
        {QStringLiteral("liveness"), liveness},
        {QStringLiteral("frame"),
         QString::fromLatin1(QCryptographicHash::hash(*frame, QCryptographicHash::Sha256).toHex())}};
    Transaction transaction(services.db);
    ApiResult filed = fileSubmission(services, context, QStringLiteral("pension-certification"), payload);
    if (filed.isError())
        return filed;
    const QString receipt = filed.body.value(QStringLiteral("receipt")).toString();
    if (filed.body.value(QStringLiteral("replayed")).toBool())
        return attemptAnswer(services, receipt, personId, true);
    const auto decision = decide(services, personId, method, liveness == u"passed", *frame);
    if (const auto* refused = std::get_if<ApiResult>(&decision))
        return *refused; // rolled back: a bad frame files nothing, and the same key may be used again
    const Decision& d = std::get<Decision>(decision);
    if (!services.db.run(
            QStringLiteral("INSERT INTO certification_attempts (receipt, person_id, method, liveness, "
                           "outcome, distance, frame, recording, created_at, filed_by, recording_sound) "
                           "VALUES (?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?)"),
            {receipt, personId, method, liveness, d.outcome, d.distance ? QVariant(*d.distance) : QVariant(),
             frame->isEmpty() ? QVariant() : *frame, recording->isEmpty() ? QVariant() : *recording,
             PlatformServices::nowMs(), filedBy.isEmpty() ? QVariant() : QVariant(filedBy),
             sound->isEmpty() ? QVariant() : *sound}))
        return storageError();
    if (d.outcome == u"certified" && !recordCertification(services, personId))
        return storageError();
    if (!transaction.commit())
        return storageError();
    return attemptAnswer(services, receipt, personId, false);
}

namespace {

ApiResult reviewQueue(PlatformServices& services, RequestContext& context)
{
    const auto staff = requireStaffFor(services, context, StaffDuty::Review);
    if (const auto* refused = std::get_if<ApiResult>(&staff))
        return *refused;
    auto q = services.db.run(
        QStringLiteral(
            "SELECT a.receipt, p.name, a.method, a.created_at, a.distance, a.frame, a.recording IS NOT "
            "NULL, a.person_id FROM certification_attempts a JOIN people p ON p.id = a.person_id WHERE "
            "a.outcome = "
            "'under_review' ORDER BY a.created_at, a.id"),
        {});
    if (!q)
        return storageError();
    QJsonArray waiting;
    QList<std::pair<qint64, QString>> shown; // whose frames the reviewer sees: audited below
    while (q->next()) {
        waiting.append(
            QJsonObject{{QStringLiteral("receipt"), q->value(0).toString()},
                        {QStringLiteral("name"), mask(q->value(1).toString(), MaskKind::Name)},
                        {QStringLiteral("method"), q->value(2).toString()},
                        {QStringLiteral("createdAt"), q->value(3).toLongLong()},
                        {QStringLiteral("distance"), q->value(4).toDouble()},
                        {QStringLiteral("frame"), QString::fromLatin1(q->value(5).toByteArray().toBase64())},
                        {QStringLiteral("hasRecording"), q->value(6).toBool()}});
        shown.append({q->value(7).toLongLong(), q->value(0).toString()});
    }
    q->finish();
    for (const auto& [person, receipt] : shown)
        if (!auditPersonRead(services, context, std::get<StaffAccounts::Staff>(staff),
                             QStringLiteral("review_shown"), person, {{QStringLiteral("receipt"), receipt}}))
            return storageError();
    return ApiResult::ok({{QStringLiteral("reviews"), waiting}});
}

ApiResult recordingOf(PlatformServices& services, RequestContext& context)
{
    const auto staff = requireStaffFor(services, context, StaffDuty::Review);
    if (const auto* refused = std::get_if<ApiResult>(&staff))
        return *refused;
    auto q = services.db.run(
        QStringLiteral("SELECT recording, recording_sound, person_id FROM certification_attempts "
                       "WHERE receipt = ? AND recording IS NOT NULL"),
        {context.pathArguments.value(0)});
    if (!q)
        return storageError();
    if (!q->next())
        return ApiResult::error(404, QStringLiteral("no_review"), messages::noCertificationReview());
    if (!auditPersonRead(services, context, std::get<StaffAccounts::Staff>(staff),
                         QStringLiteral("recording_read"), q->value(2).toLongLong(),
                         {{QStringLiteral("receipt"), context.pathArguments.value(0)}}))
        return storageError();
    QJsonObject body{{QStringLiteral("recording"), QString::fromLatin1(q->value(0).toByteArray().toBase64())},
                     {QStringLiteral("mimeType"), QStringLiteral("video/x-msvideo")}};
    if (!q->value(1).isNull())
        body.insert(QStringLiteral("sound"),
                    QString::fromLatin1(q->value(1).toByteArray().toBase64())); // audio/wav
    return ApiResult::ok(body);
}

ApiResult review(PlatformServices& services, RequestContext& context)
{
    const auto staff = requireStaffFor(services, context, StaffDuty::Review);
    if (const auto* refused = std::get_if<ApiResult>(&staff))
        return *refused;
    const QString decision = context.bodyString("decision");
    const QString reason = context.bodyString("reason");
    if (decision != u"approve" && decision != u"reject")
        return missingField("decision");
    if (decision == u"reject" && reason.isEmpty())
        return missingField("reason"); // a refused certification always says why
    const QString receipt = context.pathArguments.value(0);
    auto q =
        services.db.run(QStringLiteral("SELECT person_id, filed_by FROM certification_attempts WHERE receipt "
                                       "= ? AND outcome = 'under_review'"),
                        {receipt});
    if (!q)
        return storageError();
    if (!q->next())
        return ApiResult::error(404, QStringLiteral("no_review"), messages::noCertificationReview());
    const qint64 personId = q->value(0).toLongLong();
    const QString filedBy = q->value(1).toString();
    q->finish();
    const auto& reviewer = std::get<StaffAccounts::Staff>(staff);
    // Two people: whoever filed an attempt (at a counter, on a visit) never decides it.
    if (filedBy == reviewer.username)
        return ApiResult::error(403, QStringLiteral("review_own_filing"), messages::reviewOwnFiling());
    if (!auditPersonRead(services, context, reviewer, QStringLiteral("review_decided"), personId,
                         {{QStringLiteral("receipt"), receipt}, {QStringLiteral("decision"), decision}}))
        return storageError();
    // Certified meanwhile (another attempt approved, or certified at a counter): once per cycle.
    const ApiResult status = pensionCertificationOf(services, personId);
    if (status.isError())
        return status;
    const bool alreadyCertified = status.body.value(QStringLiteral("status")).toString() == u"certified";
    const QString outcome = decision == u"reject" ? QStringLiteral("rejected")
                            : alreadyCertified    ? QStringLiteral("already_certified")
                                                  : QStringLiteral("certified");
    Transaction transaction(services.db);
    // Only from under_review: two clerks deciding at once cannot both record it.
    auto update = services.db.run(
        QStringLiteral(
            "UPDATE certification_attempts SET outcome = ?, reviewed_at = ?, reviewer = ?, review_reason = "
            "? WHERE receipt = ? AND outcome = 'under_review'"),
        {outcome, PlatformServices::nowMs(), std::get<StaffAccounts::Staff>(staff).username,
         reason.isEmpty() ? QVariant() : QVariant(reason), receipt});
    if (!update)
        return storageError();
    if (update->numRowsAffected() != 1)
        return ApiResult::error(404, QStringLiteral("no_review"), messages::noCertificationReview());
    if (outcome == u"certified" && !recordCertification(services, personId))
        return storageError();
    if (!transaction.commit())
        return storageError();
    ApiResult decided = attemptAnswer(services, receipt, personId, false);
    if (!decided.isError())
        decided.status = 200; // the attempt was filed before; the decision only changes it
    return decided;
}

} // namespace

void registerPensionAttemptsApi(Router& router, PlatformServices& services)
{
    router.add(Method::Post, QStringLiteral("/api/v1/me/pension-certification/attempts"),
               Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return certificationAttempt(services, c, s.personId, {});
               }));
    router.add(Method::Get, QStringLiteral("/api/v1/staff/certification-reviews"), Router::Access::Terminal,
               [&services](RequestContext& c) { return reviewQueue(services, c); });
    router.add(Method::Get, QStringLiteral("/api/v1/staff/certification-reviews/{receipt}/recording"),
               Router::Access::Terminal, [&services](RequestContext& c) { return recordingOf(services, c); });
    router.add(Method::Post, QStringLiteral("/api/v1/staff/certification-reviews/{receipt}"),
               Router::Access::Terminal, [&services](RequestContext& c) { return review(services, c); });
}

} // namespace ssc::platform
