// Rights records (社会保险个人权益记录单, rules.md §10):
//   GET /api/v1/records/provinces                which provinces and insurances are open for national query
//   GET /api/v1/me/records?province=&year=       the logged-in person's record, with a new verification code
//   GET /api/v1/records/verify/{code}            public: whether a printed record is genuine, who issued it,
//                                                where and when, its summary masked; JSON, or an HTML page
//                                                for a browser (Accept: text/html)
#include "messages.h"
#include "records/recordverification.h"
#include "records/rightsrecordstore.h"
#include "records/verificationpage.h"
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
            {QStringLiteral("names"), bilingualPair(p.name, p.nameEn)},
            {QStringLiteral("firstYear"), p.firstYear},
            {QStringLiteral("lastYear"), p.lastYear},
            {QStringLiteral("currentYear"), QDate::currentDate().year()},
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
    const QDate today = QDate::currentDate();
    const int lastYear = RightsRecordStore::lastYearOffered(*province, today);
    if (!isNumber || year < province->firstYear || year > lastYear) {
        TranslatableText range = messages::badRecordYear();
        range.args << QString::number(province->firstYear) << QString::number(lastYear);
        return ApiResult::error(
            400, QStringLiteral("year_not_offered"), range, messages::earlierYearsLocally(),
            {{QStringLiteral("firstYear"), province->firstYear}, {QStringLiteral("lastYear"), lastYear}});
    }
    if (province->openInsurances.isEmpty())
        return ApiResult::error(409, QStringLiteral("region_not_open"), messages::regionNotOpen(),
                                messages::askLocalOffice());
    if (province->timesOut)
        return ApiResult::error(504, QStringLiteral("data_timeout"), messages::dataTimeout(),
                                messages::tryAgainLater());
    // A closed year runs to its end; the current one so far.
    const QDate cutoff = year < today.year() ? QDate(year, 12, 31) : today;
    const RightsRecordStore::Record found = store.record(personId, *province, year, cutoff);
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
    // The QR code leads to this platform's own verification page, under the name the terminal reached it by.
    json.insert(QStringLiteral("verifyUrl"),
                QStringLiteral("https://%1/api/v1/records/verify/%2").arg(context.header("Host"), code));
    json.insert(QStringLiteral("issuedAt"),
                QDateTime::fromMSecsSinceEpoch(now).toUTC().toString(Qt::ISODate));
    json.insert(QStringLiteral("issuedBy"),
                QJsonObject{{QStringLiteral("office"), issuingOfficeJson(*province)},
                            {QStringLiteral("place"),
                             bilingualPair(context.terminal.name, context.terminal.nameEn)}});
    return ApiResult::ok(json);
}

ApiResult verify(PlatformServices& services, RequestContext& context)
{
    const QString code = context.pathArguments.value(0);
    const RecordVerification verification = verifyRecord(services.db, code);
    if (verification.outcome == RecordVerification::Outcome::Failed)
        return storageError();
    // A verifier's browser asks for a page; the terminal and other programs get JSON.
    if (context.header("Accept").contains(u"text/html")) {
        const QString language = pageLanguage(QUrlQuery(context.url).queryItemValue(QStringLiteral("lang")),
                                              context.header("Accept-Language"));
        return verification.outcome == RecordVerification::Outcome::Genuine
                   ? ApiResult::page(200, verificationPage(verification.json, language))
                   : ApiResult::page(404, unknownCodePage(code, language));
    }
    if (verification.outcome == RecordVerification::Outcome::Unknown)
        return ApiResult::error(404, QStringLiteral("unknown_verification_code"),
                                messages::unknownVerificationCode(), messages::checkVerificationCode(),
                                {{QStringLiteral("genuine"), false}});
    return ApiResult::ok(verification.json);
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
