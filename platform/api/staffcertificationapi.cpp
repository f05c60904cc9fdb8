// Certifying someone else: 代他人认证 at a counter and 上门服务 on a home visit (docs/api.md, "Pension
// certification"). Staff only; the person is found by name and social security number together, and both must
// match (a wrong name and an unknown number answer alike, so the lookup tells nothing about who exists).
//   POST /api/v1/staff/people/lookup {"name", "ssn"}                  the person's id, name masked
//   GET  /api/v1/staff/people/{id}/pension-certification              their certification
//   POST /api/v1/staff/people/{id}/pension-certification/challenges   a challenge for their attempt now
//   POST /api/v1/staff/people/{id}/pension-certification/attempts     their attempt (Idempotency-Key)
// (a home visit's challenges, made ahead for a list of people: certificationchallenges.cpp)
#include "certificationchallenges.h"
#include "identity/socialsecuritynumber.h"
#include "messages.h"
#include "pensionstatus.h"
#include "privacy/masking.h"
#include "services.h"
#include "storage/database.h"

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;

ApiResult lookup(PlatformServices& services, RequestContext& context, const StaffAccounts::Staff&)
{
    const QString name = context.bodyString("name").trimmed();
    const IdCheck ssn = checkSocialSecurityNumber(context.bodyString("ssn"));
    if (name.isEmpty())
        return missingField("name");
    if (!ssn.valid)
        return ApiResult::error(400, QStringLiteral("invalid_ssn"), messages::invalidSocialSecurityNumber());
    auto q = services.db.run(QStringLiteral("SELECT id, name FROM people WHERE ssn = ?"), {ssn.normalized});
    if (!q)
        return storageError();
    if (!q->next() || q->value(1).toString() != name)
        return ApiResult::error(404, QStringLiteral("person_not_found"),
                                messages::personNotFoundByNameAndNumber());
    return ApiResult::ok({{QStringLiteral("id"), q->value(0).toLongLong()},
                          {QStringLiteral("name"), mask(q->value(1).toString(), MaskKind::Name)}});
}

// A handler for staff only, with the staff member who calls.
Handler forStaff(PlatformServices& services,
                 std::function<ApiResult(RequestContext&, const StaffAccounts::Staff&)> handler)
{
    return [&services, handler = std::move(handler)](RequestContext& context) {
        const auto staff = requireStaff(services, context);
        if (const auto* refused = std::get_if<ApiResult>(&staff))
            return *refused;
        return handler(context, std::get<StaffAccounts::Staff>(staff));
    };
}

// A handler for staff only about the person in the path ({id}), who must exist.
Handler
forStaffAndPerson(PlatformServices& services,
                  std::function<ApiResult(RequestContext&, const StaffAccounts::Staff&, qint64)> handler)
{
    return forStaff(services, [&services, handler = std::move(handler)](RequestContext& context,
                                                                        const StaffAccounts::Staff& staff) {
        const qint64 id = context.pathArguments.value(0).toLongLong();
        if (auto unknown = unknownPerson(services, id))
            return *unknown;
        return handler(context, staff, id);
    });
}

} // namespace

void registerStaffCertificationApi(Router& router, PlatformServices& services)
{
    router.add(Method::Post, QStringLiteral("/api/v1/staff/people/lookup"), Router::Access::Terminal,
               forStaff(services, [&services](RequestContext& c, const StaffAccounts::Staff& s) {
                   return lookup(services, c, s);
               }));
    router.add(
        Method::Get, QStringLiteral("/api/v1/staff/people/{id}/pension-certification"),
        Router::Access::Terminal,
        forStaffAndPerson(services, [&services](RequestContext&, const StaffAccounts::Staff&, qint64 id) {
            return pensionCertificationOf(services, id);
        }));
    router.add(
        Method::Post, QStringLiteral("/api/v1/staff/people/{id}/pension-certification/challenges"),
        Router::Access::Terminal,
        forStaffAndPerson(services, [&services](RequestContext& c, const StaffAccounts::Staff& s, qint64 id) {
            return issueAttemptChallenge(services, c, id, s.username);
        }));
    router.add(
        Method::Post, QStringLiteral("/api/v1/staff/people/{id}/pension-certification/attempts"),
        Router::Access::Terminal,
        forStaffAndPerson(services, [&services](RequestContext& c, const StaffAccounts::Staff& s, qint64 id) {
            return certificationAttempt(services, c, id, s.username);
        }));
}

} // namespace ssc::platform
