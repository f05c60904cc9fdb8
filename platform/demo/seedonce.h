#pragma once

#include "storage/database.h"

#include <array>
#include <vector>

namespace ssc::platform {

// Runs insertRows in one transaction when table is still empty, so demo seeding is idempotent: restarting
// the platform on the same database adds nothing. False when the database refused.
template <typename InsertRows> bool seedOnce(Database& db, const QString& table, InsertRows insertRows)
{
    auto existing = db.run(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    if (!existing || !existing->next())
        return false;
    const bool seeded = existing->value(0).toInt() > 0;
    existing->finish();
    if (seeded)
        return true;
    Transaction transaction(db);
    return insertRows() && transaction.commit();
}

// Each row is {an UPDATE setting an English column to ? WHERE its Chinese column is ?, the English, the
// Chinese}: the English forms of demo data, set on every start so a database seeded before their migration
// has them too.
using EnglishForms = std::vector<std::array<const char*, 3>>;
inline bool setEnglishForms(Database& db, const EnglishForms& rows)
{
    for (const auto& [sql, englishText, chinese] : rows)
        if (!db.run(QString::fromLatin1(sql), {QString::fromUtf8(englishText), QString::fromUtf8(chinese)}))
            return false;
    return true;
}

} // namespace ssc::platform
