#include "passwordhash.h"

#include "cardauth/cardkey.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace ssc {
namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray pbkdf2(const QString& password, const QByteArray& salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(32, '\0');
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()),
                          static_cast<int>(salt.size()), iterations, EVP_sha256(),
                          static_cast<int>(out.size()), reinterpret_cast<unsigned char*>(out.data())) != 1)
        return {};
    return out;
}

} // namespace

QString hashPassword(const QString& password, int iterations)
{
    const QByteArray salt = cardauth::randomBytes(16);
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64(base64url)),
             QString::fromLatin1(pbkdf2(password, salt, iterations).toBase64(base64url)));
}

bool verifyPassword(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts[0] != u"pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1000 || iterations > 10000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1(), base64url);
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1(), base64url);
    const QByteArray actual = pbkdf2(password, salt, iterations);
    return expected.size() == 32 && actual.size() == 32 &&
           CRYPTO_memcmp(expected.constData(), actual.constData(), 32) == 0;
}

} // namespace ssc
