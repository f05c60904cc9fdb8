// Certification by face, the platform's side (docs/api.md, "Pension certification"; docs/face.md):
//   POST /api/v1/me/pension-certification/attempts      one attempt (Idempotency-Key): the platform's
//        challenge, the recording and its frames' times; the platform decides from the recording alone
//   GET  /api/v1/staff/certification-reviews             read-aloud attempts waiting for a clerk
//   POST /api/v1/staff/certification-reviews/{receipt}   {"decision": "approve"|"reject", "reason"}
// Every attempt that answers a challenge is stored with its outcome; a certification is recorded once per
// cycle: an attempt while the person is already certified changes nothing but its own record.
#include "certificationchallenges.h"
#include "faceconsents.h"
#include "keys/dataseal.h"
#include "messages.h"
#include "notifications/outbox.h"
#include "pensionstatus.h"
#include "privacy/masking.h"
#include "receiptspan.h"
#include "recordingcheck.h"
#include "services.h"
#include "storage/database.h"

#include <QBuffer>
#include <QDate>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;
using Session = CitizenSessions::Session;

ApiResult attemptAnswer(PlatformServices& services, const QString& receipt, qint64 personId, bool replayed)
{
    const auto span = receiptSpan(receipt);
    if (!span)
        return storageError(); // a receipt fileSubmission made always names its day
    auto q = services.db.run(QStringLiteral("SELECT outcome, distance, method, review_reason FROM "
                                            "certification_attempts WHERE ") +
                                 ReceiptSpan::condition(),
                             span->bindings(receipt));
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
    QImage bestFrame;
};

QByteArray jpeg(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

std::variant<Decision, ApiResult> decide(PlatformServices& services, qint64 personId,
                                         face::CertificationMethod method, const Analysed& analysed,
                                         bool photoOnFile)
{
    if (!analysed.report) // the challenge was usable now but not when the analysis began: try again
        return storageError();
    const auto& report = *analysed.report;
    if (report.verdict != face::RecordingVerdict::Passed)
        return Decision{face::RecordingAnalysis::code(report.verdict), {}, report.bestFrame};
    const ApiResult status = pensionCertificationOf(services, personId);
    if (status.isError())
        return status;
    if (status.body.value(QStringLiteral("status")).toString() == u"certified")
        return Decision{QStringLiteral("already_certified"), {}, report.bestFrame};
    const auto face = faceOutcome(analysed, photoOnFile);
    if (!face) // the matcher's model is missing or damaged: nothing can be decided
        return storageError();
    if (!face->passed())
        return Decision{face->code, face->distance, report.bestFrame};
    // The read-aloud method's recording is watched by a clerk (who hears the digits) before anything is
    // recorded.
    return Decision{method == face::CertificationMethod::ReadAloud ? QStringLiteral("under_review")
                                                                   : QStringLiteral("certified"),
                    face->distance, report.bestFrame};
}

bool recordCertification(PlatformServices& services, qint64 personId)
{
    return bool(services.db.run(
        QStringLiteral("UPDATE pension_certifications SET last_certified_on = ? WHERE person_id = ?"),
        {QDate::currentDate().toString(Qt::ISODate), personId}));
}

} // namespace

