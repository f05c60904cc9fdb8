// GET /api/v1/me/pension/estimate-basis: what the platform already knows for the person's pension estimate
// (养老金测算; docs/api.md, "Pension estimate"), so they type only what it cannot know. The brief: the years
// paid and the account balance come from the rights records, merged over every province not yet transferred
// (a province whose relation moved on is left out: it is counted where it went);
// this year's base from the latest month paid; the local average wage of the province paid in last.
#include "domain/provinces.h"
#include "pensionstatus.h"
#include "pensiontransfercheck.h"
#include "services.h"
#include "storage/database.h"

#include <QJsonArray>

namespace ssc::platform {
namespace {

using Session = CitizenSessions::Session;

struct Place {
    QString code;
    QString name;
    int year = 0;
    qint64 balanceCents = 0;
    int months = 0;
};

ApiResult estimateBasis(PlatformServices& services, qint64 personId)
{
    const auto recipient = drawsPension(services, personId);
    if (!recipient)
        return storageError();
    if (*recipient)
        return ApiResult::ok({{QStringLiteral("recipient"), true}});

    // Each province's pension account at the end of its latest year.
    auto accounts = services.db.run(
        QStringLiteral(
            "SELECT a.province_code, p.name, a.year, a.opening_cents + a.credited_cents + "
            "a.interest_cents - a.withdrawn_cents, a.months FROM account_years a JOIN "
            "record_provinces p ON p.code = a.province_code WHERE a.person_id = ? AND a.account = "
            "'pension' AND a.year = (SELECT MAX(b.year) FROM account_years b WHERE b.person_id = "
            "a.person_id AND b.province_code = a.province_code AND b.account = 'pension') ORDER BY "
            "a.year, a.province_code"),
        {personId});
    if (!accounts)
        return storageError();
    QList<Place> places;
    while (accounts->next())
        places.append({accounts->value(0).toString(), accounts->value(1).toString(),
                       accounts->value(2).toInt(), accounts->value(3).toLongLong(),
                       accounts->value(4).toInt()});
    accounts->finish();
    // A relation that has moved on is counted where it went, not twice (the transfer rules' own view).
    const auto insured = insuredPlacesOf(services, personId);
    if (!insured)
        return storageError();
    for (const InsuredPlace& moved : *insured)
        if (moved.transferredOut)
            places.removeIf([&moved](const Place& p) { return provinceOfRegion(p.code) == moved.province; });

    QJsonObject body{{QStringLiteral("recipient"), false}};
    qint64 balance = 0;
    int months = 0;
    QJsonArray placeList;
    for (const Place& p : places) {
        balance += p.balanceCents;
        months += p.months;
        placeList.append(QJsonObject{{QStringLiteral("provinceCode"), p.code},
                                     {QStringLiteral("provinceName"), p.name},
                                     {QStringLiteral("year"), p.year},
                                     {QStringLiteral("monthsPaid"), p.months},
                                     {QStringLiteral("accountBalanceCents"), p.balanceCents}});
    }
    body.insert(QStringLiteral("places"), placeList);
    body.insert(QStringLiteral("monthsPaid"), months);
    body.insert(QStringLiteral("accountBalanceCents"), balance);

    auto latest = services.db.run(
        QStringLiteral(
            "SELECT c.province_code, c.base_cents, e.scheme FROM contribution_months c JOIN "
            "insurance_enrolments e ON e.person_id = c.person_id AND e.province_code = "
            "c.province_code WHERE c.person_id = ? AND c.insurance = 'pension' AND c.mark = 'paid' "
            "ORDER BY c.year DESC, c.month DESC LIMIT 1"),
        {personId});
    if (!latest)
        return storageError();
    if (!latest->next())
        return ApiResult::ok(body); // nothing paid yet: the person types it all
    const QString province = latest->value(0).toString();
    body.insert(QStringLiteral("provinceCode"), province);
    body.insert(QStringLiteral("monthlyBaseCents"), latest->value(1).toLongLong());
    body.insert(QStringLiteral("scheme"), latest->value(2).toString()); // employee | resident
    latest->finish();

    auto wage = services.db.run(QStringLiteral("SELECT w.year, w.monthly_cents, p.name FROM average_wages w "
                                               "JOIN record_provinces p ON p.code = w.province_code WHERE "
                                               "w.province_code = ? ORDER BY w.year DESC LIMIT 1"),
                                {province});
    if (!wage)
        return storageError();
    if (wage->next()) {
        body.insert(QStringLiteral("averageWageYear"), wage->value(0).toInt());
        body.insert(QStringLiteral("averageWageCents"), wage->value(1).toLongLong());
        body.insert(QStringLiteral("provinceName"), wage->value(2).toString());
    }
    return ApiResult::ok(body);
}

} // namespace

void registerPensionEstimateApi(Router& router, PlatformServices& services)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/me/pension/estimate-basis"),
               Router::Access::Terminal, forCitizen(services, [&services](RequestContext&, const Session& s) {
                   return estimateBasis(services, s.personId);
               }));
}

} // namespace ssc::platform
