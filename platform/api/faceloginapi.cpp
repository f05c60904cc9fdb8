// The face instead of a forgotten PIN (docs/card-services.md, "Face instead of a forgotten PIN"; docs/api.md,
// "Face login"). Kiosks only, no session yet:
//   POST /api/v1/face-login/challenges {"notice", "cardIdentifier" | "ssn" + "name"}   who the person says
//        they are (the card in the reader, whose PIN they forgot, or their number and name typed) and their
//        agreement to the notice about their face: a challenge bound to this kiosk and that person
//   POST /api/v1/face-login {"challenge", "recording", "frameTimes"}   the person doing it, recorded: the
//        platform analyses the recording as it does a certification's (recordingcheck.h) and compares the
//        face with the photo on file; only a pass opens a citizen session, of method "face", which reaches
//        only what facesessionscope.h allows.
// Nothing of the recording is kept, passed or not: the platform keeps the outcome and the distance
// (face_logins), and the failures it counts to stop anyone probing faces at a kiosk.
#include "auth/audit.h"
#include "certificationchallenges.h"
#include "messages.h"
#include "pension/faceconsent.h"
#include "pensionstatus.h"
#include "recordingcheck.h"
#include "services.h"
#include "storage/database.h"

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;

// Each failed login is a face compared with someone's photo: a way to probe. A person gets five failures a
// day (three tries of the PIN's counter, and two for the light or a nervous first go), after which only a
// card, an e-card or a counter helps; a kiosk gets ten failures an hour (a busy kiosk signs in a few people
// by face an hour, most at their first or second try), so no one goes down a list of people at one kiosk.
// Unknown claims (a number and name that match no one, an unknown card) count for the kiosk as well.
constexpr int failuresPerPersonPerDay = 5;
constexpr int failuresPerKioskPerHour = 10;
constexpr qint64 hourMs = 60 * 60 * 1000;

std::optional<ApiResult> notAKiosk(const RequestContext& context)
{
    if (context.terminal.mode == u"kiosk")
        return std::nullopt;
    return ApiResult::error(403, QStringLiteral("face_login_kiosk_only"), messages::faceLoginKioskOnly());
}

// Failed logins since `since`, of the person or at the terminal; nullopt when the database failed.
std::optional<int> failures(PlatformServices& services, const char* column, const QVariant& who, qint64 since)
{
    auto q = services.db.run(QStringLiteral("SELECT COUNT(*) FROM face_logins WHERE %1 = ? AND asked_at > ? "
                                            "AND outcome IS NOT NULL AND outcome <> 'logged_in'")
                                 .arg(QLatin1String(column)),
                             {who, since});
    if (!q || !q->next())
        return std::nullopt;
    const int count = q->value(0).toInt();
    q->finish();
    return count;
}

// 429 face_login_limit when the kiosk, or the person (when known), has failed too often; nullopt otherwise.
std::optional<ApiResult> overLimits(PlatformServices& services, const RequestContext& context,
                                    qint64 personId)
{
    const qint64 now = PlatformServices::nowMs();
    const auto atKiosk = failures(services, "terminal_id", context.terminal.id, now - hourMs);
    const auto ofPerson =
        personId ? failures(services, "person_id", personId, now - 24 * hourMs) : std::optional<int>(0);
    if (!atKiosk || !ofPerson)
        return storageError();
    if (*atKiosk >= failuresPerKioskPerHour || *ofPerson >= failuresPerPersonPerDay)
        return ApiResult::error(429, QStringLiteral("face_login_limit"), messages::faceLoginLimit());
    return std::nullopt;
}

bool recordUnknownClaim(PlatformServices& services, const RequestContext& context, const QString& claimedBy,
                        const QString& outcome)
{
    return bool(services.db.run(
        QStringLiteral("INSERT INTO face_logins (terminal_id, claimed_by, notice_version, asked_at, outcome, "
                       "decided_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {context.terminal.id, claimedBy, context.bodyString("notice"), PlatformServices::nowMs(), outcome,
         PlatformServices::nowMs()}));
}

