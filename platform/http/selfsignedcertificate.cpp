#include "selfsignedcertificate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ssc::platform {
namespace {

QByteArray bioText(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

// PEM certificate and key, or empty on failure.
std::pair<QByteArray, QByteArray> makeSelfSigned()
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), X509_free);
    if (!key || !cert)
        return {};
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()),
                     static_cast<long>(QDateTime::currentSecsSinceEpoch()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("ssc-platform"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, cert.get(), cert.get(), nullptr, nullptr, 0);
    if (X509_EXTENSION* san =
            X509V3_EXT_conf_nid(nullptr, &context, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1")) {
        X509_add_ext(cert.get(), san, -1);
        X509_EXTENSION_free(san);
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return {};
    std::unique_ptr<BIO, decltype(&BIO_free)> certBio(BIO_new(BIO_s_mem()), BIO_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> keyBio(BIO_new(BIO_s_mem()), BIO_free);
    if (!PEM_write_bio_X509(certBio.get(), cert.get()) ||
        !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return {};
    return {bioText(certBio.get()), bioText(keyBio.get())};
}

bool writeFile(const QString& path, const QByteArray& data, QFileDevice::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size() &&
           file.setPermissions(permissions);
}

} // namespace

std::optional<TlsIdentity> loadTlsIdentity(const QString& certificateFile, const QString& keyFile,
                                           QString* error)
{
    QFile certFile(certificateFile);
    QFile keyFileHandle(keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFileHandle.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate or key");
        return std::nullopt;
    }
    const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFileHandle.readAll(), QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        *error = QStringLiteral("the TLS certificate or key is not a PEM EC certificate/key");
        return std::nullopt;
    }
    TlsIdentity identity;
    identity.configuration = QSslConfiguration::defaultConfiguration();
    identity.configuration.setLocalCertificate(certificate);
    identity.configuration.setPrivateKey(key);
    identity.configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    identity.configuration.setProtocol(QSsl::TlsV1_2OrLater);
    identity.pinSha256Hex = QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex();
    return identity;
}

std::optional<TlsIdentity> selfSignedTlsIdentity(const QString& directory, QString* error)
{
    const QDir dir(directory);
    const QString certPath = dir.filePath(QStringLiteral("platform-cert.pem"));
    const QString keyPath = dir.filePath(QStringLiteral("platform-key.pem"));
    if (!QFile::exists(certPath) || !QFile::exists(keyPath)) {
        QDir().mkpath(directory);
        const auto [cert, key] = makeSelfSigned();
        if (cert.isEmpty() ||
            !writeFile(certPath, cert,
                       QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther) ||
            !writeFile(keyPath, key, QFile::ReadOwner | QFile::WriteOwner)) {
            *error = QStringLiteral("cannot create a self-signed certificate in ") + directory;
            return std::nullopt;
        }
    }
    auto identity = loadTlsIdentity(certPath, keyPath, error);
    if (identity)
        writeFile(dir.filePath(QStringLiteral("platform.pin")), identity->pinSha256Hex + '\n',
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return identity;
}

} // namespace ssc::platform
