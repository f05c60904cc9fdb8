#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace ssc::platform {

// Where the platform's secret keys live, apart from its data (docs/security.md, "Keys"): the e-card code
// signing keys (Ed25519, one per key id) and the card issuer's master key. The private halves never leave the
// store: callers ask it to sign or to diversify. Two kinds: a PKCS#11 token (an HSM; SoftHSM in the tests)
// and folder of 0600 files for the demo and tests. Several platform instances share one store.
class KeyStore {
public:
    virtual ~KeyStore() = default;

    // For logs and error messages: which store, never a secret.
    virtual QString describe() const = 0;

    // Makes the signing key with this id; its 32-byte public key, or nullopt with `error` set.
    virtual std::optional<QByteArray> createSigningKey(quint8 keyId, QString* error) = 0;
    // The 64-byte Ed25519 signature of `message` by that key; nullopt when the store has no such key.
    virtual std::optional<QByteArray> sign(quint8 keyId, const QByteArray& message) = 0;

    // The issuer master key: does the store hold one, make one (random), or take one over from an earlier
    // home (a 16-byte key; an issuer's cards carry keys diversified from it, so it cannot simply be
    // replaced).
    virtual bool hasIssuerKey() = 0;
    virtual bool createIssuerKey(QString* error) = 0;
    virtual bool importIssuerKey(const QByteArray& key, QString* error) = 0;
    // Reads or reaches the master key, so a start-up fails with the reason instead of the first card failing.
    virtual bool openIssuerKey(QString* error) = 0;
    // AES-128-ECB of one 16-byte block under the master key (core/cardauth/cardkey.h, "diversification");
    // nullopt without a master key or for a block of another size.
    virtual std::optional<QByteArray> diversify(const QByteArray& block) = 0;

    // Encryption at rest (keys/dataseal.h): an AES-256 key-encryption key that wraps the data key of each
    // sealed face, recording and evidence file. Made at the first start (losing it loses every sealed blob:
    // back the store up); false with `error` when it can be neither found nor made.
    virtual bool ensureDataWrappingKey(QString* error) = 0;
    // A 32-byte data key wrapped under that key (AES-256-GCM: nonce, cipher text, tag), and unwrapped again;
    // nullopt without the key, or for bytes it did not wrap.
    virtual std::optional<QByteArray> wrapDataKey(const QByteArray& dataKey) = 0;
    virtual std::optional<QByteArray> unwrapDataKey(const QByteArray& wrapped) = 0;
};

// A store from its specification (docs/operations.md, "The platform service"; docs/security.md, "Keys"):
//   file:DIR                                         a folder of 0600 key files (the demo); the issuer key is
//                                                    issuerKeyFile when given, else DIR/issuer-master.key
//   pkcs11:token=LABEL?module-path=LIB&pin-source=FILE   a PKCS#11 token (RFC 7512 URI), its user PIN read
//   from
//                                                    FILE (0600)
std::unique_ptr<KeyStore> openKeyStore(const QString& spec, const QString& issuerKeyFile, QString* error);

} // namespace ssc::platform
