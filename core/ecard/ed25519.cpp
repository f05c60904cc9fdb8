#include "ed25519.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>
#include <stdexcept>

namespace ssc {
namespace {

using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using MdContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

size_t length(const QByteArray& data)
{
    return static_cast<size_t>(data.size());
}

PKey privateKey(const QByteArray& raw)
{
    return PKey(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(raw), length(raw)),
                EVP_PKEY_free);
}

} // namespace

Ed25519PrivateKey Ed25519PrivateKey::generate()
{
    return Ed25519PrivateKey(secureRandomBytes(32));
}

std::optional<Ed25519PrivateKey> Ed25519PrivateKey::fromRaw(const QByteArray& raw)
{
    if (raw.size() != 32)
        return std::nullopt;
    return Ed25519PrivateKey(raw);
}

QByteArray Ed25519PrivateKey::publicKey() const
{
    const PKey key = privateKey(m_raw);
    QByteArray out(32, '\0');
    size_t size = 32;
    if (!key ||
        EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(out.data()), &size) != 1)
        throw std::runtime_error("Ed25519: cannot derive the public key");
    return out;
}

QByteArray Ed25519PrivateKey::sign(const QByteArray& message) const
{
    const PKey key = privateKey(m_raw);
    MdContext context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    QByteArray signature(64, '\0');
    size_t size = 64;
    if (!key || !context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &size,
                       bytes(message), length(message)) != 1)
        throw std::runtime_error("Ed25519: signing failed");
    return signature;
}

bool ed25519Verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    if (publicKey.size() != 32 || signature.size() != 64)
        return false;
    const PKey key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), length(publicKey)),
        EVP_PKEY_free);
    MdContext context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!key || !context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(context.get(), bytes(signature), length(signature), bytes(message),
                            length(message)) == 1;
}

QByteArray secureRandomBytes(int count)
{
    QByteArray out(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        throw std::runtime_error("no secure random bytes");
    return out;
}

} // namespace ssc
