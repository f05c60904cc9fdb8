#include "dataseal.h"

#include "keystore.h"
#include "security/aesgcm.h"
#include "storage/database.h"

namespace ssc::platform::dataseal {
namespace {

const QByteArray magic = "SSCSEAL1";

// The columns sealed at rest and the column that names their row.
struct SealedColumn {
    const char* table;
    const char* column;
    const char* row;
};
constexpr SealedColumn sealedColumns[] = {
    {"person_photos", "photo", "person_id"},
    {"certification_attempts", "frame", "receipt"},
    {"certification_attempts", "recording", "receipt"},
    {"certification_attempts", "recording_sound", "receipt"},
    {"evidence", "content", "id"},
};

} // namespace

bool isSealed(const QByteArray& blob)
{
    return blob.startsWith(magic);
}

QByteArray place(const char* table, const char* column, const QString& row)
{
    return QByteArray(table) + '.' + column + ':' + row.toUtf8();
}

std::optional<QByteArray> seal(KeyStore& keys, const QByteArray& plain, const QByteArray& place)
{
    const QByteArray dataKey = aesgcm::randomBytes(aesgcm::keyBytes);
    if (dataKey.isEmpty())
        return std::nullopt;
    const auto wrapped = keys.wrapDataKey(dataKey);
    const QByteArray sealed = aesgcm::seal(dataKey, plain, place);
    if (!wrapped || wrapped->size() > 255 || sealed.isEmpty())
        return std::nullopt;
    return magic + char(wrapped->size()) + *wrapped + sealed;
}

std::optional<QVariant> sealedOrNull(KeyStore& keys, const QByteArray& plain, const QByteArray& place)
{
    if (plain.isEmpty())
        return QVariant(QMetaType::fromType<QByteArray>());
    const auto sealed = seal(keys, plain, place);
    if (!sealed)
        return std::nullopt;
    return QVariant(*sealed);
}

std::optional<QByteArray> open(KeyStore& keys, const QByteArray& sealed, const QByteArray& place)
{
    if (!isSealed(sealed) || sealed.size() <= magic.size())
        return std::nullopt;
    const int wrappedSize = quint8(sealed.at(magic.size()));
    const qsizetype bodyAt = magic.size() + 1 + wrappedSize;
    if (sealed.size() < bodyAt)
        return std::nullopt;
    const auto dataKey = keys.unwrapDataKey(sealed.mid(magic.size() + 1, wrappedSize));
    if (!dataKey)
        return std::nullopt;
    return aesgcm::open(*dataKey, sealed.mid(bodyAt), place);
}

int sealStoredInTheClear(Database& db, KeyStore& keys, QString* error)
{
    if (!keys.ensureDataWrappingKey(error))
        return -1;
    int count = 0;
    for (const SealedColumn& c : sealedColumns) {
        const QString table = QLatin1String(c.table);
        const QString column = QLatin1String(c.column);
        const QString row = QLatin1String(c.row);
        // substr() of a blob is a blob on SQLite and PostgreSQL alike: only the rows in the clear are read.
        auto q =
            db.run(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 IS NOT NULL AND substr(%2, 1, %4) <> ?")
                       .arg(row, column, table)
                       .arg(magic.size()),
                   {magic});
        if (!q) {
            *error = db.lastError();
            return -1;
        }
        QList<std::pair<QVariant, QByteArray>> clear;
        while (q->next())
            clear.append({q->value(0), q->value(1).toByteArray()});
        q->finish();
        for (const auto& [rowValue, plain] : clear) {
            const auto sealedBlob = seal(keys, plain, place(c.table, c.column, rowValue.toString()));
            if (!sealedBlob) {
                *error = QStringLiteral("%1 cannot seal %2.%3").arg(keys.describe(), table, column);
                return -1;
            }
            if (!db.run(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(table, column, row),
                        {*sealedBlob, rowValue})) {
                *error = db.lastError();
                return -1;
            }
            ++count;
        }
    }
    QStringList tables;
    for (const SealedColumn& c : sealedColumns)
        if (!tables.contains(QLatin1String(c.table)))
            tables.append(QLatin1String(c.table));
    if (count > 0 && !db.reclaimFreedSpace(tables, true)) {
        *error = db.lastError();
        return -1;
    }
    return count;
}

} // namespace ssc::platform::dataseal
