#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace ssc::platform {

// One schema, numbered migrations, applied in order and recorded in schema_migrations. Never edit a
// migration that has shipped: add the next number. Placeholders: {{id}} (auto-increment primary key),
// {{blob}}. A statement beginning {{sqlite}} or {{postgresql}} runs on that database only: for what the two
// do differently (dropping a column's NOT NULL), each side's statements leave the same schema.
struct Migration {
    int version;
    const char* description;
    QStringList statements;
};

const std::vector<Migration>& migrations();
const std::vector<Migration>& laterMigrations(); // from 30 on: what migrations() appends to its first ones
Migration partitionsMigration();                 // 42: PostgreSQL's tables partitioned by month

} // namespace ssc::platform
