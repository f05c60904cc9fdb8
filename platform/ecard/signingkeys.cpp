#include "signingkeys.h"

#include "keys/keystore.h"
#include "logging/logging.h"
#include "storage/database.h"

#include <QDateTime>
#include <QThread>

namespace ssc::platform {

std::optional<quint8> SigningKeys::currentKeyId()
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        auto query = m_db.run(QStringLiteral(
            "SELECT key_id FROM ecard_keys WHERE retired_at IS NULL ORDER BY key_id DESC LIMIT 1"));
        if (!query)
            return std::nullopt;
        if (query->next()) {
            const auto keyId = static_cast<quint8>(query->value(0).toInt());
            query->finish();
            return keyId;
        }
        // None signs yet: make the first (after any retired ones). A concurrent instance may win (the key
        // store refuses the second key of one id); then a later round reads its key once it is committed.
        auto last = m_db.run(QStringLiteral("SELECT COALESCE(MAX(key_id), 0) FROM ecard_keys"));
        if (!last || !last->next())
            return std::nullopt;
        const int next = last->value(0).toInt() + 1;
        last->finish();
        QString error;
        if (next > 255 || !addKey(quint8(next), QDateTime::currentMSecsSinceEpoch(), &error)) {
            qCInfo(lcCore) << "the first e-card signing key was not made here:" << m_store.describe()
                           << error;
            QThread::msleep(20); // once per database's life: the winner commits within milliseconds
        }
    }
    return std::nullopt;
}

std::optional<QByteArray> SigningKeys::sign(quint8 keyId, const QByteArray& message)
{
    return m_store.sign(keyId, message);
}

std::optional<SigningKeys::PublicKey> SigningKeys::publicKey(quint8 keyId)
{
    auto query = m_db.run(QStringLiteral("SELECT public_key, retired_at FROM ecard_keys WHERE key_id = ?"),
                          {int(keyId)});
    if (!query || !query->next())
        return std::nullopt;
    PublicKey key{query->value(0).toByteArray(), std::nullopt};
    if (!query->value(1).isNull())
        key.retiredAt = query->value(1).toLongLong();
    query->finish();
    return key;
}

bool SigningKeys::vouchesFor(const PublicKey& key, qint64 issuedAt)
{
    return !key.retiredAt || issuedAt * 1000 <= *key.retiredAt + retiredSkewSeconds * 1000;
}

std::optional<quint8> SigningKeys::rotate(qint64 nowMs, QString* error)
{
    auto last = m_db.run(QStringLiteral("SELECT COALESCE(MAX(key_id), 0) FROM ecard_keys"));
    if (!last || !last->next()) {
        *error = m_db.lastError();
        return std::nullopt;
    }
    const int next = last->value(0).toInt() + 1;
    last->finish();
    if (next > 255) {
        *error = QStringLiteral("all 255 key ids of the e-card code are used (docs/security.md, \"Keys\")");
        return std::nullopt;
    }
    return addKey(quint8(next), nowMs, error);
}

std::optional<quint8> SigningKeys::addKey(quint8 keyId, qint64 nowMs, QString* error)
{
    const auto publicKey = m_store.createSigningKey(keyId, error);
    if (!publicKey)
        return std::nullopt;
    Transaction transaction(m_db);
    if (!m_db.run(QStringLiteral("UPDATE ecard_keys SET retired_at = ? WHERE retired_at IS NULL"), {nowMs}) ||
        !m_db.run(
            QStringLiteral(
                "INSERT INTO ecard_keys (key_id, public_key, created_at, retired_at) VALUES (?, ?, ?, NULL)"),
            {int(keyId), *publicKey, nowMs}) ||
        !transaction.commit()) {
        *error = m_db.lastError();
        return std::nullopt;
    }
    return keyId;
}

} // namespace ssc::platform
