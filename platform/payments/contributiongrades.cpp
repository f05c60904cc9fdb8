#include "contributiongrades.h"

#include "domain/divisions.h"
#include "payments/residentcontributions.h"
#include "storage/database.h"

#include <QRegularExpression>

namespace ssc::platform {
namespace {

// The province's table is kept under the empty code: bound as '' (a null QString would bind as NULL).
QString regionKey(const QString& region)
{
    return region.isEmpty() ? QStringLiteral("") : region;
}

} // namespace

// The newest table of the region (`region`, a CTE naming one code) begun by the day, or the province's ('')
// when the region has none in force: in one statement, as every order and the items page ask it. Each row is
// an amount and the region asked for.
const char* const gradesInForce =
    " SELECT g.amount_fen, (SELECT code FROM region) FROM contribution_grades g WHERE g.item = ? AND "
    "g.region_code = (CASE WHEN EXISTS (SELECT 1 FROM contribution_grades o WHERE o.region_code = (SELECT "
    "code "
    "FROM region) AND o.item = g.item AND o.effective_from <= ?) THEN (SELECT code FROM region) ELSE '' END) "
    "AND g.effective_from = (SELECT MAX(m.effective_from) FROM contribution_grades m WHERE m.region_code = "
    "g.region_code AND m.item = g.item AND m.effective_from <= ?) ORDER BY g.grade";

std::optional<ContributionGrades::PayersGrades>
ContributionGrades::grades(const QString& region, const QVariant& bound, const QString& item, QDate day)
{
    const QString on = day.toString(Qt::ISODate);
    auto rows = m_db.run(region + QLatin1String(gradesInForce), {bound, item, on, on});
    if (!rows)
        return std::nullopt;
    PayersGrades found;
    while (rows->next()) {
        found.fen.append(rows->value(0).toLongLong());
        found.region = rows->value(1).toString();
    }
    return found;
}

std::optional<QList<qint64>> ContributionGrades::on(const QString& item, const QString& region, QDate day)
{
    const auto found =
        grades(QStringLiteral("WITH region(code) AS (SELECT CAST(? AS TEXT))"), regionKey(region), item, day);
    return found ? std::optional(found->fen) : std::nullopt;
}

std::optional<ContributionGrades::PayersGrades> ContributionGrades::forPayer(const QString& item,
                                                                             qint64 personId, QDate day)
{
    auto found =
        grades(QStringLiteral(
                   "WITH region(code) AS (SELECT COALESCE((SELECT region_code FROM cards WHERE person_id = "
                   "? ORDER BY CASE status WHEN 'normal' THEN 0 ELSE 1 END, id DESC LIMIT 1), ''))"),
               personId, item, day);
    if (found && found->fen.isEmpty())
        found->region.clear(); // no row to say it; an order is refused without amounts anyway
    return found;
}

std::optional<int> ContributionGrades::gradeOf(const QString& item, const QString& region, QDate day,
                                               qint64 fen)
{
    const auto grades = on(item, region, day);
    if (!grades)
        return std::nullopt;
    return grades->size() > 1 ? static_cast<int>(grades->indexOf(fen)) + 1 : 0;
}

QString ContributionGrades::invalid(const QString& item, const QList<qint64>& fen, QDate from, QDate today)
{
    if (!payments::ResidentContributions::fromKey(item))
        return QStringLiteral("unknown item %1: resident-pension or resident-medical").arg(item);
    if (fen.isEmpty() || fen.size() > 30)
        return QStringLiteral("give 1 to 30 amounts");
    constexpr qint64 most = 100'000'000; // 1,000,000 yuan in fen
    for (qsizetype i = 0; i < fen.size(); ++i) {
        if (fen[i] <= 0 || fen[i] >= most)
            return QStringLiteral("amount %1 is not between 1 fen and 1,000,000 yuan").arg(fen[i]);
        if (i > 0 && fen[i] <= fen[i - 1])
            return QStringLiteral("the amounts must rise: %1 after %2").arg(fen[i]).arg(fen[i - 1]);
    }
    if (!from.isValid())
        return QStringLiteral("the day it applies from must be YYYY-MM-DD");
    if (from < today)
        return QStringLiteral("a change applies from today or later, never backdated");
    return {};
}

QString ContributionGrades::invalidRegion(const QString& region)
{
    if (region.isEmpty() || Divisions::instance().find(region))
        return {};
    // The municipalities' own codes (北京 110000) are not among the divisions, which list their districts.
    if (region.size() == 6 && region.endsWith(QStringLiteral("0000")) &&
        Divisions::isMunicipality(region.left(2)))
        return {};
    return QStringLiteral("unknown region %1: six digits of a city or district (GB/T 2260), or none for the "
                          "province's table")
        .arg(region);
}

std::optional<QList<qint64>> ContributionGrades::parseFen(const QString& text)
{
    static const QRegularExpression wholeFen(QStringLiteral("^\\d{1,12}$"));
    QList<qint64> fen;
    for (const QString& part : text.split(u',')) {
        if (!wholeFen.match(part).hasMatch())
            return std::nullopt;
        fen.append(part.toLongLong());
    }
    return fen;
}

bool ContributionGrades::set(const QString& item, const QString& region, QDate from, const QList<qint64>& fen,
                             qint64 nowMs)
{
    Transaction transaction(m_db);
    const QString day = from.toString(Qt::ISODate);
    if (!transaction.ok() ||
        !m_db.run(QStringLiteral("DELETE FROM contribution_grades WHERE region_code = ? AND item = ? AND "
                                 "effective_from = ?"),
                  {regionKey(region), item, day}))
        return false;
    if (!insert(item, region, from, fen, nowMs))
        return false;
    return transaction.commit();
}

bool ContributionGrades::insert(const QString& item, const QString& region, QDate from,
                                const QList<qint64>& fen, qint64 nowMs)
{
    for (qsizetype i = 0; i < fen.size(); ++i)
        if (!m_db.run(QStringLiteral("INSERT INTO contribution_grades (region_code, item, effective_from, "
                                     "grade, amount_fen, set_at) VALUES (?, ?, ?, ?, ?, ?)"),
                      {regionKey(region), item, from.toString(Qt::ISODate), int(i + 1), fen[i], nowMs}))
            return false;
    return true;
}

} // namespace ssc::platform
