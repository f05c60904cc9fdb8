// GET /api/v1/me/qualifications: the logged-in person's professional-technical and skills certificates
// (brief "职业资格证书查询": no extra input, a citizen session is the whole question).
#include "services.h"
#include "storage/database.h"

#include <QJsonArray>

namespace ssc::platform {
namespace {

ApiResult qualifications(PlatformServices& services, const CitizenSessions::Session& session)
{
    auto rows = services.db.run(
        QStringLiteral(
            "SELECT category, name, level, certificate_number, issuer, issued_on, issuer_en, name_en, "
            "level_en FROM "
            "qualification_certificates WHERE person_id = ? ORDER BY category, issued_on DESC"),
        {session.personId});
    if (!rows)
        return storageError();
    QJsonArray list;
    while (rows->next())
        list.append(QJsonObject{
            {QStringLiteral("category"), rows->value(0).toString()},
            {QStringLiteral("name"), bilingualPair(rows->value(1).toString(), rows->value(7).toString())},
            {QStringLiteral("level"), bilingualPair(rows->value(2).toString(), rows->value(8).toString())},
            {QStringLiteral("number"), rows->value(3).toString()},
            {QStringLiteral("issuer"), bilingualPair(rows->value(4).toString(), rows->value(6).toString())},
            {QStringLiteral("issuedOn"), rows->value(5).toString()}});
    return ApiResult::ok({{QStringLiteral("certificates"), list}});
}

} // namespace

void registerQualificationsApi(Router& router, PlatformServices& services)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/me/qualifications"),
               Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext&, const CitizenSessions::Session& s) {
                   return qualifications(services, s);
               }));
}

} // namespace ssc::platform
