#include "keyscommand.h"

#include "ecard/signingkeys.h"
#include "keystore.h"
#include "privatefiles.h"
#include "storage/database.h"

#include <QDateTime>

namespace ssc::platform {
namespace {

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

int list(Database& db, QString* report, QString* error)
{
    auto q = db.run(QStringLiteral("SELECT key_id, created_at, retired_at FROM ecard_keys ORDER BY key_id"));
    if (!q) {
        *error = db.lastError();
        return 1;
    }
    while (q->next()) {
        const bool signs = q->value(2).isNull();
        *report += QStringLiteral("key %1  made %2  %3\n")
                       .arg(q->value(0).toInt())
                       .arg(when(q->value(1).toLongLong()),
                            signs ? QStringLiteral("signs new codes")
                                  : QStringLiteral("retired %1").arg(when(q->value(2).toLongLong())));
    }
    return 0;
}

int rotate(Database& db, KeyStore& store, QString* report, QString* error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto keyId = SigningKeys(db, store).rotate(now, error);
    if (!keyId)
        return 1;
    *report = QStringLiteral("key %1 signs new codes from now on (in %2); older keys verify the codes they "
                             "signed until %3, when the last of those expires\n")
                  .arg(*keyId)
                  .arg(store.describe(), when(now + SigningKeys::publishedAfterRetirementMs));
    return 0;
}

int importIssuerKey(const QString& path, KeyStore& store, QString* report, QString* error)
{
    const auto contents = readPrivateFile(path, QStringLiteral("the issuer key file"), error);
    if (!contents)
        return 1;
    const QByteArray hex = contents->trimmed();
    if (hex.size() != 32 || QByteArray::fromHex(hex).size() != 16) {
        *error = QStringLiteral("%1 does not hold a 16-byte key in hex").arg(path);
        return 1;
    }
    if (!store.importIssuerKey(QByteArray::fromHex(hex), error))
        return 1;
    *report =
        QStringLiteral("the issuer master key is now in %1; keep %2 offline as its backup or destroy it\n")
            .arg(store.describe(), path);
    return 0;
}

} // namespace

int runKeysCommand(const QStringList& args, Database& db, KeyStore& store, QString* report, QString* error)
{
    if (args == QStringList{QStringLiteral("list")})
        return list(db, report, error);
    if (args == QStringList{QStringLiteral("rotate")})
        return rotate(db, store, report, error);
    if (args.size() == 2 && args[0] == u"import-issuer-key")
        return importIssuerKey(args[1], store, report, error);
    *error = QStringLiteral("keys list | keys rotate | keys import-issuer-key FILE");
    return 2;
}

} // namespace ssc::platform
