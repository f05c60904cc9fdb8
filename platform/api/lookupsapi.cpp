// Personal look-ups of the brief (docs/api.md, "Look-ups"), each for the logged-in citizen only:
//   GET /api/v1/me/employment-certificate?number=   就业创业证 by its number; at a counter also without one
//   GET /api/v1/exams                               the examinations whose scores can be looked up
//   GET /api/v1/me/exam-scores?exam=&year=          专业技术人员考试成绩, 2014 onward
//   GET /api/v1/me/diplomas                         技工院校毕业证书 graduated 2015-06-30 or later
#include "messages.h"
#include "services.h"
#include "storage/database.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace ssc::platform {
namespace {

using Session = CitizenSessions::Session;

// The rows of `sql` as JSON objects with the given keys, in column order; nullopt when the database failed.
std::optional<QJsonArray> objects(Database& db, const QString& sql, const QVariantList& bindings,
                                  std::initializer_list<const char*> keys)
{
    auto rows = db.run(sql, bindings);
    if (!rows)
        return std::nullopt;
    QJsonArray list;
    while (rows->next()) {
        QJsonObject o;
        int column = 0;
        for (const char* key : keys) {
            const QVariant value = rows->value(column++);
            o.insert(QLatin1String(key), value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
        }
        list.append(o);
    }
    return list;
}

// Each object's `key` (Chinese) and `englishKey` become one bilingual `key`: {"zh_CN", "en"}, the terminal
// showing the one of its screen's language (data without an English form shows in Chinese in both).
QJsonArray bilingualField(QJsonArray list, std::initializer_list<std::pair<const char*, const char*>> fields)
{
    for (QJsonValueRef v : list) {
        QJsonObject o = v.toObject();
        for (const auto& [key, englishKey] : fields) {
            o.insert(QLatin1String(key), bilingualPair(o.value(QLatin1String(key)).toString(),
                                                       o.value(QLatin1String(englishKey)).toString()));
            o.remove(QLatin1String(englishKey));
        }
        v = o;
    }
    return list;
}

ApiResult employmentCertificate(PlatformServices& services, RequestContext& context, const Session& session)
{
    const QString number = QUrlQuery(context.url).queryItemValue(QStringLiteral("number")).trimmed();
    const bool byPerson = number.isEmpty() && context.terminal.mode == u"counter";
    if (!byPerson && !QRegularExpression(QStringLiteral("^\\d{16}$")).match(number).hasMatch())
        return ApiResult::error(400, QStringLiteral("bad_certificate_number"),
                                messages::badCertificateNumber());
    // Someone else's number answers exactly like an unknown one: the look-up must not confirm who holds it.
    auto certificate =
        byPerson
            ? services.db.run(QStringLiteral("SELECT id, certificate_number, issuer, issued_on, "
                                             "status, issuer_en FROM employment_certificates WHERE person_id "
                                             "= ? ORDER BY issued_on DESC"),
                              {session.personId})
            : services.db.run(QStringLiteral("SELECT id, certificate_number, issuer, issued_on, "
                                             "status, issuer_en FROM employment_certificates WHERE person_id "
                                             "= ? AND certificate_number = ?"),
                              {session.personId, number});
    if (!certificate)
        return storageError();
    if (!certificate->next())
        return byPerson
                   ? ApiResult::error(404, QStringLiteral("no_certificate"),
                                      messages::noCertificateOnRecord())
                   : ApiResult::error(404, QStringLiteral("no_certificate"), messages::noCertificateForYou(),
                                      messages::checkCertificateNumber());
    const qint64 id = certificate->value(0).toLongLong();
    QJsonObject body{{QStringLiteral("number"), certificate->value(1).toString()},
                     {QStringLiteral("issuer"),
                      bilingualPair(certificate->value(2).toString(), certificate->value(5).toString())},
                     {QStringLiteral("issuedOn"), certificate->value(3).toString()},
                     {QStringLiteral("status"), certificate->value(4).toString()}};
    certificate->finish();
    const auto history =
        objects(services.db,
                QStringLiteral("SELECT kind, started_on, ended_on, detail FROM employment_events "
                               "WHERE certificate_id = ? ORDER BY started_on"),
                {id}, {"kind", "startedOn", "endedOn", "detail"});
    const auto policies =
        objects(services.db,
                QStringLiteral("SELECT policy, started_on, ended_on, detail, policy_en, detail_en FROM "
                               "employment_policies WHERE certificate_id = ? ORDER BY started_on"),
                {id}, {"policy", "startedOn", "endedOn", "detail", "policyEn", "detailEn"});
    if (!history || !policies)
        return storageError();
    body.insert(QStringLiteral("history"), *history);
    body.insert(QStringLiteral("policies"),
                bilingualField(*policies, {{"policy", "policyEn"}, {"detail", "detailEn"}}));
    return ApiResult::ok(body);
}

ApiResult exams(PlatformServices& services)
{
    const auto list = objects(
        services.db, QStringLiteral("SELECT code, name, first_year, name_en FROM exams ORDER BY name"), {},
        {"code", "name", "firstYear", "nameEn"});
    if (!list)
        return storageError();
    return ApiResult::ok({{QStringLiteral("exams"), bilingualField(*list, {{"name", "nameEn"}})},
                          {QStringLiteral("lastYear"), QDate::currentDate().year()}});
}

ApiResult examScores(PlatformServices& services, RequestContext& context, const Session& session)
{
    const QUrlQuery query(context.url);
    auto exam = services.db.run(QStringLiteral("SELECT first_year FROM exams WHERE code = ?"),
                                {query.queryItemValue(QStringLiteral("exam"))});
    if (!exam)
        return storageError();
    if (!exam->next())
        return ApiResult::error(400, QStringLiteral("unknown_exam"), messages::unknownExam());
    const int firstYear = exam->value(0).toInt();
    exam->finish();
    const int lastYear = QDate::currentDate().year();
    bool isNumber = false;
    const int year = query.queryItemValue(QStringLiteral("year")).toInt(&isNumber);
    if (!isNumber || year < firstYear || year > lastYear) {
        TranslatableText range = messages::examYearOutOfRange();
        range.args << QString::number(firstYear) << QString::number(lastYear);
        return ApiResult::error(400, QStringLiteral("year_out_of_range"), range);
    }
    const auto scores =
        objects(services.db,
                QStringLiteral("SELECT subject, score, pass_mark, passed, subject_en FROM exam_scores WHERE "
                               "person_id = ? AND exam_code = ? AND year = ? ORDER BY id"),
                {session.personId, query.queryItemValue(QStringLiteral("exam")), year},
                {"subject", "score", "passMark", "passed", "subjectEn"});
    if (!scores)
        return storageError();
    QJsonArray normalized;
    for (const QJsonValue& v : bilingualField(*scores, {{"subject", "subjectEn"}})) {
        QJsonObject o = v.toObject();
        o[QStringLiteral("passed")] = o.value(QStringLiteral("passed")).toInt() != 0;
        normalized.append(o);
    }
    return ApiResult::ok({{QStringLiteral("year"), year}, {QStringLiteral("scores"), normalized}});
}

ApiResult diplomas(PlatformServices& services, const Session& session)
{
    // The national system holds diplomas of graduates from 2015-06-30 on (the brief).
    const auto list =
        objects(services.db,
                QStringLiteral("SELECT school, school_kind, major, level, certificate_number, "
                               "graduated_on, school_en, major_en, level_en FROM technical_diplomas WHERE "
                               "person_id = ? AND graduated_on >= '2015-06-30' ORDER BY graduated_on DESC"),
                {session.personId},
                {"school", "schoolKind", "major", "level", "number", "graduatedOn", "schoolEn", "majorEn",
                 "levelEn"});
    if (!list)
        return storageError();
    return ApiResult::ok(
        {{QStringLiteral("diplomas"),
          bilingualField(*list, {{"school", "schoolEn"}, {"major", "majorEn"}, {"level", "levelEn"}})},
         {QStringLiteral("from"), QStringLiteral("2015-06-30")}});
}

} // namespace

void registerLookupsApi(Router& router, PlatformServices& services)
{
    using Method = QHttpServerRequest::Method;
    router.add(Method::Get, QStringLiteral("/api/v1/me/employment-certificate"), Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return employmentCertificate(services, c, s);
               }));
    router.add(Method::Get, QStringLiteral("/api/v1/exams"), Router::Access::Terminal,
               [&services](RequestContext&) { return exams(services); });
    router.add(Method::Get, QStringLiteral("/api/v1/me/exam-scores"), Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return examScores(services, c, s);
               }));
    router.add(Method::Get, QStringLiteral("/api/v1/me/diplomas"), Router::Access::Terminal,
               forCitizen(services,
                          [&services](RequestContext&, const Session& s) { return diplomas(services, s); }));
}

} // namespace ssc::platform