struct Claim {
    qint64 personId = 0;
    qint64 cardId = 0; // the card in the reader, or the person's card in use
    QString claimedBy; // "card" | "id-number"
};

// Whom the person says they are; an unknown claim is recorded (it counts against the kiosk) and refused.
std::variant<Claim, ApiResult> claimOf(PlatformServices& services, const RequestContext& context)
{
    if (const QString identifier = context.bodyString("cardIdentifier"); !identifier.isEmpty()) {
        // A bare identifier read from the card: a claim, proven by nothing but the face that follows. A lost
        // or cancelled card's holder may sign in too (reporting a card lost is what they may need most).
        const auto card = cardByIdentifier(services, identifier);
        if (const auto* refused = std::get_if<ApiResult>(&card)) {
            if (refused->status == 404 && !recordUnknownClaim(services, context, QStringLiteral("card"),
                                                              QStringLiteral("unknown_card")))
                return storageError();
            return *refused;
        }
        return Claim{std::get<CardRecord>(card).personId, std::get<CardRecord>(card).cardId,
                     QStringLiteral("card")};
    }
    if (context.bodyString("ssn").isEmpty())
        return missingField("cardIdentifier");
    const auto person = personByNameAndNumber(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&person)) {
        if (refused->status == 404 && !recordUnknownClaim(services, context, QStringLiteral("id-number"),
                                                          QStringLiteral("person_not_found")))
            return storageError();
        return *refused;
    }
    // A session names a card: with none in the reader, the person's card in use (else their latest one).
    // The face proves nothing about it; what needs the card itself asks the card (its PIN, its answer).
    const qint64 id = std::get<NamedPerson>(person).id;
    auto card =
        services.db.run(QStringLiteral("SELECT id FROM cards WHERE person_id = ? ORDER BY CASE status "
                                       "WHEN 'normal' THEN 0 ELSE 1 END, id DESC"),
                        {id});
    if (!card)
        return storageError();
    const qint64 cardId = card->next() ? card->value(0).toLongLong() : 0;
    card->finish();
    if (!cardId)
        return ApiResult::error(409, QStringLiteral("no_card_on_file"), messages::unknownCard(),
                                messages::askCounter());
    return Claim{id, cardId, QStringLiteral("id-number")};
}

ApiResult issueChallenge(PlatformServices& services, RequestContext& context)
{
    if (auto refused = notAKiosk(context))
        return *refused;
    // The notice is shown and agreed before any capture: the agreement travels with this request.
    const QString notice = context.bodyString("notice");
    if (notice.isEmpty())
        return ApiResult::error(403, QStringLiteral("face_consent_required"),
                                messages::faceLoginNoticeRequired());
    if (notice != faceLoginNoticeVersion())
        return ApiResult::error(409, QStringLiteral("notice_outdated"),
                                messages::faceConsentNoticeOutdated());
    const qint64 now = PlatformServices::nowMs();
    if (auto over = overLimits(services, context, 0))
        return *over;
    const auto claim = claimOf(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&claim))
        return *refused;
    const Claim& who = std::get<Claim>(claim);
    if (auto over = overLimits(services, context, who.personId))
        return *over;
    // Nothing to compare with: say so before the person records anything.
    const auto photo = photoOnFile(services, who.personId);
    if (!photo)
        return storageError();
    if (photo->isNull())
        return ApiResult::error(409, QStringLiteral("no_photo_on_file"), messages::faceLoginNoPhoto());
    Transaction transaction(services.db);
    const qint64 expiresAt = now + CertificationChallenges::attemptValidityMs;
    const auto challenge = CertificationChallenges(services.db)
                               .issue(who.personId, context.terminal.id, {}, expiresAt, expiresAt,
                                      CertificationChallenges::faceLogin());
    if (!challenge)
        return storageError();
    if (!services.db.run(QStringLiteral("INSERT INTO face_logins (challenge_id, person_id, card_id, "
                                        "terminal_id, claimed_by, notice_version, asked_at) VALUES (?, ?, ?, "
                                        "?, ?, ?, ?)"),
                         {challenge->id, who.personId, who.cardId ? QVariant(who.cardId) : QVariant(),
                          context.terminal.id, who.claimedBy, notice, now}) ||
        !transaction.commit())
        return storageError();
    // The challenge as a certification's (its digits unused: a login is never read aloud, which needs a
    // clerk to listen), so the terminal's face screen does it unchanged.
    return ApiResult::ok(challenge->toJson(), 201);
}

