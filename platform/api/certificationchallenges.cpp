// Challenges of certification by face (docs/api.md, "Pension certification"):
//   POST /api/v1/me/pension-certification/challenges            one for the person served, now
//   POST /api/v1/staff/visits/challenges {"people": [id…], "day"}  one per person of a home-visit list, made
//                                                                  on the visit day, sent within the grace
// (the family and staff routes for one person are in familyapi.cpp and staffcertificationapi.cpp).
#include "certificationchallenges.h"

#include "faceconsents.h"

#include "messages.h"
#include "pensionstatus.h"
#include "readaloud.h"
#include "storage/database.h"

#include <QDate>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;
using Session = CitizenSessions::Session;

QString randomId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex());
}

QString actionNames(const QList<face::LivenessAction>& actions)
{
    QStringList names;
    for (face::LivenessAction action : actions)
        names.append(face::livenessActionName(action));
    return names.join(QLatin1Char(','));
}

// A home visit's list: one challenge per person, to be recorded by the end of the visit day.
ApiResult visitChallenges(PlatformServices& services, RequestContext& context)
{
    const auto staff = requireStaffFor(services, context, StaffDuty::VisitHomes);
    if (const auto* refused = std::get_if<ApiResult>(&staff))
        return *refused;
    if (context.terminal.mode != u"field")
        return ApiResult::error(403, QStringLiteral("field_only"), messages::visitChallengesFieldOnly());
    const QDate today = QDate::currentDate();
    const QString dayText = context.bodyString("day");
    const QDate day = dayText.isEmpty() ? today : QDate::fromString(dayText, Qt::ISODate);
    if (!day.isValid() || day < today || day > today.addDays(7))
        return ApiResult::error(400, QStringLiteral("invalid_visit_day"), messages::invalidVisitDay());
    const QJsonArray people = context.body.value(QStringLiteral("people")).toArray();
    QSet<qint64> seen;
    for (const QJsonValue& person : people)
        if (person.toInteger() <= 0 || seen.contains(person.toInteger()))
            return ApiResult::error(400, QStringLiteral("invalid_visit_list"), messages::invalidVisitList());
        else
            seen.insert(person.toInteger());
    if (people.isEmpty() || people.size() > 50)
        return ApiResult::error(400, QStringLiteral("invalid_visit_list"), messages::invalidVisitList());
    const qint64 recordBy = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    CertificationChallenges challenges(services.db);
    Transaction transaction(services.db);
    QJsonArray issued;
    for (const QJsonValue& person : people) {
        const qint64 personId = person.toInteger();
        if (auto unknown = unknownPerson(services, personId))
            return *unknown;
        // Only people this visiting staff member found (by name and number, or on their visit list).
        if (auto notFound = personNotFoundFirst(services, std::get<StaffAccounts::Staff>(staff), personId))
            return *notFound;
        if (auto refused = refusedUnlessCertifying(services, personId))
            return *refused;
        const auto challenge =
            challenges.issue(personId, context.terminal.id, std::get<StaffAccounts::Staff>(staff).username,
                             recordBy, recordBy + CertificationChallenges::syncGraceMs);
        if (!challenge)
            return storageError();
        QJsonObject json = challenge->toJson();
        json.insert(QStringLiteral("person"), personId);
        // Whether the person has agreed to the current notice about their face: an agreement cannot be
        // recorded from an offline laptop, so the visit relies on one given before (checked again on filing).
        const auto consent = FaceConsents(services.db).current(personId);
        if (consent.problem == FaceConsents::Problem::Storage)
            return storageError();
        json.insert(QStringLiteral("faceConsent"), consent.problem == FaceConsents::Problem::None);
        issued.append(json);
    }
    if (!transaction.commit())
        return storageError();
    return ApiResult::ok({{QStringLiteral("challenges"), issued}}, 201);
}

} // namespace

std::optional<ApiResult> refusedUnlessCertifying(PlatformServices& services, qint64 personId)
{
    const ApiResult status = pensionCertificationOf(services, personId);
    if (status.isError())
        return status;
    if (!status.body.value(QStringLiteral("recipient")).toBool())
        return ApiResult::error(409, QStringLiteral("not_a_recipient"), messages::notAPensionRecipient());
    return std::nullopt;
}

std::optional<face::CertificationChallenge>
CertificationChallenges::issue(qint64 personId, const QString& terminalId, const QString& issuedBy,
                               qint64 recordByMs, qint64 expiresAtMs, const QString& purpose)
{
    face::CertificationChallenge challenge;
    challenge.id = randomId();
    challenge.actions = face::LivenessCheck::randomActions(*QRandomGenerator::system(), 2);
    challenge.digits = face::ReadAloudCheck::randomDigits(*QRandomGenerator::system());
    challenge.recordByMs = recordByMs;
    challenge.expiresAtMs = expiresAtMs;
    if (!m_db.run(QStringLiteral(
                      "INSERT INTO certification_challenges (id, person_id, terminal_id, actions, "
                      "digits, issued_at, record_by, expires_at, issued_by, purpose) VALUES (?, ?, ?, ?, "
                      "?, ?, ?, ?, ?, ?)"),
                  {challenge.id, personId, terminalId, actionNames(challenge.actions), challenge.digits,
                   PlatformServices::nowMs(), recordByMs, expiresAtMs,
                   issuedBy.isEmpty() ? QVariant() : QVariant(issuedBy), purpose}))
        return std::nullopt;
    return challenge;
}

