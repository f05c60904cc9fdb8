#include "contributiongrades.h"

#include "payments/residentcontributions.h"
#include "storage/database.h"

#include <QRegularExpression>

namespace ssc::platform {

std::optional<QList<qint64>> ContributionGrades::on(const QString& item, QDate day)
{
    // The newest table that has begun by that day.
    auto rows =
        m_db.run(QStringLiteral("SELECT amount_fen FROM contribution_grades WHERE item = ? AND "
                                "effective_from = (SELECT MAX(effective_from) FROM contribution_grades "
                                "WHERE item = ? AND effective_from <= ?) ORDER BY grade"),
                 {item, item, day.toString(Qt::ISODate)});
    if (!rows)
        return std::nullopt;
    QList<qint64> fen;
    while (rows->next())
        fen.append(rows->value(0).toLongLong());
    return fen;
}

std::optional<int> ContributionGrades::gradeOf(const QString& item, QDate day, qint64 fen)
{
    const auto grades = on(item, day);
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

bool ContributionGrades::set(const QString& item, QDate from, const QList<qint64>& fen, qint64 nowMs)
{
    Transaction transaction(m_db);
    const QString day = from.toString(Qt::ISODate);
    if (!transaction.ok() ||
        !m_db.run(QStringLiteral("DELETE FROM contribution_grades WHERE item = ? AND effective_from = ?"),
                  {item, day}))
        return false;
    if (!insert(item, from, fen, nowMs))
        return false;
    return transaction.commit();
}

bool ContributionGrades::insert(const QString& item, QDate from, const QList<qint64>& fen, qint64 nowMs)
{
    for (qsizetype i = 0; i < fen.size(); ++i)
        if (!m_db.run(
                QStringLiteral("INSERT INTO contribution_grades (item, effective_from, grade, amount_fen, "
                               "set_at) VALUES (?, ?, ?, ?, ?)"),
                {item, from.toString(Qt::ISODate), int(i + 1), fen[i], nowMs}))
            return false;
    return true;
}

} // namespace ssc::platform
