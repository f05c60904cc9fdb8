#include "secrets.h"

#include "ecard/ed25519.h"

#include <QCryptographicHash>

namespace ssc::platform {
namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QString newToken(int bytes)
{
    return QString::fromLatin1(secureRandomBytes(bytes).toBase64(base64url));
}

QString tokenHash(const QString& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace ssc::platform
