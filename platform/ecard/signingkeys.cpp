#include "signingkeys.h"

#include "storage/database.h"

#include <QDateTime>

namespace ssc::platform {

std::optional<std::pair<quint8, Ed25519PrivateKey>> SigningKeys::current()
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto query = m_db.run(
            QStringLiteral("SELECT key_id, private_key FROM signing_keys ORDER BY key_id DESC LIMIT 1"));
        if (!query)
            return std::nullopt;
        if (query->next()) {
            const auto keyId = static_cast<quint8>(query->value(0).toInt());
            auto key = Ed25519PrivateKey::fromRaw(query->value(1).toByteArray());
            query->finish();
            if (!key)
                return std::nullopt;
            return std::pair{keyId, *key};
        }
        // None yet: make key 1. A concurrent instance may win the insert; then read its key.
        const Ed25519PrivateKey key = Ed25519PrivateKey::generate();
        m_db.run(
            QStringLiteral(
                "INSERT INTO signing_keys (key_id, private_key, public_key, created_at) VALUES (1, ?, ?, ?)"),
            {key.raw(), key.publicKey(), QDateTime::currentMSecsSinceEpoch()});
    }
    return std::nullopt;
}

std::optional<QByteArray> SigningKeys::publicKey(quint8 keyId)
{
    auto query =
        m_db.run(QStringLiteral("SELECT public_key FROM signing_keys WHERE key_id = ?"), {int(keyId)});
    if (!query || !query->next())
        return std::nullopt;
    QByteArray key = query->value(0).toByteArray();
    query->finish();
    return key;
}

} // namespace ssc::platform
