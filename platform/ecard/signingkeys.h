#pragma once

#include <QByteArray>

#include <optional>

namespace ssc::platform {

class Database;
class KeyStore;

// The e-card signing keys: the private halves in the key store (keys/keystore.h), the public halves and each
// key's state in the database (ecard_keys), so every instance signs with the same key and verifies alike.
// Rotation (`ssc-platform keys rotate`): a new key signs from then on; the old one verifies the codes it
// signed before it retired, until they expire (docs/security.md, "Keys").
class SigningKeys {
public:
    // A retired key still verifies codes issued up to this long after it retired: the clock skew the code
    // check allows (ecardcode.h).
    static constexpr qint64 retiredSkewSeconds = 5;
    // The longest an old key is published after it retired: the longest life of anything it signs (a shown
    // e-licence, 5 minutes; an e-card code lives 60 s) and the skew, so a counter can check a licence offline
    // until it is stale.
    static constexpr qint64 publishedAfterRetirementMs = (300 + retiredSkewSeconds) * 1000;

    SigningKeys(Database& db, KeyStore& store) : m_db(db), m_store(store) {}

    // The key new codes are signed with; the first key is made on first use.
    std::optional<quint8> currentKeyId();
    std::optional<QByteArray> sign(quint8 keyId, const QByteArray& message);

    struct PublicKey {
        QByteArray key;
        std::optional<qint64> retiredAt; // ms; none while it signs
    };
    std::optional<PublicKey> publicKey(quint8 keyId);
    // Does this key vouch for a code issued at `issuedAt` (s)? A retired key only for codes issued before it
    // retired, so a retired key that leaked signs nothing new.
    static bool vouchesFor(const PublicKey& key, qint64 issuedAt);

    // Makes the next key and retires every other; the new key id, or nullopt with `error` set.
    std::optional<quint8> rotate(qint64 nowMs, QString* error);

private:
    std::optional<quint8> addKey(quint8 keyId, qint64 nowMs, QString* error);
    Database& m_db;
    KeyStore& m_store;
};

} // namespace ssc::platform
