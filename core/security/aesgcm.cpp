#include "aesgcm.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace ssc::aesgcm {
namespace {

const unsigned char* bytes(const QByteArray& value)
{
    return reinterpret_cast<const unsigned char*>(value.constData());
}

unsigned char* bytes(QByteArray& value)
{
    return reinterpret_cast<unsigned char*>(value.data());
}

// The context with cipher, nonce length, key and nonce set, the associated data fed in: what encrypting and
// decrypting share. `encrypt` picks the direction.
bool begin(EVP_CIPHER_CTX* ctx, bool encrypt, const QByteArray& key, const QByteArray& nonce,
           const QByteArray& associated)
{
    int length = 0;
    return ctx &&
           EVP_CipherInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr, encrypt ? 1 : 0) == 1 &&
           EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, nonceBytes, nullptr) == 1 &&
           EVP_CipherInit_ex(ctx, nullptr, nullptr, bytes(key), bytes(nonce), encrypt ? 1 : 0) == 1 &&
           EVP_CipherUpdate(ctx, nullptr, &length, bytes(associated), int(associated.size())) == 1;
}

} // namespace

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (RAND_bytes(bytes(out), count) != 1)
        return {};
    return out;
}

QByteArray seal(const QByteArray& key, const QByteArray& plain, const QByteArray& associated)
{
    const QByteArray nonce = randomBytes(nonceBytes);
    if (key.size() != keyBytes || nonce.isEmpty())
        return {};
    QByteArray cipher(plain.size(), Qt::Uninitialized);
    QByteArray tag(tagBytes, Qt::Uninitialized);
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int length = 0;
    const bool ok = begin(ctx, true, key, nonce, associated) &&
                    EVP_CipherUpdate(ctx, bytes(cipher), &length, bytes(plain), int(plain.size())) == 1 &&
                    EVP_CipherFinal_ex(ctx, bytes(cipher) + length, &length) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, tagBytes, tag.data()) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? nonce + cipher + tag : QByteArray();
}

std::optional<QByteArray> open(const QByteArray& key, const QByteArray& sealed, const QByteArray& associated)
{
    if (key.size() != keyBytes || sealed.size() < nonceBytes + tagBytes)
        return std::nullopt;
    const QByteArray nonce = sealed.left(nonceBytes);
    const QByteArray cipher = sealed.mid(nonceBytes, sealed.size() - nonceBytes - tagBytes);
    QByteArray tag = sealed.right(tagBytes);
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int length = 0;
    const bool ok = begin(ctx, false, key, nonce, associated) &&
                    EVP_CipherUpdate(ctx, bytes(plain), &length, bytes(cipher), int(cipher.size())) == 1 &&
                    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, tagBytes, tag.data()) == 1 &&
                    EVP_CipherFinal_ex(ctx, bytes(plain) + length, &length) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return std::nullopt;
    return plain;
}

} // namespace ssc::aesgcm
