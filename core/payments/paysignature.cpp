#include "paysignature.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace ssc::payments {
namespace {

// Compares in time that does not depend on where the first difference is.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

QByteArray PaySignature::mac(const QByteArray& key, const QByteArray& method, const QByteArray& path,
                             const QByteArray& timestamp, const QByteArray& nonce, const QByteArray& body)
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, key);
    for (const QByteArray* part : {&method, &path, &timestamp, &nonce}) {
        code.addData(*part);
        code.addData("\n", 1);
    }
    code.addData(body);
    return code.result().toHex();
}

PaySignature PaySignature::sign(const QByteArray& key, const QByteArray& method, const QByteArray& path,
                                const QByteArray& body, qint64 nowMs)
{
    PaySignature s;
    s.timestamp = QByteArray::number(nowMs);
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), 4);
    s.nonce = random.toHex();
    s.signature = mac(key, method, path, s.timestamp, s.nonce, body);
    return s;
}

bool PaySignature::verify(const QByteArray& key, const QByteArray& method, const QByteArray& path,
                          const QByteArray& body, qint64 nowMs, QString* why) const
{
    bool numeric = false;
    const qint64 stamped = timestamp.toLongLong(&numeric);
    if (!numeric || nonce.size() < 16 || signature.isEmpty()) {
        *why = QStringLiteral("signature headers missing or malformed");
        return false;
    }
    if (qAbs(nowMs - stamped) > maxSkewMs) {
        *why = QStringLiteral("timestamp %1 ms away from now").arg(nowMs - stamped);
        return false;
    }
    if (!sameBytes(mac(key, method, path, timestamp, nonce, body), signature.toLower())) {
        *why = QStringLiteral("signature does not match");
        return false;
    }
    return true;
}

} // namespace ssc::payments
