// Certifying someone else: 代他人认证 at a counter and 上门服务 on a home visit (docs/api.md, "Pension
// certification"). Staff only; the person is found by name and social security number together, and both must
// match (a wrong name and an unknown number answer alike, so the lookup tells nothing about who exists).
//   POST /api/v1/staff/people/lookup {"name", "ssn"}                  the person's id, name masked
//   GET  /api/v1/staff/people/{id}/pension-certification              their certification
//   POST /api/v1/staff/people/{id}/pension-certification/challenges   a challenge for their attempt now
//   POST /api/v1/staff/people/{id}/pension-certification/attempts     their attempt (Idempotency-Key)
// (a home visit's challenges, made ahead for a list of people: certificationchallenges.cpp)
#include "certificationchallenges.h"
#include "messages.h"
#include "pensionstatus.h"
#include "privacy/masking.h"
#include "services.h"
#include "storage/database.h"

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;

ApiResult lookup(PlatformServices& services, RequestContext& context, const StaffAccounts::Staff& staff)
{
    const auto found = personByNameAndNumber(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&found))
        return *refused;
    const qint64 id = std::get<NamedPerson>(found).id;
    const QString masked = mask(std::get<NamedPerson>(found).name, MaskKind::Name);
    if (!rememberPersonFound(services, staff, id,
                             PlatformServices::nowMs() + StaffAccounts::sessionMilliseconds) ||
        !auditPersonRead(services, context, staff, QStringLiteral("person_found"), id))
        return storageError();
    return ApiResult::ok({{QStringLiteral("id"), id}, {QStringLiteral("name"), masked}});
}

// A handler for staff whose roles include `duty` here, with the staff member who calls.
Handler forStaff(PlatformServices& services, StaffDuty duty,
                 std::function<Reply(RequestContext&, const StaffAccounts::Staff&)> handler)
{
    return [&services, duty, handler = std::move(handler)](RequestContext& context) -> Reply {
        const auto staff = requireStaffFor(services, context, duty);
        if (const auto* refused = std::get_if<ApiResult>(&staff))
            return *refused;
        return handler(context, std::get<StaffAccounts::Staff>(staff));
    };
}

// A person this staff member found by name and number today: otherwise the answer why not.
std::optional<ApiResult> notReachable(PlatformServices& services, const StaffAccounts::Staff& staff,
                                      qint64 personId)
{
    if (auto unknown = unknownPerson(services, personId))
        return unknown;
    return personNotFoundFirst(services, staff, personId);
}

} // namespace

void registerStaffCertificationApi(Router& router, PlatformServices& services)
{
    router.add(Method::Post, QStringLiteral("/api/v1/staff/people/lookup"), Router::Access::Terminal,
               forStaff(services, StaffDuty::FindPerson,
                        [&services](RequestContext& c, const StaffAccounts::Staff& s) {
                            return lookup(services, c, s);
                        }));
    router.add(
        Method::Get, QStringLiteral("/api/v1/staff/people/{id}/pension-certification"),
        Router::Access::Terminal,
        forStaff(
            services, StaffDuty::FindPerson, [&services](RequestContext& c, const StaffAccounts::Staff& s) {
                const qint64 id = c.pathArguments.value(0).toLongLong();
                if (auto refused = notReachable(services, s, id))
                    return *refused;
                if (!auditPersonRead(services, c, s, QStringLiteral("person_read"), id,
                                     {{QStringLiteral("what"), QStringLiteral("pension-certification")}}))
                    return storageError();
                return pensionCertificationOf(services, id, PensionReader::SomeoneElse);
            }));
    router.add(Method::Post, QStringLiteral("/api/v1/staff/people/{id}/pension-certification/challenges"),
               Router::Access::Terminal,
               forStaff(services, StaffDuty::CertifyOthers,
                        [&services](RequestContext& c, const StaffAccounts::Staff& s) {
                            const qint64 id = c.pathArguments.value(0).toLongLong();
                            if (auto refused = notReachable(services, s, id))
                                return *refused;
                            return issueAttemptChallenge(services, c, id, s.username);
                        }));
    router.add(
        Method::Post, QStringLiteral("/api/v1/staff/people/{id}/pension-certification/attempts"),
        Router::Access::Terminal,
        forStaff(services, StaffDuty::CertifyOthers,
                 [&services](RequestContext& c, const StaffAccounts::Staff& s) -> Reply {
                     const qint64 id = c.pathArguments.value(0).toLongLong();
                     if (auto refused = notReachable(services, s, id))
                         return *refused;
                     if (!auditPersonRead(services, c, s, QStringLiteral("certify_other"), id))
                         return storageError();
                     // A home visit whose person is now certified is done: it leaves the visit list.
                     return andThen(
                         certificationAttempt(services, c, id, s.username), [&services, id](ApiResult filed) {
                             if (filed.body.value(QStringLiteral("outcome")).toString() == u"certified")
                                 services.db.run(QStringLiteral("UPDATE home_visits SET done_at = ? "
                                                                "WHERE person_id = ? AND done_at IS NULL"),
                                                 {PlatformServices::nowMs(), id});
                             return filed;
                         });
                 }),
        largestAttemptBody);
}

} // namespace ssc::platform
