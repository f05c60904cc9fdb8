// Rights records (社会保险个人权益记录单, rules.md §10):
//   GET /api/v1/records/provinces        which provinces and insurances are open for national query, and
//   years GET /api/v1/me/records?province=&year=   the logged-in person's record, with a new verification
//   code GET /api/v1/records/verify/{code}     public: what a printed record's verification code was issued
//   for
#include "messages.h"
#include "records/rightsrecordstore.h"
#include "services.h"

#include <QUrlQuery>

namespace ssc::platform {
namespace {

ApiResult provinces(PlatformServices& services)
{
    RightsRecordStore store(services.db);
    const auto all = store.provinces();
    if (!all)
        return storageError();
    QJsonArray list;
    for (const RightsRecordStore::Province& p : *all)
        list.append(QJsonObject{
            {QStringLiteral("code"), p.code},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("firstYear"), p.firstYear},
            {QStringLiteral("lastYear"), p.lastYear},
            {QStringLiteral("openInsurances"), QJsonArray::fromStringList(p.openInsurances)},
            {QStringLiteral("closedInsurances"), QJsonArray::fromStringList(p.closedInsurances)}});
    return ApiResult::ok({{QStringLiteral("provinces"), list}});
}

ApiResult record(PlatformServices& services, RequestContext& context, const CitizenSessions::Session& session)
{
    const qint64 personId = session.personId;
    const QUrlQuery query(context.url);
    RightsRecordStore store(services.db);
    bool failed = false;
    const auto province = store.province(query.queryItemValue(QStringLiteral("province")), &failed);
    if (failed)
        return storageError();
    if (!province)
        return ApiResult::error(400, QStringLiteral("unknown_province"), messages::unknownProvince());
    bool isNumber = false;
    const int year = query.queryItemValue(QStringLiteral("year")).toInt(&isNumber);
    if (!isNumber || year < province->firstYear || year > province->lastYear) {
        TranslatableText range = messages::badRecordYear();
        range.args << QString::number(province->firstYear) << QString::number(province->lastYear);
        return ApiResult::error(400, QStringLiteral("year_not_offered"), range,
                                messages::earlierYearsLocally(),
                                {{QStringLiteral("firstYear"), province->firstYear},
                                 {QStringLiteral("lastYear"), province->lastYear}});
    }
    if (province->openInsurances.isEmpty())
        return ApiResult::error(409, QStringLiteral("region_not_open"), messages::regionNotOpen(),
                                messages::askLocalOffice());
    if (province->timesOut)
        return ApiResult::error(504, QStringLiteral("data_timeout"), messages::dataTimeout(),
                                messages::tryAgainLater());
    const RightsRecordStore::Record found = store.record(personId, *province, year);
    if (found.outcome == RightsRecordStore::Outcome::Failed)
        return storageError();
    if (found.outcome == RightsRecordStore::Outcome::NoRecord) {
        TranslatableText none = messages::noRecordInProvince();
        none.args << QString::number(year);
        return ApiResult::error(404, QStringLiteral("no_record"), none, messages::checkProvince());
    }
    const qint64 now = PlatformServices::nowMs();
    const QString code = store.issue(personId, province->code, year, context.terminal.id, now);
    if (code.isEmpty())
        return storageError();
    QJsonObject json = found.json;
    json.insert(QStringLiteral("verificationCode"), code);
    json.insert(QStringLiteral("verifyUrl"), QStringLiteral("https://si.12333.gov.cn/verify?code=") + code);
    json.insert(QStringLiteral("issuedAt"),
                QDateTime::fromMSecsSinceEpoch(now).toUTC().toString(Qt::ISODate));
    return ApiResult::ok(json);
}

ApiResult verify(PlatformServices& services, RequestContext& context)
{
    RightsRecordStore store(services.db);
    bool failed = false;
    const auto issued = store.verify(context.pathArguments.value(0), &failed);
    if (failed)
        return storageError();
    if (!issued)
        return ApiResult::error(404, QStringLiteral("unknown_verification_code"),
                                messages::unknownVerificationCode());
    return ApiResult::ok(*issued);
}

} // namespace

void registerRecordsApi(Router& router, PlatformServices& services)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Get, QStringLiteral("/api/v1/records/provinces"), Router::Access::Terminal,
               [&services](RequestContext&) { return provinces(services); });
    router.add(Method::Get, QStringLiteral("/api/v1/me/records"), Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c, const CitizenSessions::Session& s) {
                   return record(services, c, s);
               }));
    router.add(Method::Get, QStringLiteral("/api/v1/records/verify/{code}"), Router::Access::Public,
               [&services](RequestContext& c) { return verify(services, c); });
}

} // namespace ssc::platform
