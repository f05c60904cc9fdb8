// 亲情服务 (issue 7; the brief's family service): an adult child logged in with their own card binds a
// parent, with the parent's consent given by the parent's own e-card code or card, then opens the parent's
// pension certification from their own session (docs/api.md, "Family service").
//   POST /api/v1/me/family {"code"} | {"cardIdentifier"}   bind (the same parent again: the same binding)
//   GET  /api/v1/me/family                                   the people bound, names masked
//   GET  /api/v1/me/family/{id}/pension-certification        a bound parent's certification
//   POST /api/v1/me/family/{id}/pension-certification/challenges the parent's challenge for one attempt
//   POST /api/v1/me/family/{id}/pension-certification/attempts   the parent certifying, on the child's
//   session
#include "auth/audit.h"
#include "certificationchallenges.h"
#include "messages.h"
#include "pensionstatus.h"
#include "privacy/masking.h"
#include "services.h"
#include "storage/database.h"

#include <QJsonArray>

namespace ssc::platform {
namespace {

using Session = CitizenSessions::Session;

// The parent's access log shows what their family member did with their data, and who (masked): the child's
// session is not staff, and not the parent's own (docs/api.md, "The citizen's access log").
bool auditFamilyUse(PlatformServices& services, RequestContext& context, const Session& session,
                    const QString& action, qint64 parentId)
{
    auto child = services.db.run(QStringLiteral("SELECT name FROM people WHERE id = ?"), {session.personId});
    if (!child || !child->next())
        return false;
    const QString familyName = mask(child->value(0).toString(), MaskKind::Name);
    child->finish();
    return writeAudit(services.db, context.terminal.id, 0, action, {{QStringLiteral("family"), familyName}},
                      parentId);
}

ApiResult bind(PlatformServices& services, RequestContext& context, const Session& session)
{
    QString method;
    const auto parent = personByCodeOrCard(services, context, method);
    if (const auto* refused = std::get_if<ApiResult>(&parent))
        return *refused;
    const qint64 parentId = std::get<qint64>(parent);
    if (parentId == session.personId)
        return ApiResult::error(400, QStringLiteral("family_self"), messages::familySelf());
    auto existing = services.db.run(
        QStringLiteral("SELECT id FROM family_bindings WHERE child_person_id = ? AND parent_person_id = ?"),
        {session.personId, parentId});
    if (!existing)
        return storageError();
    const bool replayed = existing->next();
    qint64 id = replayed ? existing->value(0).toLongLong() : 0;
    existing->finish();
    if (!replayed) {
        auto inserted =
            services.db.run(QStringLiteral("INSERT INTO family_bindings (child_person_id, parent_person_id, "
                                           "created_at) VALUES (?, ?, ?)"),
                            {session.personId, parentId, PlatformServices::nowMs()});
        if (!inserted)
            return storageError();
        auto again = services.db.run(
            QStringLiteral(
                "SELECT id FROM family_bindings WHERE child_person_id = ? AND parent_person_id = ?"),
            {session.personId, parentId});
        if (!again || !again->next())
            return storageError();
        id = again->value(0).toLongLong();
        again->finish();
        if (!auditFamilyUse(services, context, session, QStringLiteral("family_bound"), parentId))
            return storageError();
    }
    auto name = services.db.run(QStringLiteral("SELECT name FROM people WHERE id = ?"), {parentId});
    if (!name || !name->next())
        return storageError();
    return ApiResult::ok({{QStringLiteral("id"), id},
                          {QStringLiteral("name"), mask(name->value(0).toString(), MaskKind::Name)},
                          {QStringLiteral("consent"), method}},
                         replayed ? 200 : 201);
}

ApiResult list(PlatformServices& services, const Session& session)
{
    auto q =
        services.db.run(QStringLiteral("SELECT f.id, p.name FROM family_bindings f JOIN people p ON p.id = "
                                       "f.parent_person_id WHERE f.child_person_id = ? ORDER BY f.id"),
                        {session.personId});
    if (!q)
        return storageError();
    QJsonArray family;
    while (q->next())
        family.append(QJsonObject{{QStringLiteral("id"), q->value(0).toLongLong()},
                                  {QStringLiteral("name"), mask(q->value(1).toString(), MaskKind::Name)}});
    return ApiResult::ok({{QStringLiteral("family"), family}});
}

ApiResult parentCertification(PlatformServices& services, RequestContext& context, const Session& session)
{
    const auto parent = boundParent(services, context, session);
    if (const auto* refused = std::get_if<ApiResult>(&parent))
        return *refused;
    if (!auditFamilyUse(services, context, session, QStringLiteral("family_read"), std::get<qint64>(parent)))
        return storageError();
    return pensionCertificationOf(services, std::get<qint64>(parent), PensionReader::SomeoneElse);
}

// The parent certifies with their own face, on the child's session.
Reply parentAttempt(PlatformServices& services, RequestContext& context, const Session& session)
{
    const auto parent = boundParent(services, context, session);
    if (const auto* refused = std::get_if<ApiResult>(&parent))
        return *refused;
    if (!auditFamilyUse(services, context, session, QStringLiteral("family_attempt"),
                        std::get<qint64>(parent)))
        return storageError();
    return certificationAttempt(services, context, std::get<qint64>(parent), QStringLiteral("family"));
}

// The challenge the parent will answer, bound to them (not the child) and to this terminal.
ApiResult parentChallenge(PlatformServices& services, RequestContext& context, const Session& session)
{
    const auto parent = boundParent(services, context, session);
    if (const auto* refused = std::get_if<ApiResult>(&parent))
        return *refused;
    return issueAttemptChallenge(services, context, std::get<qint64>(parent), {});
}

} // namespace

std::variant<qint64, ApiResult> boundParent(PlatformServices& services, RequestContext& context,
                                            const Session& session)
{
    auto q = services.db.run(
        QStringLiteral("SELECT parent_person_id FROM family_bindings WHERE id = ? AND child_person_id = ?"),
        {context.pathArguments.value(0).toLongLong(), session.personId});
    if (!q)
        return storageError();
    if (!q->next()) // someone else's binding answers like none
        return ApiResult::error(404, QStringLiteral("not_in_family"), messages::notInFamily());
    return q->value(0).toLongLong();
}

void registerFamilyApi(Router& router, PlatformServices& services)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Post, QStringLiteral("/api/v1/me/family"), Router::Access::Terminal,
               forCitizen(services,
                          [&services](RequestContext& c, const Session& s) { return bind(services, c, s); }));
    router.add(
        Method::Get, QStringLiteral("/api/v1/me/family"), Router::Access::Terminal,
        forCitizen(services, [&services](RequestContext&, const Session& s) { return list(services, s); }));
    router.add(Method::Get, QStringLiteral("/api/v1/me/family/{id}/pension-certification"),
               Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return parentCertification(services, c, s);
               }));
    router.add(Method::Post, QStringLiteral("/api/v1/me/family/{id}/pension-certification/challenges"),
               Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return parentChallenge(services, c, s);
               }));
    router.add(Method::Post, QStringLiteral("/api/v1/me/family/{id}/pension-certification/attempts"),
               Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c,
                                                const Session& s) { return parentAttempt(services, c, s); }),
               largestAttemptBody);
}

} // namespace ssc::platform