struct Pending {
    qint64 personId = 0;
    qint64 cardId = 0;
};

// The login this challenge was issued for, on this kiosk; nullopt (with `refused`) when there is none.
std::optional<Pending> pendingLogin(PlatformServices& services, const RequestContext& context,
                                    const QString& challengeId, ApiResult& refused)
{
    auto q = services.db.run(
        QStringLiteral(
            "SELECT person_id, card_id FROM face_logins WHERE challenge_id = ? AND terminal_id = ?"),
        {challengeId, context.terminal.id});
    if (!q) {
        refused = storageError();
        return std::nullopt;
    }
    if (!q->next()) {
        refused = challengeRefusal(CertificationChallenges::Problem::Unknown);
        return std::nullopt;
    }
    Pending pending{q->value(0).toLongLong(), q->value(1).toLongLong()};
    q->finish();
    return pending;
}

// Why a login was refused, in the words for a login (the photo's outcomes) or the liveness reason's.
TranslatableText refusalMessage(const QString& outcome)
{
    if (outcome == u"photo_mismatch")
        return messages::faceNotRecognised();
    if (outcome == u"no_photo_on_file")
        return messages::faceLoginNoPhoto();
    return outcomeMessage(outcome);
}

// How long after its decision a login's answer is given again to its kiosk: a challenge's own life.
constexpr qint64 replayWindowMs = 3 * 60 * 1000;

// The answer to a login already decided, asked again by the same kiosk: the terminal retries a POST whose
// answer it did not get (a timeout while the platform analysed), and "challenge used" would tell someone who
// passed that they did not. A pass answers a new session (the first one's token never arrived; it expires
// unused), a refusal the same refusal. Only this kiosk, only within the challenge's life; nullopt otherwise.
std::optional<ApiResult> replayOfDecided(PlatformServices& services, const RequestContext& context,
                                         const QString& challengeId, const Pending& pending)
{
    auto q =
        services.db.run(QStringLiteral("SELECT outcome, decided_at FROM face_logins WHERE challenge_id = ? "
                                       "AND terminal_id = ? AND outcome IS NOT NULL"),
                        {challengeId, context.terminal.id});
    if (!q)
        return storageError();
    if (!q->next() || q->value(1).toLongLong() < PlatformServices::nowMs() - replayWindowMs)
        return std::nullopt;
    const QString outcome = q->value(0).toString();
    q->finish();
    if (outcome != u"logged_in")
        return ApiResult::error(403, QStringLiteral("face_login_refused"), refusalMessage(outcome),
                                messages::faceLoginTryAgain(), {{QStringLiteral("outcome"), outcome}});
    Transaction transaction(services.db);
    ApiResult session = startCitizenSession(services, context.terminal, pending.personId, pending.cardId,
                                            QStringLiteral("face"));
    if (session.isError() || !transaction.commit())
        return session.isError() ? session : storageError();
    return session;
}

