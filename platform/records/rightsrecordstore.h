#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <algorithm>
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
        QString nameEn;
        QString office; // the office that issues the province's records (migration 19)
        QString officeEn;
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
    // Everything but the verification code, which the caller issues once the record is found. The year may be
    // the current one, whose record runs to `cutoff` (today) instead of the year's end.
    Record record(qint64 personId, const Province& province, int year, const QDate& cutoff);

    // The current year is offered beside the province's closed years: contributions paid at the hall this
    // year (resident pension and medical) show on it at once.
    static int lastYearOffered(const Province& province, const QDate& today)
    {
        return std::max(province.lastYear, today.year());
    }

    // Stores an issued record under a new verification code and returns the code (empty when it failed).
    QString issue(qint64 personId, const QString& province, int year, const QString& terminalId, qint64 now);
    // What a verification code was issued for, and where (the terminal's name) and when.
    struct Issued {
        qint64 personId = 0;
        QString provinceCode;
        int year = 0;
        QString place;   // the terminal's name, in Chinese
        QString placeEn; // and in English
        qint64 issuedAtMs = 0;
    };
    std::optional<Issued> issued(const QString& code, bool* failed);

private:
    std::optional<QJsonArray> contributions(qint64 personId, const Province& province, int year);
    std::optional<QJsonArray> accounts(qint64 personId, const QString& province, int year);
    std::optional<QJsonArray> benefits(qint64 personId, const QString& province, int year);
    // Resident contributions paid through the platform from the cutoff's 1 January to the cutoff
    // (platform/payments), on the record of the province the person was last enrolled in; refunded ones are
    // gone from the ledger.
    std::optional<QJsonArray> hallPayments(qint64 personId, const QString& province, const QDate& cutoff);

    Database& m_db;
};

// {"code", "name" (Chinese), "names": {"zh_CN", "en"}}: a terminal shows the name of its screen's language.
QJsonObject provinceJson(const RightsRecordStore::Province& province);
// {"zh_CN", "en"}: the office that issues the province's records, printed on them.
QJsonObject issuingOfficeJson(const RightsRecordStore::Province& province);

} // namespace ssc::platform
