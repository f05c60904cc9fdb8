#include "payoutbatches.h"

#include "payments/money.h"
#include "payouts/payoutfiles.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>

namespace ssc::platform {
namespace {

int failed(Database& db, QString* error)
{
    *error = db.lastError();
    return 1;
}

int refused(const QString& why, QString* error)
{
    *error = why;
    return 2;
}

// B + value date + 8 random hex digits: unique (the column says so) without a counter two exports would race
// for.
QString newBatchNumber(QDate valueDate)
{
    return QStringLiteral("B%1-%2")
        .arg(valueDate.toString(QStringLiteral("yyyyMMdd")))
        .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'))
        .toUpper();
}

} // namespace

int exportPayouts(Database& db, const QString& out, QDate valueDate, qint64 now, QString* report,
                  QString* error)
{
    if (QFile::exists(out))
        return refused(QStringLiteral("%1 exists: a bank file is never overwritten").arg(out), error);
    const QString batch = newBatchNumber(valueDate);
    Transaction transaction(db);
    // Only rows still due: a concurrent export waits for the rows the other one took, then finds them
    // batched.
    auto taken =
        db.run(QStringLiteral("UPDATE payouts SET state = 'batched', batch = ?, batched_at = ? WHERE "
                              "state = 'due'"),
               {batch, now});
    if (!taken)
        return failed(db, error);
    if (taken->numRowsAffected() == 0) {
        *report = QStringLiteral("nothing is due: no batch made, no file written\n");
        return 3;
    }
    auto rows = db.run(QStringLiteral("SELECT reference, account, payee_name, amount_fen FROM payouts WHERE "
                                      "batch = ? ORDER BY id"),
                       {batch});
    if (!rows)
        return failed(db, error);
    QList<payouts::BankLine> lines;
    qint64 total = 0;
    while (rows->next()) {
        lines.append({rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                      rows->value(3).toLongLong()});
        total += lines.last().amountFen;
    }
    rows->finish();
    if (!db.run(QStringLiteral("INSERT INTO payout_batches (batch, value_date, payout_count, total_fen, "
                               "exported_at) VALUES (?, ?, ?, ?, ?)"),
                {batch, valueDate.toString(Qt::ISODate), lines.size(), total, now}))
        return failed(db, error);
    // The file is complete on disk before the batch commits; a failed commit removes it again.
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(payouts::bankFile(batch, valueDate.toString(QStringLiteral("yyyyMMdd")), lines)) < 0 ||
        !file.commit())
        return refused(QStringLiteral("%1 could not be written: %2").arg(out, file.errorString()), error);
    if (!transaction.commit()) {
        QFile::remove(out);
        return failed(db, error);
    }
    *report = QStringLiteral("batch %1: %2 payouts, %3 fen (%4 yuan), written to %5\n")
                  .arg(batch)
                  .arg(lines.size())
                  .arg(total)
                  .arg(payments::groupedYuanText(total), out);
    return 0;
}

int importPayoutReturn(Database& db, const QString& path, qint64 now, QString* report, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(QStringLiteral("%1 could not be read: %2").arg(path, file.errorString()), error);
    const QByteArray bytes = file.read(64 * 1024 * 1024);
    const auto parsed = payouts::parseReturnFile(bytes);
    if (const auto* problems = std::get_if<QStringList>(&parsed))
        return refused(QStringLiteral("%1 refused, nothing changed:\n%2").arg(path, problems->join(u'\n')),
                       error);
    const payouts::ReturnFile& returned = std::get<payouts::ReturnFile>(parsed);
    Transaction transaction(db);
    auto batch =
        db.run(QStringLiteral("SELECT payout_count, returned_at FROM payout_batches WHERE batch = ?"),
               {returned.batch});
    if (!batch)
        return failed(db, error);
    if (!batch->next())
        return refused(
            QStringLiteral("line 1: no batch %1 was exported; nothing changed").arg(returned.batch), error);
    if (!batch->value(1).isNull())
        return refused(QStringLiteral("the return of batch %1 was imported already; nothing changed")
                           .arg(returned.batch),
                       error);
    const int count = batch->value(0).toInt();
    batch->finish();
    QStringList problems;
    if (returned.lines.size() != count)
        problems.append(QStringLiteral("line 1: batch %1 has %2 payouts, the file answers %3")
                            .arg(returned.batch)
                            .arg(count)
                            .arg(returned.lines.size()));
    int paid = 0;
    qint64 paidFen = 0;
    for (const payouts::ReturnLine& line : returned.lines) {
        auto q = db.run(QStringLiteral("SELECT amount_fen, batch FROM payouts WHERE reference = ?"),
                        {line.reference});
        if (!q)
            return failed(db, error);
        const QString at = QStringLiteral("line %1: ").arg(line.lineNumber);
        if (!q->next()) {
            problems.append(at + QStringLiteral("unknown reference %1").arg(line.reference));
            continue;
        }
        if (q->value(1).toString() != returned.batch) {
            problems.append(
                at + QStringLiteral("reference %1 is not in batch %2").arg(line.reference, returned.batch));
            continue;
        }
        if (q->value(0).toLongLong() != line.amountFen) {
            problems.append(at + QStringLiteral("reference %1 was sent for %2 fen, the file says %3")
                                     .arg(line.reference)
                                     .arg(q->value(0).toLongLong())
                                     .arg(line.amountFen));
            continue;
        }
        q->finish();
        auto settled =
            db.run(QStringLiteral("UPDATE payouts SET state = ?, return_code = ?, settled_at = ? "
                                  "WHERE reference = ? AND batch = ? AND state = 'batched'"),
                   {line.paid ? QStringLiteral("paid") : QStringLiteral("returned"),
                    line.paid ? QVariant(QMetaType::fromType<QString>()) : QVariant(line.reasonCode), now,
                    line.reference, returned.batch});
        if (!settled)
            return failed(db, error);
        if (settled->numRowsAffected() != 1)
            problems.append(at + QStringLiteral("reference %1 is settled already").arg(line.reference));
        paid += line.paid;
        paidFen += line.paid ? line.amountFen : 0;
    }
    if (!problems.isEmpty()) // the transaction rolls back: nothing changed
        return refused(QStringLiteral("%1 refused, nothing changed:\n%2").arg(path, problems.join(u'\n')),
                       error);
    // Once per batch, even when two imports of it race: only one finds returned_at empty.
    auto closed =
        db.run(QStringLiteral("UPDATE payout_batches SET returned_at = ?, return_digest = ? WHERE "
                              "batch = ? AND returned_at IS NULL"),
               {now, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                returned.batch});
    if (!closed)
        return failed(db, error);
    if (closed->numRowsAffected() != 1)
        return refused(QStringLiteral("the return of batch %1 was imported already; nothing changed")
                           .arg(returned.batch),
                       error);
    if (!transaction.commit())
        return failed(db, error);
    *report = QStringLiteral("batch %1: %2 paid (%3 yuan), %4 returned\n")
                  .arg(returned.batch)
                  .arg(paid)
                  .arg(payments::groupedYuanText(paidFen))
                  .arg(returned.lines.size() - paid);
    return 0;
}

} // namespace ssc::platform
