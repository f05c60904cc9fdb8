#include "cardkey.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace ssc::cardauth {
namespace {

// One 16-byte block under a 16-byte `key` with `cipher` (SM4 or AES-128, ECB), without padding.
std::optional<QByteArray> encryptBlock(const EVP_CIPHER* cipher, const QByteArray& key,
                                       const QByteArray& block)
{
    if (key.size() != keyBytes || block.size() != 16)
        return std::nullopt;
    const std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> context(EVP_CIPHER_CTX_new(),
                                                                                  &EVP_CIPHER_CTX_free);
    if (!context)
        return std::nullopt;
    const auto* k = reinterpret_cast<const unsigned char*>(key.constData());
    if (EVP_EncryptInit_ex(context.get(), cipher, nullptr, k, nullptr) != 1 ||
        EVP_CIPHER_CTX_set_padding(context.get(), 0) != 1)
        return std::nullopt;
    QByteArray out(32, '\0');
    int written = 0;
    int tail = 0;
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    if (EVP_EncryptUpdate(context.get(), o, &written,
                          reinterpret_cast<const unsigned char*>(block.constData()),
                          int(block.size())) != 1 ||
        EVP_EncryptFinal_ex(context.get(), o + written, &tail) != 1 || written + tail != 16)
        return std::nullopt;
    out.truncate(16);
    return out;
}

} // namespace

std::optional<QByteArray> identifierBytes(const QString& cardIdentifier)
{
    if (cardIdentifier.size() != 32)
        return std::nullopt;
    for (const QChar c : cardIdentifier)
        if (!c.isDigit() && !(c >= u'A' && c <= u'F') && !(c >= u'a' && c <= u'f'))
            return std::nullopt;
    return QByteArray::fromHex(cardIdentifier.toLatin1());
}

std::optional<QByteArray> diversifiedCardKey(const QByteArray& issuerMasterKey, const QString& cardIdentifier)
{
    const auto data = identifierBytes(cardIdentifier);
    if (!data)
        return std::nullopt;
    return diversify(issuerMasterKey, *data);
}

std::optional<QByteArray> diversify(const QByteArray& issuerMasterKey, const QByteArray& block)
{
    return encryptBlock(EVP_aes_128_ecb(), issuerMasterKey, block);
}

std::optional<QByteArray> cryptogram(const QByteArray& cardKey, const QByteArray& challenge)
{
    if (challenge.size() != challengeBytes)
        return std::nullopt;
    return encryptBlock(EVP_sm4_ecb(), cardKey, challenge);
}

std::optional<QByteArray> unblockKeyBlock(const QString& cardIdentifier)
{
    auto data = identifierBytes(cardIdentifier);
    if (!data)
        return std::nullopt;
    for (char& byte : *data)
        byte = char(~quint8(byte));
    return data;
}

std::optional<QByteArray> diversifiedUnblockKey(const QByteArray& issuerMasterKey,
                                                const QString& cardIdentifier)
{
    const auto block = unblockKeyBlock(cardIdentifier);
    if (!block)
        return std::nullopt;
    return diversify(issuerMasterKey, *block);
}

namespace {

// The first `bytes` bytes of SM4-ECB(key, the card's challenge padded to one block): ISO 9797-1 padding
// method 2, 80 then zeros.
std::optional<QByteArray> overCardChallenge(const QByteArray& key, const QByteArray& cardChallenge, int bytes)
{
    if (cardChallenge.size() != cardChallengeBytes)
        return std::nullopt;
    const QByteArray block = cardChallenge + QByteArray(1, char(0x80)) + QByteArray(7, '\0');
    const auto encrypted = encryptBlock(EVP_sm4_ecb(), key, block);
    if (!encrypted)
        return std::nullopt;
    return encrypted->left(bytes);
}

} // namespace

std::optional<QByteArray> resetMac(const QByteArray& unblockKey, const QByteArray& cardChallenge)
{
    return overCardChallenge(unblockKey, cardChallenge, resetMacBytes);
}

std::optional<QByteArray> externalCryptogram(const QByteArray& terminalKey, const QByteArray& cardChallenge)
{
    return overCardChallenge(terminalKey, cardChallenge, externalCryptogramBytes);
}

bool sameCryptogram(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && !a.isEmpty() &&
           CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1)
        return {};
    return bytes;
}

} // namespace ssc::cardauth
