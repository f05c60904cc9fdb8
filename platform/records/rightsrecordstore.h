#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ssc::platform {

class Database;

// The rights record data the platform holds (migration 4): which provinces answer national queries, and one
// person's record for one province and year, as the JSON the terminal renders (docs/api.md, "Rights
// records").
class RightsRecordStore {
public:
    explicit RightsRecordStore(Database& db) : m_db(db) {}

    struct Province {
        QString code;
        QString name;
        int firstYear = 0;
        int lastYear = 0;
        bool timesOut = false;
        QStringList openInsurances;
        QStringList closedInsurances;
    };
    // Empty optional: the database failed.
    std::optional<QList<Province>> provinces();
    std::optional<Province> province(const QString& code, bool* failed);

    enum class Outcome { Found, NoRecord, Failed };
    struct Record {
        Outcome outcome = Outcome::Failed;
        QJsonObject json;
    };
    // Everything but the verification code, which the caller issues once the record is found.
    Record record(qint64 personId, const Province& province, int year);

    // Stores an issued record under a new verification code and returns the code (empty when it failed).
    QString issue(qint64 personId, const QString& province, int year, const QString& terminalId, qint64 now);
    // The record a verification code was issued for: {"province", "year", "holder" (masked), "issuedAt"}.
    std::optional<QJsonObject> verify(const QString& code, bool* failed);

private:
    std::optional<QJsonArray> contributions(qint64 personId, const Province& province, int year);
    std::optional<QJsonArray> accounts(qint64 personId, const QString& province, int year);
    std::optional<QJsonArray> benefits(qint64 personId, const QString& province, int year);

    Database& m_db;
};

} // namespace ssc::platform