namespace {

// The serving thread's part after the analysis: the submission, the challenge used, the decision, the record.
ApiResult fileAttempt(PlatformServices& services, RequestContext& context, qint64 personId,
                      const QString& filedBy, const AnalysisInput& input, const Analysed& analysed)
{
    if (analysed.refused)
        return *analysed.refused;
    const QString methodName = context.bodyString("method");
    const QString challengeId = context.bodyString("challenge");
    const QJsonObject payload{{QStringLiteral("person"), personId},
                              {QStringLiteral("method"), methodName},
                              {QStringLiteral("challenge"), challengeId},
                              {QStringLiteral("recording"), analysed.recordingSha256}};
    Transaction transaction(services.db);
    ApiResult filed = fileSubmission(services, context, QStringLiteral("pension-certification"), payload);
    if (filed.isError())
        return filed;
    const QString receipt = filed.body.value(QStringLiteral("receipt")).toString();
    if (filed.body.value(QStringLiteral("replayed")).toBool())
        return attemptAnswer(services, receipt, personId, true);
    // Refusals from here roll back: nothing is filed, the challenge stays unused, the key may be used again.
    const qint64 now = PlatformServices::nowMs();
    const auto taken =
        CertificationChallenges(services.db).take(challengeId, personId, context.terminal.id, now);
    if (taken.problem != CertificationChallenges::Problem::None)
        return challengeRefusal(taken.problem);
    if (auto outside = outsideWindow(input, taken.issuedAtMs,
                                     taken.challenge.recordByMs == taken.challenge.expiresAtMs, now))
        return *outside;
    const QList<qint64>& times = input.times;
    // The person's consent, asked again here: it may have been withdrawn while the recording was analysed.
    const auto consent = FaceConsents(services.db).current(personId);
    if (consent.problem != FaceConsents::Problem::None)
        return faceConsentRefusal(consent.problem);
    const auto decision = decide(services, personId, input.method, analysed, !input.photo.isNull());
    if (const auto* refused = std::get_if<ApiResult>(&decision))
        return *refused;
    const Decision& d = std::get<Decision>(decision);
    QJsonArray timesJson;
    for (qint64 t : times)
        timesJson.append(t);
    // The face and the recording are stored sealed (keys/dataseal.h): a dump of the database shows neither.
    const auto frame =
        dataseal::sealedOrNull(services.keys, d.bestFrame.isNull() ? QByteArray() : jpeg(d.bestFrame),
                               dataseal::place("certification_attempts", "frame", receipt));
    const auto recording = dataseal::sealedOrNull(
        services.keys, analysed.recording, dataseal::place("certification_attempts", "recording", receipt));
    const auto sound = dataseal::sealedOrNull(
        services.keys, analysed.sound, dataseal::place("certification_attempts", "recording_sound", receipt));
    if (!frame || !recording || !sound)
        return storageError();
    if (!services.db.run(
            QStringLiteral("INSERT INTO certification_attempts (receipt, person_id, method, liveness, "
                           "outcome, distance, frame, recording, created_at, filed_by, recording_sound, "
                           "challenge_id, frame_times, consent_id, consent_notice) VALUES (?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, "
                           "?, ?, ?, ?)"),
            {receipt, personId, methodName, QStringLiteral("platform"), d.outcome,
             d.distance ? QVariant(*d.distance) : QVariant(), *frame, *recording, now,
             filedBy.isEmpty() ? QVariant() : QVariant(filedBy), *sound, challengeId,
             QString::fromUtf8(QJsonDocument(timesJson).toJson(QJsonDocument::Compact)), consent.consent.id,
             consent.consent.notice}))
        return storageError();
    if (d.outcome == u"certified" && !recordCertification(services, personId))
        return storageError();
    if (!transaction.commit())
        return storageError();
    return attemptAnswer(services, receipt, personId, false);
}

} // namespace

