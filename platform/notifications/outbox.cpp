#include "outbox.h"

#include "decisiontext.h"
#include "storage/database.h"

#include <QRandomGenerator>

namespace ssc::platform {
namespace {

// One row of the outbox, to a person (personId) or to staff (staffId), the other NULL.
bool queueText(Database& db, const QString& receipt, const QString& status, const QVariant& personId,
               const QVariant& staffId, const QString& body, qint64 now)
{
    // The delivery report's proof (smssender.h): Kannel calls the platform back with it, nobody else knows
    // it.
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QString token =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
    // ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike): a failed INSERT would abort a PostgreSQL
    // transaction, and the caller's with it.
    return db
        .run(
            QStringLiteral(
                "INSERT INTO sms_notifications (receipt, status, person_id, staff_id, body, state, attempts, "
                "next_attempt_at, created_at, token) VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?) "
                "ON CONFLICT (receipt, status) DO NOTHING"),
            {receipt, status, personId, staffId, body, now, now, token})
        .has_value();
}

} // namespace

bool queueDecisionText(Database& db, const QString& receipt, qint64 personId, const QString& kind,
                       const QString& status, qint64 now)
{
    const auto body = decisionText(kind, status, receipt);
    if (!body)
        return true;
    return queueText(db, receipt, status, personId, QVariant(QMetaType::fromType<qint64>()), *body, now);
}

bool queueStaffText(Database& db, const QString& reference, qint64 staffId, const QString& body, qint64 now)
{
    return queueText(db, reference, QStringLiteral("staff:%1").arg(staffId),
                     QVariant(QMetaType::fromType<qint64>()), staffId, body, now);
}

} // namespace ssc::platform
