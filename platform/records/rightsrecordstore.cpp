#include "rightsrecordstore.h"

#include "payments/contributiongrades.h"

#include "http/apiresult.h"
#include "privacy/masking.h"
#include "storage/database.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>

namespace ssc::platform {
namespace {

// Crockford's base32 without I, L, O, U: a code read aloud or typed from paper is not misread.
QString newVerificationCode()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            code += u'-';
        code += QChar::fromLatin1(alphabet[QRandomGenerator::system()->bounded(32)]);
    }
    return code;
}

} // namespace

std::optional<QList<RightsRecordStore::Province>> RightsRecordStore::provinces()
{
    auto rows =
        m_db.run(QStringLiteral("SELECT p.code, p.name, p.first_year, p.last_year, p.upstream, "
                                "i.insurance, i.open, p.name_en, p.office_name, p.office_name_en FROM "
                                "record_provinces p JOIN record_insurances i ON i.province_code = p.code "
                                "ORDER BY p.code, i.insurance"));
    if (!rows)
        return std::nullopt;
    QList<Province> list;
    while (rows->next()) {
        if (list.isEmpty() || list.last().code != rows->value(0).toString())
            list.append({rows->value(0).toString(),
                         rows->value(1).toString(),
                         rows->value(7).toString(),
                         rows->value(8).toString(),
                         rows->value(9).toString(),
                         rows->value(2).toInt(),
                         rows->value(3).toInt(),
                         rows->value(4).toString() == u"timeout",
                         {},
                         {}});
        (rows->value(6).toInt() ? list.last().openInsurances : list.last().closedInsurances)
            .append(rows->value(5).toString());
    }
    return list;
}

std::optional<RightsRecordStore::Province> RightsRecordStore::province(const QString& code, bool* failed)
{
    const auto all = provinces();
    *failed = !all;
    if (all)
        for (const Province& p : *all)
            if (p.code == code)
                return p;
    return std::nullopt;
}

RightsRecordStore::Record RightsRecordStore::record(qint64 personId, const Province& province, int year,
                                                    const QDate& cutoff)
{
    auto enrolment = m_db.run(
        QStringLiteral("SELECT e.scheme, e.employer, e.started_on, e.retired_on, p.name, p.ssn, p.sex FROM "
                       "insurance_enrolments e JOIN people p ON p.id = e.person_id WHERE e.person_id = ? AND "
                       "e.province_code = ?"),
        {personId, province.code});
    if (!enrolment)
        return {};
    if (!enrolment->next())
        return {Outcome::NoRecord, {}};
    const QString retiredOn = enrolment->value(3).toString();
    const bool retired = !retiredOn.isEmpty() && retiredOn.left(4).toInt() <= year;
    QJsonObject json{
        {QStringLiteral("province"), provinceJson(province)},
        {QStringLiteral("year"), year},
        {QStringLiteral("variant"), enrolment->value(0).toString()},
        {QStringLiteral("holder"), QJsonObject{{QStringLiteral("name"), enrolment->value(4).toString()},
                                               {QStringLiteral("ssn"), enrolment->value(5).toString()},
                                               {QStringLiteral("sex"), enrolment->value(6).toString()}}},
        {QStringLiteral("employer"), enrolment->value(1).toString()},
        {QStringLiteral("startedOn"), enrolment->value(2).toString()},
        {QStringLiteral("retired"), retired},
        {QStringLiteral("closedInsurances"), QJsonArray::fromStringList(province.closedInsurances)},
        {QStringLiteral("cutoff"), cutoff.toString(Qt::ISODate)},
    };
    enrolment->finish();
    const auto paid = contributions(personId, province, year);
    const auto held = accounts(personId, province.code, year);
    const auto received = benefits(personId, province.code, year);
    const auto paidAtHall = hallPayments(personId, province.code, cutoff);
    if (!paid || !held || !received || !paidAtHall)
        return {};
    if (paid->isEmpty() && held->isEmpty() && received->isEmpty() && paidAtHall->isEmpty())
        return {Outcome::NoRecord, {}};
    json.insert(QStringLiteral("contributions"), *paid);
    json.insert(QStringLiteral("accounts"), *held);
    json.insert(QStringLiteral("benefits"), *received);
    json.insert(QStringLiteral("payments"), *paidAtHall);
    return {Outcome::Found, json};
}

