#include "keystore.h"

#include "filekeystore.h"
#include "pkcs11keystore.h"
#include "privatefiles.h"

#include <QUrl>
#include <QUrlQuery>

namespace ssc::platform {
namespace {

// pkcs11:token=LABEL?module-path=LIB&pin-source=FILE (RFC 7512; only these attributes).
std::unique_ptr<KeyStore> openPkcs11(const QString& uri, QString* error)
{
    const qsizetype question = uri.indexOf(u'?');
    const QString path = uri.mid(7, question < 0 ? -1 : question - 7);
    const QUrlQuery query(question < 0 ? QString() : uri.mid(question + 1));
    QString token;
    for (const QString& part : path.split(u';', Qt::SkipEmptyParts)) {
        if (!part.startsWith(u"token=")) {
            *error = QStringLiteral("the key store URI names only token=…; not %1").arg(part);
            return nullptr;
        }
        token = QUrl::fromPercentEncoding(part.mid(6).toUtf8());
    }
    const QString module = query.queryItemValue(QStringLiteral("module-path"), QUrl::FullyDecoded);
    const QString pinSource = query.queryItemValue(QStringLiteral("pin-source"), QUrl::FullyDecoded);
    if (token.isEmpty() || module.isEmpty() || pinSource.isEmpty()) {
        *error =
            QStringLiteral("a PKCS#11 key store is pkcs11:token=LABEL?module-path=LIBRARY&pin-source=FILE");
        return nullptr;
    }
    const auto pin = readPrivateFile(pinSource.startsWith(u"file:") ? pinSource.mid(5) : pinSource,
                                     QStringLiteral("the PKCS#11 PIN file"), error);
    if (!pin)
        return nullptr;
    return Pkcs11KeyStore::open(module, token, pin->trimmed(), error);
}

} // namespace

std::unique_ptr<KeyStore> openKeyStore(const QString& spec, const QString& issuerKeyFile, QString* error)
{
    if (spec.startsWith(u"pkcs11:"))
        return openPkcs11(spec, error);
    if (spec.startsWith(u"file:") && spec.size() > 5) {
        const QString folder = spec.mid(5);
        if (!makePrivateFolder(folder)) {
            *error = QStringLiteral("the key folder %1 cannot be made private (0700)").arg(folder);
            return nullptr;
        }
        return std::make_unique<FileKeyStore>(folder, issuerKeyFile);
    }
    *error = QStringLiteral("--key-store is file:FOLDER or pkcs11:token=…?module-path=…&pin-source=…");
    return nullptr;
}

} // namespace ssc::platform
