#include "outbox.h"

#include "decisiontext.h"
#include "storage/database.h"

#include <QRandomGenerator>

namespace ssc::platform {

bool queueDecisionText(Database& db, const QString& receipt, qint64 personId, const QString& kind,
                       const QString& status, qint64 now)
{
    const auto body = decisionText(kind, status, receipt);
    if (!body)
        return true;
    // The delivery report's proof (smssender.h): Kannel calls the platform back with it, nobody else knows
    // it.
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QString token =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
    // ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike): a failed INSERT would abort a PostgreSQL
    // transaction, and the decision's with it.
    return db
        .run(QStringLiteral(
                 "INSERT INTO sms_notifications (receipt, status, person_id, body, state, attempts, "
                 "next_attempt_at, created_at, token) VALUES (?, ?, ?, ?, 'pending', 0, ?, ?, ?) "
                 "ON CONFLICT (receipt, status) DO NOTHING"),
             {receipt, status, personId, *body, now, now, token})
        .has_value();
}

} // namespace ssc::platform
