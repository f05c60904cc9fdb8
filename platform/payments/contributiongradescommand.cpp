#include "contributiongradescommand.h"

#include "contributiongrades.h"
#include "storage/database.h"

#include <QDateTime>

namespace ssc::platform {
namespace {

int list(Database& db, QString* report, QString* error)
{
    auto rows =
        db.run(QStringLiteral("SELECT item, effective_from, amount_fen, region_code FROM contribution_grades "
                              "ORDER BY region_code, item, effective_from, grade"));
    if (!rows) {
        *error = db.lastError();
        return 1;
    }
    QString table; // "[region] item from: fen,fen,…" per line, the province's (no region) first
    QString current;
    while (rows->next()) {
        const QString region = rows->value(3).toString();
        const QString head = (region.isEmpty() ? QString() : region + u' ') + rows->value(0).toString() +
                             u' ' + rows->value(1).toString();
        if (head != current) {
            table += (current.isEmpty() ? QString() : QStringLiteral("\n")) + head + u':';
            current = head;
        } else
            table += u',';
        table += (table.endsWith(u':') ? QStringLiteral(" ") : QString()) + rows->value(2).toString();
    }
    *report = table.isEmpty() ? QStringLiteral("no contribution amounts set\n") : table + u'\n';
    return 0;
}

} // namespace

int runContributionGradesCommand(const QStringList& args, Database& db, QDate today, QString* report,
                                 QString* error)
{
    if (args.value(0) == u"list" && args.size() == 1)
        return list(db, report, error);
    // set ITEM FROM FEN,... [REGION]: no region is the province's table.
    if (args.value(0) != u"set" || args.size() < 4 || args.size() > 5) {
        *error = QStringLiteral("usage: contribution-grades list | contribution-grades set ITEM YYYY-MM-DD "
                                "FEN,FEN,... [REGION] (docs/operations.md)");
        return 2;
    }
    const auto fen = ContributionGrades::parseFen(args[3]);
    if (!fen) {
        *error = QStringLiteral("the amounts are whole fen, comma separated, without spaces (10000,20000)");
        return 2;
    }
    const QDate from = QDate::fromString(args[2], Qt::ISODate);
    const QString region = args.value(4);
    QString wrong = ContributionGrades::invalid(args[1], *fen, from, today);
    if (wrong.isEmpty())
        wrong = ContributionGrades::invalidRegion(region);
    if (!wrong.isEmpty()) {
        *error = wrong;
        return 2;
    }
    if (!ContributionGrades(db).set(args[1], region, from, *fen, QDateTime::currentMSecsSinceEpoch())) {
        *error = db.lastError();
        return 1;
    }
    *report = QStringLiteral("%1 from %2%3: %4 amounts set\n")
                  .arg(args[1], args[2],
                       region.isEmpty() ? QStringLiteral(" for the province")
                                        : QStringLiteral(" in region ") + region)
                  .arg(fen->size());
    return 0;
}

} // namespace ssc::platform
