#include "personreference.h"

#include "auth/secrets.h"
#include "storage/database.h"

#include <QMessageAuthenticationCode>

namespace ssc::platform {
namespace {

std::optional<QString> storedKey(Database& db, qint64 personId)
{
    auto q = db.run(QStringLiteral("SELECT reference_key FROM people WHERE id = ?"), {personId});
    if (!q || !q->next())
        return std::nullopt;
    const QString key = q->value(0).toString();
    q->finish();
    return key;
}

} // namespace

std::optional<QString> personReference(Database& db, qint64 personId, const QString& stored,
                                       const QString& terminalId)
{
    std::optional<QString> key = stored;
    if (key->isEmpty()) {
        // Two first logins at once: the first UPDATE wins, both read back the key that was kept.
        if (!db.run(
                QStringLiteral("UPDATE people SET reference_key = ? WHERE id = ? AND reference_key IS NULL"),
                {newToken(), personId}))
            return std::nullopt;
        key = storedKey(db, personId);
        if (!key || key->isEmpty())
            return std::nullopt;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(
        QByteArray("person-reference:") + terminalId.toUtf8(), key->toLatin1(), QCryptographicHash::Sha256);
    // 128 bits are plenty to tell people apart and short enough to read in a log.
    return QString::fromLatin1(
        mac.first(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace ssc::platform