CertificationChallenges::Taken CertificationChallenges::find(const QString& id, qint64 personId,
                                                             const QString& terminalId, qint64 nowMs,
                                                             const QString& purpose)
{
    Taken taken;
    // Challenges issued before face logins existed have no purpose: they were certification's.
    auto q = m_db.run(QStringLiteral("SELECT actions, digits, issued_at, record_by, expires_at, used_at FROM "
                                     "certification_challenges WHERE id = ? AND person_id = ? AND "
                                     "terminal_id = ? AND COALESCE(purpose, 'certification') = ?"),
                      {id, personId, terminalId, purpose});
    if (!q)
        return taken;
    if (!q->next()) {
        taken.problem = Problem::Unknown;
        return taken;
    }
    taken.challenge.id = id;
    for (const QString& name : q->value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto action = face::livenessActionNamed(name))
            taken.challenge.actions.append(*action);
    taken.challenge.digits = q->value(1).toString();
    taken.issuedAtMs = q->value(2).toLongLong();
    taken.challenge.recordByMs = q->value(3).toLongLong();
    taken.challenge.expiresAtMs = q->value(4).toLongLong();
    const bool used = !q->value(5).isNull();
    q->finish();
    if (used) {
        taken.problem = Problem::Used;
        return taken;
    }
    taken.problem = nowMs > taken.challenge.expiresAtMs ? Problem::Expired : Problem::None;
    return taken;
}

CertificationChallenges::Taken CertificationChallenges::take(const QString& id, qint64 personId,
                                                             const QString& terminalId, qint64 nowMs,
                                                             const QString& purpose)
{
    Taken taken = find(id, personId, terminalId, nowMs, purpose);
    if (taken.problem != Problem::None)
        return taken;
    taken.problem = Problem::Storage;
    // Used once: of two attempts racing with the same challenge only one changes the row.
    auto update = m_db.run(
        QStringLiteral("UPDATE certification_challenges SET used_at = ? WHERE id = ? AND used_at IS NULL"),
        {nowMs, id});
    if (!update)
        return taken;
    taken.problem = update->numRowsAffected() == 1 ? Problem::None : Problem::Used;
    return taken;
}

QString CertificationChallenges::digitsOf(const QString& id)
{
    auto q = m_db.run(QStringLiteral("SELECT digits FROM certification_challenges WHERE id = ?"), {id});
    return q && q->next() ? q->value(0).toString() : QString();
}

ApiResult issueAttemptChallenge(PlatformServices& services, RequestContext& context, qint64 personId,
                                const QString& issuedBy)
{
    if (auto refused = refusedUnlessCertifying(services, personId))
        return *refused;
    // No challenge, so no capture, before the person agreed to the current notice (faceconsents.h).
    if (auto refused = refusedWithoutFaceConsent(services, personId))
        return *refused;
    const qint64 expiresAt = PlatformServices::nowMs() + CertificationChallenges::attemptValidityMs;
    const auto challenge = CertificationChallenges(services.db)
                               .issue(personId, context.terminal.id, issuedBy, expiresAt, expiresAt);
    if (!challenge)
        return storageError();
    return ApiResult::ok(challenge->toJson(), 201);
}

ApiResult challengeRefusal(CertificationChallenges::Problem problem)
{
    switch (problem) {
    case CertificationChallenges::Problem::Unknown:
        return ApiResult::error(404, QStringLiteral("challenge_unknown"), messages::challengeUnknown());
    case CertificationChallenges::Problem::Expired:
        return ApiResult::error(410, QStringLiteral("challenge_expired"), messages::challengeExpired());
    case CertificationChallenges::Problem::Used:
        return ApiResult::error(409, QStringLiteral("challenge_used"), messages::challengeUsed());
    case CertificationChallenges::Problem::None:
    case CertificationChallenges::Problem::Storage:
        break;
    }
    return storageError();
}

void registerCertificationChallengesApi(Router& router, PlatformServices& services)
{
    router.add(Method::Post, QStringLiteral("/api/v1/me/pension-certification/challenges"),
               Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return issueAttemptChallenge(services, c, s.personId, {});
               }));
    router.add(Method::Post, QStringLiteral("/api/v1/staff/visits/challenges"), Router::Access::Terminal,
               [&services](RequestContext& c) { return visitChallenges(services, c); });
}

} // namespace ssc::platform