Reply certificationAttempt(PlatformServices& services, RequestContext& context, qint64 personId,
                           const QString& filedBy)
{
    // What the terminal concluded ("liveness", a chosen "frame") is not read: the platform decides alone.
    const QString methodName = context.bodyString("method");
    if (methodName != u"actions" && methodName != u"read-aloud")
        return ApiResult::error(400, QStringLiteral("unknown_method"),
                                messages::unknownCertificationMethod());
    const QString challengeId = context.bodyString("challenge");
    if (challengeId.isEmpty())
        return ApiResult::error(400, QStringLiteral("challenge_required"), messages::challengeRequired());
    auto input = std::make_shared<AnalysisInput>();
    input->method =
        methodName == u"actions" ? face::CertificationMethod::Actions : face::CertificationMethod::ReadAloud;
    input->recordingBase64 = context.bodyString("recording");
    input->soundBase64 = context.bodyString("recordingSound");
    const auto times = frameTimes(context);
    if (!times)
        return ApiResult::error(400, QStringLiteral("recording_times"), messages::recordingTimes());
    input->times = *times;
    if (auto refused = refusedUnlessCertifying(services, personId))
        return *refused;
    // Not a frame is looked at without the person's consent to the current notice (faceconsents.h).
    if (auto refused = refusedWithoutFaceConsent(services, personId))
        return *refused;
    // What the analysis needs from the database, read here: the challenge asked (when it can still be used;
    // otherwise the attempt is answered after the analysis, replay first) and the photo on file.
    const auto found = CertificationChallenges(services.db)
                           .find(challengeId, personId, context.terminal.id, PlatformServices::nowMs());
    if (found.problem == CertificationChallenges::Problem::Storage)
        return storageError();
    if (found.problem == CertificationChallenges::Problem::None)
        input->challenge = found.challenge;
    const auto photo = photoOnFile(services, personId);
    if (!photo)
        return storageError();
    input->photo = *photo;
    // Decoding the video, the liveness analysis and the face comparison run on the worker pool; the rest,
    // with the database, back on the serving thread.
    return Deferred{[&services, &context, personId, filedBy, input]() -> std::function<ApiResult()> {
        auto analysed = std::make_shared<Analysed>(analyse(*input));
        return [&services, &context, personId, filedBy, input, analysed] {
            return fileAttempt(services, context, personId, filedBy, *input, *analysed);
        };
    }};
}

