#pragma once

#include "storage/database.h"

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

} // namespace ssc::platform
