#include "sealedstore.h"

#include "keys/dataseal.h"
#include "keys/keystore.h"
#include "platformfixture.h"

#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace sealedstore {
namespace {

using namespace ssc::platform;

std::unique_ptr<KeyStore> keysOf(PlatformFixture& platform)
{
    QString error;
    return openKeyStore(platform.keyStore(), {}, &error);
}

} // namespace

std::optional<QByteArray> open(PlatformFixture& platform, const QByteArray& sealed, const QByteArray& place)
{
    const auto keys = keysOf(platform);
    return keys ? dataseal::open(*keys, sealed, place) : std::nullopt;
}

QByteArray photoOnFile(PlatformFixture& platform)
{
    QSqlQuery q(platform.database());
    if (!q.exec(QStringLiteral("SELECT person_id, photo FROM person_photos ORDER BY person_id")) || !q.next())
        return {};
    return open(platform, q.value(1).toByteArray(),
                dataseal::place("person_photos", "photo", q.value(0).toString()))
        .value_or(QByteArray());
}

bool setPhotoOnFile(PlatformFixture& platform, const QByteArray& jpeg)
{
    const auto keys = keysOf(platform);
    QSqlQuery q(platform.database());
    if (!keys || !q.exec(QStringLiteral("SELECT person_id FROM person_photos")))
        return false;
    QList<qint64> people;
    while (q.next())
        people.append(q.value(0).toLongLong());
    q.finish();
    for (const qint64 person : people) {
        const auto sealed =
            dataseal::seal(*keys, jpeg, dataseal::place("person_photos", "photo", QString::number(person)));
        if (!sealed || !q.prepare(QStringLiteral("UPDATE person_photos SET photo = ? WHERE person_id = ?")))
            return false;
        q.addBindValue(*sealed);
        q.addBindValue(person);
        if (!q.exec())
            return false;
    }
    return true;
}

} // namespace sealedstore