std::optional<QJsonArray> RightsRecordStore::contributions(qint64 personId, const Province& province,
                                                           int year)
{
    auto rows =
        m_db.run(QStringLiteral("SELECT insurance, month, base_cents, employer_cents, personal_cents, mark "
                                "FROM contribution_months WHERE person_id = ? AND province_code = ? AND "
                                "year = ? ORDER BY insurance, month"),
                 {personId, province.code, year});
    if (!rows)
        return std::nullopt;
    QHash<QString, QJsonArray> byInsurance;
    while (rows->next())
        byInsurance[rows->value(0).toString()].append(
            QJsonObject{{QStringLiteral("month"), rows->value(1).toInt()},
                        {QStringLiteral("baseCents"), rows->value(2).toLongLong()},
                        {QStringLiteral("employerCents"), rows->value(3).toLongLong()},
                        {QStringLiteral("personalCents"), rows->value(4).toLongLong()},
                        {QStringLiteral("mark"), rows->value(5).toString()}});
    // In the order the national format prints them, leaving out what the province has not opened.
    QJsonArray list;
    for (const char* insurance : {"pension", "medical", "unemployment", "injury", "maternity"}) {
        const QString key = QLatin1String(insurance);
        if (byInsurance.contains(key) && province.openInsurances.contains(key))
            list.append(QJsonObject{{QStringLiteral("insurance"), key},
                                    {QStringLiteral("months"), byInsurance[key]}});
    }
    return list;
}

std::optional<QJsonArray> RightsRecordStore::accounts(qint64 personId, const QString& province, int year)
{
    auto rows = m_db.run(QStringLiteral("SELECT account, opening_cents, credited_cents, interest_cents, "
                                        "withdrawn_cents, months FROM account_years WHERE person_id = ? AND "
                                        "province_code = ? AND year = ? ORDER BY account DESC"),
                         {personId, province, year});
    if (!rows)
        return std::nullopt;
    QJsonArray list;
    while (rows->next())
        list.append(QJsonObject{{QStringLiteral("account"), rows->value(0).toString()},
                                {QStringLiteral("openingCents"), rows->value(1).toLongLong()},
                                {QStringLiteral("creditedCents"), rows->value(2).toLongLong()},
                                {QStringLiteral("interestCents"), rows->value(3).toLongLong()},
                                {QStringLiteral("withdrawnCents"), rows->value(4).toLongLong()},
                                {QStringLiteral("months"), rows->value(5).toInt()}});
    return list;
}

std::optional<QJsonArray> RightsRecordStore::benefits(qint64 personId, const QString& province, int year)
{
    auto rows =
        m_db.run(QStringLiteral("SELECT insurance, kind, months, amount_cents FROM benefit_payments WHERE "
                                "person_id = ? AND province_code = ? AND year = ? ORDER BY id"),
                 {personId, province, year});
    if (!rows)
        return std::nullopt;
    QJsonArray list;
    while (rows->next())
        list.append(QJsonObject{{QStringLiteral("insurance"), rows->value(0).toString()},
                                {QStringLiteral("kind"), rows->value(1).toString()},
                                {QStringLiteral("months"), rows->value(2).toInt()},
                                {QStringLiteral("amountCents"), rows->value(3).toLongLong()}});
    return list;
}

