#include "issuerkey.h"

#include "cardauth/cardkey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ssc::platform {
namespace {

bool onlyOwnerMayRead(const QString& path)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return !(QFileInfo(path).permissions() & others);
}

std::optional<QByteArray> createKey(const QString& path, QString* error)
{
    const QByteArray key = cardauth::randomBytes(cardauth::keyBytes);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (key.isEmpty() || !file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || file.write(key.toHex() + '\n') < 0 ||
        !file.commit()) {
        *error = QStringLiteral("the issuer key file %1 could not be written").arg(path);
        return std::nullopt;
    }
    return key;
}

} // namespace

std::optional<QByteArray> loadIssuerKey(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists())
        return createKey(path, error);
    if (!onlyOwnerMayRead(path)) {
        *error = QStringLiteral("the issuer key file %1 may be read by others: make it 0600 (and replace the "
                                "key if others did read it)")
                     .arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the issuer key file %1 cannot be read").arg(path);
        return std::nullopt;
    }
    const QByteArray hex = file.readAll().trimmed();
    const QByteArray key = QByteArray::fromHex(hex);
    if (hex.size() != 2 * cardauth::keyBytes || key.size() != cardauth::keyBytes) {
        *error = QStringLiteral("the issuer key file %1 does not hold a 16-byte key in hex").arg(path);
        return std::nullopt;
    }
    return key;
}

} // namespace ssc::platform
