#pragma once

#include <QByteArray>

#include <optional>

namespace ssc {

// Ed25519 keys and signatures (RFC 8032) through OpenSSL. Raw 32-byte keys, 64-byte signatures.
class Ed25519PrivateKey {
public:
    static Ed25519PrivateKey generate();
    // nullopt unless `raw` is exactly 32 bytes.
    static std::optional<Ed25519PrivateKey> fromRaw(const QByteArray& raw);

    const QByteArray& raw() const { return m_raw; }
    QByteArray publicKey() const;
    QByteArray sign(const QByteArray& message) const;

private:
    explicit Ed25519PrivateKey(QByteArray raw) : m_raw(std::move(raw)) {}
    QByteArray m_raw;
};

// False for any malformed key or signature, never a crash.
bool ed25519Verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

// Cryptographically secure random bytes (OpenSSL RAND_bytes).
QByteArray secureRandomBytes(int count);

} // namespace ssc