std::optional<QJsonArray> RightsRecordStore::hallPayments(qint64 personId, const QString& province,
                                                          const QDate& cutoff)
{
    const qint64 from = QDateTime(QDate(cutoff.year(), 1, 1), QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 to = QDateTime(cutoff.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    auto rows = m_db.run(
        QStringLiteral("SELECT c.item, c.year, c.amount_fen, c.paid_at, o.verification_code, o.created_at, "
                       "o.region_code FROM "
                       "resident_contributions c JOIN payment_orders o ON o.order_no = c.order_no WHERE "
                       "c.person_id = ? AND c.paid_at >= ? AND c.paid_at < ? AND ? = (SELECT e.province_code "
                       "FROM insurance_enrolments e WHERE e.person_id = ? ORDER BY e.started_on DESC, "
                       "e.province_code LIMIT 1) ORDER BY c.paid_at"),
        {personId, from, to, province, personId});
    if (!rows)
        return std::nullopt;
    QJsonArray list;
    struct MadeUnder {
        QString item, region;
        QDate day;
    };
    QList<MadeUnder> madeUnder; // each payment's item, and the region and day its order was made for
    while (rows->next()) {
        list.append(QJsonObject{
            {QStringLiteral("insurance"), rows->value(0).toString() == u"resident-medical"
                                              ? QStringLiteral("medical")
                                              : QStringLiteral("pension")},
            {QStringLiteral("forYear"), rows->value(1).toInt()},
            {QStringLiteral("amountCents"), rows->value(2).toLongLong()},
            {QStringLiteral("paidOn"),
             QDateTime::fromMSecsSinceEpoch(rows->value(3).toLongLong()).date().toString(Qt::ISODate)},
            {QStringLiteral("receipt"), rows->value(4).toString()}});
        madeUnder.append({rows->value(0).toString(), rows->value(6).toString(),
                          QDateTime::fromMSecsSinceEpoch(rows->value(5).toLongLong()).date()});
    }
    // The grade in the table the order was made under: a later change of amounts renames no payment.
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject payment = list[i].toObject();
        const auto grade =
            ContributionGrades(m_db).gradeOf(madeUnder[i].item, madeUnder[i].region, madeUnder[i].day,
                                             payment.value(QStringLiteral("amountCents")).toInteger());
        if (!grade)
            return std::nullopt;
        payment.insert(QStringLiteral("grade"), *grade);
        list[i] = payment;
    }
    return list;
}

QString RightsRecordStore::issue(qint64 personId, const QString& province, int year,
                                 const QString& terminalId, qint64 now)
{
    const QString code = newVerificationCode();
    const bool stored =
        m_db.run(QStringLiteral(
                     "INSERT INTO issued_records (verification_code, person_id, province_code, year, "
                     "terminal_id, issued_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {code, personId, province, year, terminalId, now})
            .has_value();
    return stored ? code : QString();
}

std::optional<RightsRecordStore::Issued> RightsRecordStore::issued(const QString& code, bool* failed)
{
    auto rows = m_db.run(
        QStringLiteral("SELECT r.person_id, r.province_code, r.year, t.name, r.issued_at, t.name_en FROM "
                       "issued_records r LEFT JOIN terminals t ON t.id = r.terminal_id WHERE "
                       "r.verification_code = ?"),
        {code.trimmed().toUpper()});
    *failed = !rows;
    if (!rows || !rows->next())
        return std::nullopt;
    return Issued{rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toInt(),
                  rows->value(3).toString(),   rows->value(5).toString(), rows->value(4).toLongLong()};
}

QJsonObject provinceJson(const RightsRecordStore::Province& province)
{
    return {{QStringLiteral("code"), province.code},
            {QStringLiteral("name"), province.name},
            {QStringLiteral("names"), bilingualPair(province.name, province.nameEn)}};
}

QJsonObject issuingOfficeJson(const RightsRecordStore::Province& province)
{
    // A province seeded before migration 19 names its office from its own name.
    if (province.office.isEmpty())
        return bilingualPair(province.name + QStringLiteral("社会保险经办机构"),
                             QStringLiteral("Social insurance agency of ") +
                                 (province.nameEn.isEmpty() ? province.name : province.nameEn));
    return bilingualPair(province.office, province.officeEn);
}

} // namespace ssc::platform