// After the analysis, on the serving thread: the challenge used, the outcome kept, a session only on a pass.
ApiResult decideLogin(PlatformServices& services, RequestContext& context, const Pending& pending,
                      const AnalysisInput& input, const Analysed& analysed)
{
    if (analysed.refused)
        return *analysed.refused;
    const QString challengeId = context.bodyString("challenge");
    const qint64 now = PlatformServices::nowMs();
    Transaction transaction(services.db);
    const auto taken = CertificationChallenges(services.db)
                           .take(challengeId, pending.personId, context.terminal.id, now,
                                 CertificationChallenges::faceLogin());
    if (taken.problem == CertificationChallenges::Problem::Used) { // decided meanwhile: by this very login?
        transaction.commit();                                      // nothing written: the replay has its own
        if (auto replay = replayOfDecided(services, context, challengeId, pending))
            return *replay;
    }
    if (taken.problem != CertificationChallenges::Problem::None)
        return challengeRefusal(taken.problem);
    if (auto outside = outsideWindow(input, taken.issuedAtMs, true, now))
        return *outside;
    const auto face = faceOutcome(analysed, !input.photo.isNull());
    if (!face) // the matcher could not decide: never a mismatch
        return storageError();
    const QString outcome = face->passed() ? QStringLiteral("logged_in") : face->code;
    if (!services.db.run(
            QStringLiteral("UPDATE face_logins SET outcome = ?, distance = ?, decided_at = ? "
                           "WHERE challenge_id = ?"),
            {outcome, face->distance ? QVariant(*face->distance) : QVariant(), now, challengeId}))
        return storageError();
    if (!face->passed()) {
        // In the person's access log: someone tried to sign in as them by face here, and was refused.
        if (!writeAudit(services.db, context.terminal.id, 0, QStringLiteral("face_login_refused"),
                        {{QStringLiteral("outcome"), outcome}}, pending.personId) ||
            !transaction.commit())
            return storageError();
        return ApiResult::error(403, QStringLiteral("face_login_refused"), refusalMessage(outcome),
                                messages::faceLoginTryAgain(), {{QStringLiteral("outcome"), outcome}});
    }
    ApiResult session = startCitizenSession(services, context.terminal, pending.personId, pending.cardId,
                                            QStringLiteral("face"));
    if (session.isError())
        return session;
    if (!transaction.commit())
        return storageError();
    return session;
}

Reply login(PlatformServices& services, RequestContext& context)
{
    if (auto refused = notAKiosk(context))
        return *refused;
    // What the terminal concluded ("liveness", "passed", a frame) is not read: the platform decides alone.
    const QString challengeId = context.bodyString("challenge");
    if (challengeId.isEmpty())
        return ApiResult::error(400, QStringLiteral("challenge_required"), messages::challengeRequired());
    const auto times = frameTimes(context);
    if (!times)
        return ApiResult::error(400, QStringLiteral("recording_times"), messages::recordingTimes());
    ApiResult refused = storageError();
    const auto pending = pendingLogin(services, context, challengeId, refused);
    if (!pending)
        return refused;
    // The limits again: challenges asked ahead do not buy more tries than the limits give.
    if (auto over = overLimits(services, context, pending->personId))
        return *over;
    auto input = std::make_shared<AnalysisInput>();
    input->method = face::CertificationMethod::Actions;
    input->recordingBase64 = context.bodyString("recording");
    input->times = *times;
    const auto found = CertificationChallenges(services.db)
                           .find(challengeId, pending->personId, context.terminal.id,
                                 PlatformServices::nowMs(), CertificationChallenges::faceLogin());
    if (found.problem == CertificationChallenges::Problem::Storage)
        return storageError();
    if (found.problem == CertificationChallenges::Problem::Used)
        if (auto replay = replayOfDecided(services, context, challengeId, *pending))
            return *replay; // a retry of a login decided already: its answer again, not analysed twice
    if (found.problem != CertificationChallenges::Problem::None)
        return challengeRefusal(found.problem); // used or expired: nothing to analyse
    input->challenge = found.challenge;
    const auto photo = photoOnFile(services, pending->personId);
    if (!photo)
        return storageError();
    input->photo = *photo;
    // The analysis on the worker pool, as a certification's; the decision back on the serving thread.
    return Deferred{[&services, &context, pending = *pending, input]() -> std::function<ApiResult()> {
        auto analysed = std::make_shared<Analysed>(analyse(*input));
        return [&services, &context, pending, input, analysed] {
            return decideLogin(services, context, pending, *input, *analysed);
        };
    }};
}

} // namespace

void registerFaceLoginApi(Router& router, PlatformServices& services)
{
    router.add(Method::Post, QStringLiteral("/api/v1/face-login/challenges"), Router::Access::Terminal,
               [&services](RequestContext& c) { return issueChallenge(services, c); });
    router.add(
        Method::Post, QStringLiteral("/api/v1/face-login"), Router::Access::Terminal,
        [&services](RequestContext& c) { return login(services, c); }, largestAttemptBody);
}

} // namespace ssc::platform
