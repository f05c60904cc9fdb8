#include "filekeystore.h"

#include "cardauth/cardkey.h"
#include "ecard/ed25519.h"
#include "privatefiles.h"
#include "security/aesgcm.h"

#include <QDir>
#include <QFileInfo>

namespace ssc::platform {
namespace {

// A key file holds the key in hex and a newline; anything else is refused.
std::optional<QByteArray> readKeyFile(const QString& path, const QString& what, int bytes, QString* error)
{
    const auto contents = readPrivateFile(path, what, error);
    if (!contents)
        return std::nullopt;
    const QByteArray hex = contents->trimmed();
    const QByteArray key = QByteArray::fromHex(hex);
    if (hex.size() != 2 * bytes || key.size() != bytes) {
        *error = QStringLiteral("%1 %2 does not hold a %3-byte key in hex").arg(what, path).arg(bytes);
        return std::nullopt;
    }
    return key;
}

} // namespace

FileKeyStore::FileKeyStore(QString folder, QString issuerKeyFile)
    : m_folder(std::move(folder)),
      m_issuerKeyFile(issuerKeyFile.isEmpty() ? QDir(m_folder).filePath(QStringLiteral("issuer-master.key"))
                                              : std::move(issuerKeyFile))
{}

QString FileKeyStore::describe() const
{
    return QStringLiteral("key files in %1").arg(m_folder);
}

QString FileKeyStore::signingKeyFile(quint8 keyId) const
{
    return QDir(m_folder).filePath(QStringLiteral("ecard-signing-%1.key").arg(keyId));
}

std::optional<QByteArray> FileKeyStore::createSigningKey(quint8 keyId, QString* error)
{
    // Several instances may make the first key at once (SigningKeys::currentKeyId): the file is made only if
    // absent, so the one that loses keeps no key of its own and reads the winner's.
    const Ed25519PrivateKey key = Ed25519PrivateKey::generate();
    if (!createPrivateFile(signingKeyFile(keyId), key.raw().toHex() + '\n', error))
        return std::nullopt;
    m_signingKeys[keyId] = key.raw();
    return key.publicKey();
}

std::optional<QByteArray> FileKeyStore::sign(quint8 keyId, const QByteArray& message)
{
    auto known = m_signingKeys.find(keyId);
    if (known == m_signingKeys.end()) {
        // Made by another instance or by `ssc-platform keys rotate` since this one started.
        QString error;
        const auto raw =
            readKeyFile(signingKeyFile(keyId), QStringLiteral("the signing key file"), 32, &error);
        if (!raw)
            return std::nullopt;
        known = m_signingKeys.emplace(keyId, *raw).first;
    }
    const auto key = Ed25519PrivateKey::fromRaw(known->second);
    if (!key)
        return std::nullopt;
    return key->sign(message);
}

bool FileKeyStore::hasIssuerKey()
{
    return QFileInfo::exists(m_issuerKeyFile);
}

bool FileKeyStore::createIssuerKey(QString* error)
{
    const QByteArray key = cardauth::randomBytes(cardauth::keyBytes);
    return !key.isEmpty() && importIssuerKey(key, error);
}

bool FileKeyStore::importIssuerKey(const QByteArray& key, QString* error)
{
    if (key.size() != cardauth::keyBytes || hasIssuerKey()) {
        *error = hasIssuerKey() ? QStringLiteral("%1 exists already").arg(m_issuerKeyFile)
                                : QStringLiteral("an issuer master key has 16 bytes");
        return false;
    }
    if (!writePrivateFile(m_issuerKeyFile, key.toHex() + '\n', error))
        return false;
    m_issuerKey = key;
    return true;
}

bool FileKeyStore::openIssuerKey(QString* error)
{
    if (!m_issuerKey)
        m_issuerKey =
            readKeyFile(m_issuerKeyFile, QStringLiteral("the issuer key file"), cardauth::keyBytes, error);
    return m_issuerKey.has_value();
}

std::optional<QByteArray> FileKeyStore::diversify(const QByteArray& block)
{
    QString error;
    if (!openIssuerKey(&error))
        return std::nullopt;
    return cardauth::diversify(*m_issuerKey, block);
}

bool FileKeyStore::ensureDataWrappingKey(QString* error)
{
    if (m_dataWrappingKey)
        return true;
    const QString path = QDir(m_folder).filePath(QStringLiteral("data-wrapping.key"));
    if (!QFileInfo::exists(path)) {
        const QByteArray key = aesgcm::randomBytes(aesgcm::keyBytes);
        if (key.isEmpty() || !writePrivateFile(path, key.toHex() + '\n', error))
            return false;
    }
    m_dataWrappingKey =
        readKeyFile(path, QStringLiteral("the data wrapping key file"), aesgcm::keyBytes, error);
    return m_dataWrappingKey.has_value();
}

std::optional<QByteArray> FileKeyStore::wrapDataKey(const QByteArray& dataKey)
{
    QString error;
    if (dataKey.size() != aesgcm::keyBytes || !ensureDataWrappingKey(&error))
        return std::nullopt;
    const QByteArray wrapped = aesgcm::seal(*m_dataWrappingKey, dataKey, "ssc data key");
    return wrapped.isEmpty() ? std::nullopt : std::optional(wrapped);
}

std::optional<QByteArray> FileKeyStore::unwrapDataKey(const QByteArray& wrapped)
{
    QString error;
    if (!ensureDataWrappingKey(&error))
        return std::nullopt;
    return aesgcm::open(*m_dataWrappingKey, wrapped, "ssc data key");
}

} // namespace ssc::platform
