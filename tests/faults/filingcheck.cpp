#include "filingcheck.h"

#include "submissionkinds.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>

namespace faults {
namespace {

int countOf(QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

// How often the platform filed it: evidence is kept once per person and content; an application or a
// certification attempt is a submission row (its key) and a row of its own (its receipt), in pairs.
int timesFiled(QSqlDatabase& db, const QByteArray& key, QStringList* disagreements)
{
    const SubmissionKind* kind = kindNamed(kindOfKey(key));
    if (kind->table.isEmpty()) {
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(evidenceFile(indexOfKey(key)), QCryptographicHash::Sha256).toHex());
        return countOf(db,
                       QStringLiteral("SELECT COUNT(*) FROM evidence e JOIN people p ON p.id = e.person_id "
                                      "WHERE p.demo_key = ? AND e.sha256 = ?"),
                       {kind->person, sha});
    }
    const QString text =
        QString::fromLatin1(key); // bound as text: a QByteArray binds as a blob, equal to none
    const int submissions =
        countOf(db, QStringLiteral("SELECT COUNT(*) FROM submissions WHERE idempotency_key = ?"), {text});
    const int rows = countOf(db,
                             QStringLiteral("SELECT COUNT(*) FROM %1 WHERE receipt IN (SELECT receipt FROM "
                                            "submissions WHERE idempotency_key = ?)")
                                 .arg(kind->table),
                             {text});
    if (submissions != rows)
        disagreements->append(QStringLiteral("%1: %2 submission rows but %3 in %4")
                                  .arg(QString::fromLatin1(key))
                                  .arg(submissions)
                                  .arg(rows)
                                  .arg(kind->table));
    return std::max(submissions, rows);
}

} // namespace

FilingCounts checkFilings(QSqlDatabase db, quint64 seed, const QList<QByteArray>& keys,
                          const QHash<QByteArray, QByteArray>& reportedUnfiled,
                          const QList<QByteArray>& waiting)
{
    FilingCounts counts;
    const QSet<QByteArray> inOutbox(waiting.begin(), waiting.end());
    for (const QByteArray& key : keys) {
        ++counts.submissions;
        const int filed = timesFiled(db, key, &counts.disagreements);
        if (filed < 0)
            counts.disagreements.append(
                QStringLiteral("%1: the database could not be read").arg(QString::fromLatin1(key)));
        else if (filed > 1) {
            ++counts.duplicated;
            counts.duplicatedKeys.append(key);
        } else if (filed == 1)
            ++counts.filedOnce;
        else if (reportedUnfiled.contains(key))
            ++counts.reportedUnfiled;
        else if (inOutbox.contains(key))
            ++counts.waiting;
        else {
            ++counts.lost;
            counts.lostKeys.append(key);
        }
        if (filed >= 1 && inOutbox.contains(key))
            counts.disagreements.append(
                QStringLiteral("%1: filed, yet still waiting in the outbox").arg(QString::fromLatin1(key)));
        if (filed >= 1 && reportedUnfiled.contains(key))
            counts.disagreements.append(
                QStringLiteral("%1: filed, but the person was told it was refused (%2)")
                    .arg(QString::fromLatin1(key), QString::fromLatin1(reportedUnfiled[key])));
    }
    // Nothing filed that the run did not submit.
    const QSet<QByteArray> submitted(keys.begin(), keys.end());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT idempotency_key FROM submissions WHERE idempotency_key LIKE ?"));
    q.addBindValue(QStringLiteral("fault-%1-%").arg(seed));
    if (q.exec())
        while (q.next())
            if (!submitted.contains(q.value(0).toByteArray()))
                counts.disagreements.append(
                    QStringLiteral("%1: filed but never submitted").arg(q.value(0).toString()));
    return counts;
}

} // namespace faults