namespace {

// An attempt's sealed column opened; empty for NULL or for what does not open (logged by the caller's
// answer).
QByteArray opened(PlatformServices& services, const QVariant& stored, const char* column,
                  const QString& receipt)
{
    if (stored.isNull())
        return {};
    return dataseal::open(services.keys, stored.toByteArray(),
                          dataseal::place("certification_attempts", column, receipt))
        .value_or(QByteArray());
}

ApiResult reviewQueue(PlatformServices& services, RequestContext& context)
{
    const auto staff = requireStaffFor(services, context, StaffDuty::Review);
    if (const auto* refused = std::get_if<ApiResult>(&staff))
        return *refused;
    auto q = services.db.run(
        QStringLiteral(
            "SELECT a.receipt, p.name, a.method, a.created_at, a.distance, a.frame, a.recording IS NOT "
            "NULL, c.digits, a.person_id FROM certification_attempts a JOIN people p ON p.id = a.person_id "
            "LEFT "
            "JOIN certification_challenges c ON c.id = a.challenge_id WHERE a.outcome = 'under_review' ORDER "
            "BY "
            "a.created_at, a.id"),
        {});
    if (!q)
        return storageError();
    QJsonArray waiting;
    QList<std::pair<qint64, QString>> shown; // whose frames the reviewer sees: audited below
    while (q->next()) {
        waiting.append(QJsonObject{
            {QStringLiteral("receipt"), q->value(0).toString()},
            {QStringLiteral("name"), mask(q->value(1).toString(), MaskKind::Name)},
            {QStringLiteral("method"), q->value(2).toString()},
            {QStringLiteral("createdAt"), q->value(3).toLongLong()},
            {QStringLiteral("distance"), q->value(4).toDouble()},
            {QStringLiteral("frame"),
             QString::fromLatin1(opened(services, q->value(5), "frame", q->value(0).toString()).toBase64())},
            {QStringLiteral("hasRecording"), q->value(6).toBool()},
            // what the person was asked to read: the clerk listens for these
            {QStringLiteral("digits"), q->value(7).toString()}});
        shown.append({q->value(8).toLongLong(), q->value(0).toString()});
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
    const auto span = receiptSpan(context.pathArguments.value(0));
    if (!span)
        return ApiResult::error(404, QStringLiteral("no_review"), messages::noCertificationReview());
    auto q = services.db.run(
        QStringLiteral("SELECT recording, recording_sound, person_id FROM certification_attempts WHERE ") +
            ReceiptSpan::condition() + QStringLiteral(" AND recording IS NOT NULL"),
        span->bindings(context.pathArguments.value(0)));
    if (!q)
        return storageError();
    if (!q->next())
        return ApiResult::error(404, QStringLiteral("no_review"), messages::noCertificationReview());
    if (!auditPersonRead(services, context, std::get<StaffAccounts::Staff>(staff),
                         QStringLiteral("recording_read"), q->value(2).toLongLong(),
                         {{QStringLiteral("receipt"), context.pathArguments.value(0)}}))
        return storageError();
    const QString receipt = context.pathArguments.value(0);
    const QByteArray recording = opened(services, q->value(0), "recording", receipt);
    if (recording.isEmpty())
        return storageError();
    QJsonObject body{{QStringLiteral("recording"), QString::fromLatin1(recording.toBase64())},
                     {QStringLiteral("mimeType"), QStringLiteral("video/x-msvideo")}};
    if (!q->value(1).isNull())
        body.insert(QStringLiteral("sound"),
                    QString::fromLatin1(
                        opened(services, q->value(1), "recording_sound", receipt).toBase64())); // audio/wav
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
    const auto span = receiptSpan(receipt);
    if (!span)
        return ApiResult::error(404, QStringLiteral("no_review"), messages::noCertificationReview());
    auto q = services.db.run(QStringLiteral("SELECT person_id, filed_by FROM certification_attempts WHERE ") +
                                 ReceiptSpan::condition() + QStringLiteral(" AND outcome = 'under_review'"),
                             span->bindings(receipt));
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
        QStringLiteral("UPDATE certification_attempts SET outcome = ?, reviewed_at = ?, reviewer = ?, "
                       "review_reason = ? WHERE ") +
            ReceiptSpan::condition() + QStringLiteral(" AND outcome = 'under_review'"),
        QVariantList{outcome, PlatformServices::nowMs(), std::get<StaffAccounts::Staff>(staff).username,
                     reason.isEmpty() ? QVariant() : QVariant(reason)} +
            span->bindings(receipt));
    if (!update)
        return storageError();
    if (update->numRowsAffected() != 1)
        return ApiResult::error(404, QStringLiteral("no_review"), messages::noCertificationReview());
    if (outcome == u"certified" && !recordCertification(services, personId))
        return storageError();
    if (!queueDecisionText(services.db, receipt, personId, QStringLiteral("pension-certification"), outcome,
                           PlatformServices::nowMs()) ||
        !transaction.commit())
        return storageError();
    services.textQueued();
    ApiResult decided = attemptAnswer(services, receipt, personId, false);
    if (!decided.isError())
        decided.status = 200; // the attempt was filed before; the decision only changes it
    return decided;
}

} // namespace

void registerPensionAttemptsApi(Router& router, PlatformServices& services)
{
    registerCertificationChallengesApi(router, services);
    registerFaceConsentApi(router, services);
    router.add(Method::Post, QStringLiteral("/api/v1/me/pension-certification/attempts"),
               Router::Access::Terminal,
               forCitizen(services,
                          [&services](RequestContext& c, const Session& s) {
                              return certificationAttempt(services, c, s.personId, {});
                          }),
               largestAttemptBody);
    router.add(Method::Get, QStringLiteral("/api/v1/staff/certification-reviews"), Router::Access::Terminal,
               [&services](RequestContext& c) { return reviewQueue(services, c); });
    router.add(Method::Get, QStringLiteral("/api/v1/staff/certification-reviews/{receipt}/recording"),
               Router::Access::Terminal, [&services](RequestContext& c) { return recordingOf(services, c); });
    router.add(Method::Post, QStringLiteral("/api/v1/staff/certification-reviews/{receipt}"),
               Router::Access::Terminal, [&services](RequestContext& c) { return review(services, c); });
}

} // namespace ssc::platform
