// Separate consent for the face (docs/api.md, "Consent for the face"; docs/face.md, "Consent"):
//   GET  {base}/face-consent           the current notice's version and the person's consent to it, if any
//   POST {base}/face-consent {"notice", "code" | card proof}   the person agrees to that notice
//   POST {base}/face-consent/withdraw  the person's consent withdrawn: no capture until they agree again
// where {base} is /api/v1/me/pension-certification (the person served), /api/v1/me/family/{id}/pension-
// certification (a bound parent, on the child's session) or /api/v1/staff/people/{id}/pension-certification
// (someone a clerk or visiting staff member certifies). Only at a kiosk, on the person's own session, is the
// tap alone their agreement; everywhere else the person shows their own e-card code or card.
#include "faceconsents.h"

#include "certificationchallenges.h"
#include "messages.h"
#include "pension/faceconsent.h"
#include "storage/database.h"

namespace ssc::platform {

FaceConsents::Found FaceConsents::current(qint64 personId)
{
    Found found;
    auto q = m_db.run(QStringLiteral("SELECT id, notice_version, given_at, method FROM face_consents WHERE "
                                     "person_id = ? AND withdrawn_at IS NULL ORDER BY id DESC"),
                      {personId});
    if (!q)
        return found;
    found.problem = Problem::Missing;
    if (q->next() && q->value(1).toString() == faceConsentNoticeVersion()) {
        found.problem = Problem::None;
        found.consent = {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                         q->value(3).toString()};
    }
    q->finish();
    return found;
}

std::optional<qint64> FaceConsents::give(qint64 personId, const QString& terminalId, const QString& method,
                                         const QString& askedBy)
{
    if (!m_db.run(
            QStringLiteral("INSERT INTO face_consents (person_id, notice_version, given_at, terminal_id, "
                           "method, asked_by) VALUES (?, ?, ?, ?, ?, ?)"),
            {personId, faceConsentNoticeVersion(), PlatformServices::nowMs(), terminalId, method, askedBy}))
        return std::nullopt;
    const Found found = current(personId);
    return found.problem == Problem::None ? std::optional<qint64>(found.consent.id) : std::nullopt;
}

bool FaceConsents::withdraw(qint64 personId, const QString& withdrawnBy)
{
    return bool(m_db.run(QStringLiteral("UPDATE face_consents SET withdrawn_at = ?, withdrawn_by = ? WHERE "
                                        "person_id = ? AND withdrawn_at IS NULL"),
                         {PlatformServices::nowMs(), withdrawnBy, personId}));
}

ApiResult faceConsentRefusal(FaceConsents::Problem problem)
{
    if (problem == FaceConsents::Problem::Missing)
        return ApiResult::error(403, QStringLiteral("face_consent_required"),
                                messages::faceConsentRequired());
    return storageError();
}

std::optional<ApiResult> refusedWithoutFaceConsent(PlatformServices& services, qint64 personId)
{
    const FaceConsents::Problem problem = FaceConsents(services.db).current(personId).problem;
    if (problem == FaceConsents::Problem::None)
        return std::nullopt;
    return faceConsentRefusal(problem);
}

namespace {

using Method = QHttpServerRequest::Method;
using Session = CitizenSessions::Session;

// Whose consent a call is about, and who asks ("self", "family:<child>", "staff:<username>").
struct Subject {
    qint64 personId = 0;
    QString askedBy;
    bool ownSessionAtKiosk = false; // the person's own session on a kiosk: nobody else is at the screen
};

ApiResult status(PlatformServices& services, const Subject& subject)
{
    const auto found = FaceConsents(services.db).current(subject.personId);
    if (found.problem == FaceConsents::Problem::Storage)
        return storageError();
    QJsonObject body{{QStringLiteral("notice"), faceConsentNoticeVersion()}};
    if (found.problem == FaceConsents::Problem::None)
        body.insert(QStringLiteral("consent"), QJsonObject{{QStringLiteral("notice"), found.consent.notice},
                                                           {QStringLiteral("givenAt"), found.consent.givenAt},
                                                           {QStringLiteral("method"), found.consent.method}});
    else
        body.insert(QStringLiteral("consent"), QJsonValue::Null);
    return ApiResult::ok(body);
}

ApiResult give(PlatformServices& services, RequestContext& context, const Subject& subject)
{
    if (context.bodyString("notice") != faceConsentNoticeVersion())
        return ApiResult::error(409, QStringLiteral("notice_outdated"),
                                messages::faceConsentNoticeOutdated());
    QString method = QStringLiteral("session");
    if (!subject.ownSessionAtKiosk) {
        // The person's own code or card, never the word of whoever holds the session.
        if (context.bodyString("code").isEmpty() && context.bodyString("cardIdentifier").isEmpty())
            return ApiResult::error(403, QStringLiteral("consent_by_the_person"),
                                    messages::faceConsentByThePerson());
        const auto who = personByCodeOrCard(services, context, method);
        if (const auto* refused = std::get_if<ApiResult>(&who))
            return *refused;
        if (std::get<qint64>(who) != subject.personId)
            return ApiResult::error(403, QStringLiteral("consent_by_the_person"),
                                    messages::faceConsentByThePerson());
    }
    const auto id =
        FaceConsents(services.db).give(subject.personId, context.terminal.id, method, subject.askedBy);
    if (!id)
        return storageError();
    ApiResult answer = status(services, subject);
    if (!answer.isError())
        answer.status = 201;
    return answer;
}

ApiResult withdraw(PlatformServices& services, const Subject& subject)
{
    // Withdrawing only stops processing: whoever serves the person may record it when the person asks.
    if (!FaceConsents(services.db).withdraw(subject.personId, subject.askedBy))
        return storageError();
    return status(services, subject);
}

enum class Action { Status, Give, Withdraw };

Reply act(PlatformServices& services, RequestContext& context, const Subject& subject, Action action)
{
    switch (action) {
    case Action::Status:
        return status(services, subject);
    case Action::Give:
        return give(services, context, subject);
    case Action::Withdraw:
        break;
    }
    return withdraw(services, subject);
}

void addRoutes(Router& router, const QString& base, const std::function<Handler(Action)>& handlerFor)
{
    router.add(Method::Get, base + QStringLiteral("/face-consent"), Router::Access::Terminal,
               handlerFor(Action::Status));
    router.add(Method::Post, base + QStringLiteral("/face-consent"), Router::Access::Terminal,
               handlerFor(Action::Give));
    router.add(Method::Post, base + QStringLiteral("/face-consent/withdraw"), Router::Access::Terminal,
               handlerFor(Action::Withdraw));
}

} // namespace

void registerFaceConsentApi(Router& router, PlatformServices& services)
{
    addRoutes(router, QStringLiteral("/api/v1/me/pension-certification"), [&services](Action action) {
        return forCitizen(services, [&services, action](RequestContext& c, const Session& s) {
            return act(services, c, {s.personId, QStringLiteral("self"), c.terminal.mode == u"kiosk"},
                       action);
        });
    });
    addRoutes(
        router, QStringLiteral("/api/v1/me/family/{id}/pension-certification"), [&services](Action action) {
            return forCitizen(services, [&services, action](RequestContext& c, const Session& s) -> Reply {
                const auto parent = boundParent(services, c, s);
                if (const auto* refused = std::get_if<ApiResult>(&parent))
                    return *refused;
                return act(services, c,
                           {std::get<qint64>(parent), QStringLiteral("family:%1").arg(s.personId), false},
                           action);
            });
        });
    addRoutes(
        router, QStringLiteral("/api/v1/staff/people/{id}/pension-certification"),
        [&services](Action action) -> Handler {
            return [&services, action](RequestContext& c) -> Reply {
                const auto staff = requireStaffFor(services, c, StaffDuty::CertifyOthers);
                if (const auto* refused = std::get_if<ApiResult>(&staff))
                    return *refused;
                const auto& member = std::get<StaffAccounts::Staff>(staff);
                const qint64 id = c.pathArguments.value(0).toLongLong();
                if (auto unknown = unknownPerson(services, id))
                    return *unknown;
                if (auto notFound = personNotFoundFirst(services, member, id))
                    return *notFound;
                // What staff read of a person is audited; an agreement or withdrawal is its own record.
                if (action == Action::Status &&
                    !auditPersonRead(services, c, member, QStringLiteral("face_consent_read"), id))
                    return storageError();
                return act(services, c, {id, QStringLiteral("staff:") + member.username, false}, action);
            };
        });
}

} // namespace ssc::platform
