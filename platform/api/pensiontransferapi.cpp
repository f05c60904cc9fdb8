// 社保关系转移 (docs/api.md, "Pension relation transfer"): GET /api/v1/me/pension/transfer-check says, before
// the form, whether the person may ask for a transfer where they pay now, from where, and where their pension
// will be drawn; the same check refuses a filing (POST /me/applications, kind pension-transfer) whose places
// are not the person's own (applicationrules.cpp).
#include "pensiontransfercheck.h"

#include "domain/provinces.h"
#include "messages.h"
#include "pensionstatus.h"
#include "storage/database.h"

#include <QJsonArray>

namespace ssc::platform {

std::optional<QList<InsuredPlace>> insuredPlacesOf(PlatformServices& services, qint64 personId)
{
    auto paid = services.db.run(
        QStringLiteral(
            "SELECT c.province_code, MIN(c.year * 12 + c.month - 1), MAX(c.year * 12 + c.month - 1), "
            "COUNT(*), (SELECT MAX(a.months) FROM account_years a WHERE a.person_id = c.person_id AND "
            "a.province_code = c.province_code AND a.account = 'pension') FROM contribution_months c "
            "WHERE c.person_id = ? AND c.insurance = 'pension' AND c.mark = 'paid' GROUP BY "
            "c.province_code, c.person_id"),
        {personId});
    if (!paid)
        return std::nullopt;
    QList<InsuredPlace> places;
    while (paid->next()) {
        InsuredPlace p;
        p.province = provinceOfRegion(paid->value(0).toString());
        p.firstPaid = YearMonth::fromIndex(paid->value(1).toInt());
        p.lastPaid = YearMonth::fromIndex(paid->value(2).toInt());
        p.monthsPaid = std::max(paid->value(3).toInt(), paid->value(4).toInt());
        places.append(p);
    }
    paid->finish();
    // A place's relation has moved on when a later place shows months transferred in.
    auto received =
        services.db.run(QStringLiteral("SELECT DISTINCT province_code FROM contribution_months WHERE "
                                       "person_id = ? AND insurance = 'pension' AND mark = "
                                       "'transferred'"),
                        {personId});
    if (!received)
        return std::nullopt;
    QStringList receiving;
    while (received->next())
        receiving.append(provinceOfRegion(received->value(0).toString()));
    for (InsuredPlace& p : places)
        for (const InsuredPlace& q : places)
            if (receiving.contains(q.province) && q.province != p.province && q.lastPaid > p.lastPaid)
                p.transferredOut = true;
    return places;
}

std::variant<TransferSituation, ApiResult> transferSituationOf(PlatformServices& services, qint64 personId)
{
    auto person =
        services.db.run(QStringLiteral("SELECT ssn, birth_date, sex FROM people WHERE id = ?"), {personId});
    if (!person || !person->next())
        return storageError();
    TransferSituation s;
    s.person.householdProvince = provinceOfRegion(person->value(0).toString().left(6));
    s.person.birthDate = QDate::fromString(person->value(1).toString(), Qt::ISODate);
    s.person.female = person->value(2).toString() == u"female";
    person->finish();
    const auto pension = drawsPension(services, personId);
    if (!pension)
        return storageError();
    s.person.drawingPension = *pension;
    const auto places = insuredPlacesOf(services, personId);
    if (!places)
        return storageError();
    s.person.places = *places;
    s.check = checkTransfer(s.person);
    if (s.check.possible) {
        auto employer =
            services.db.run(QStringLiteral("SELECT employer FROM insurance_enrolments WHERE person_id = "
                                           "? AND province_code LIKE ?"),
                            {personId, s.check.to.province + u'%'});
        if (!employer)
            return storageError();
        if (employer->next())
            s.employer = employer->value(0).toString();
    }
    return s;
}

namespace {

QJsonObject placeJson(const InsuredPlace& p)
{
    return {{QStringLiteral("province"), p.province},
            {QStringLiteral("firstPaid"), p.firstPaid.toString()},
            {QStringLiteral("lastPaid"), p.lastPaid.toString()},
            {QStringLiteral("monthsPaid"), p.monthsPaid}};
}

ApiResult transferCheck(PlatformServices& services, qint64 personId)
{
    const auto situation = transferSituationOf(services, personId);
    if (const auto* failure = std::get_if<ApiResult>(&situation))
        return *failure;
    const TransferSituation& s = std::get<TransferSituation>(situation);
    QJsonObject body{{QStringLiteral("possible"), s.check.possible},
                     {QStringLiteral("householdProvince"), s.person.householdProvince}};
    if (!s.check.possible) {
        body.insert(QStringLiteral("code"), s.check.code);
        body.insert(QStringLiteral("reason"), bilingual(s.check.reason));
    }
    if (currentPlace(s.person)) {
        QJsonObject to = placeJson(s.check.to);
        if (!s.employer.isEmpty())
            to.insert(QStringLiteral("employer"), s.employer);
        body.insert(QStringLiteral("to"), to);
    }
    QJsonArray from;
    for (const InsuredPlace& p : s.check.from)
        from.append(placeJson(p));
    body.insert(QStringLiteral("from"), from);
    if (!s.person.drawingPension) {
        const BenefitPlace where = benefitPlace(s.person);
        body.insert(QStringLiteral("benefitPlace"),
                    QJsonObject{{QStringLiteral("province"), where.province},
                                {QStringLiteral("why"), bilingual(where.why)}});
    }
    return ApiResult::ok(body);
}

} // namespace

std::optional<ApiResult> transferRefusal(PlatformServices& services, qint64 personId,
                                         const QJsonObject& values)
{
    const auto situation = transferSituationOf(services, personId);
    if (const auto* failure = std::get_if<ApiResult>(&situation))
        return *failure;
    const TransferCheck& check = std::get<TransferSituation>(situation).check;
    if (!check.possible)
        return ApiResult::error(409, check.code, check.reason);
    if (values.value(QStringLiteral("transferIn")).toString() != check.to.province)
        return ApiResult::error(409, QStringLiteral("not_insured_there"), messages::transferInNotCurrent(),
                                {}, {{QStringLiteral("field"), QStringLiteral("transferIn")}});
    const QString out = values.value(QStringLiteral("transferOut")).toString();
    for (const InsuredPlace& p : check.from)
        if (p.province == out)
            return std::nullopt;
    return ApiResult::error(409, QStringLiteral("no_relation_there"), messages::transferOutUnknown(), {},
                            {{QStringLiteral("field"), QStringLiteral("transferOut")}});
}

void registerPensionTransferApi(Router& router, PlatformServices& services)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/me/pension/transfer-check"),
               Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext&, const CitizenSessions::Session& s) {
                   return transferCheck(services, s.personId);
               }));
}

} // namespace ssc::platform
