#include "contributiongradescommand.h"

#include "contributiongrades.h"
#include "storage/database.h"

#include <QDateTime>

namespace ssc::platform {
namespace {

int list(Database& db, QString* report, QString* error)
{
    auto rows =
        db.run(QStringLiteral("SELECT item, effective_from, amount_fen FROM contribution_grades ORDER BY "
                              "item, effective_from, grade"));
    if (!rows) {
        *error = db.lastError();
        return 1;
    }
    QString table; // "item from: fen,fen,…" per line
    QString current;
    while (rows->next()) {
        const QString head = rows->value(0).toString() + u' ' + rows->value(1).toString();
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
    if (args.value(0) != u"set" || args.size() != 4) {
        *error = QStringLiteral("usage: contribution-grades list | contribution-grades set ITEM YYYY-MM-DD "
                                "FEN,FEN,... (docs/operations.md)");
        return 2;
    }
    const auto fen = ContributionGrades::parseFen(args[3]);
    if (!fen) {
        *error = QStringLiteral("the amounts are whole fen, comma separated, without spaces (10000,20000)");
        return 2;
    }
    const QDate from = QDate::fromString(args[2], Qt::ISODate);
    if (const QString wrong = ContributionGrades::invalid(args[1], *fen, from, today); !wrong.isEmpty()) {
        *error = wrong;
        return 2;
    }
    if (!ContributionGrades(db).set(args[1], from, *fen, QDateTime::currentMSecsSinceEpoch())) {
        *error = db.lastError();
        return 1;
    }
    *report = QStringLiteral("%1 from %2: %3 amounts set\n").arg(args[1], args[2]).arg(fen->size());
    return 0;
}

} // namespace ssc::platform
