#pragma once

#include <QJsonObject>
#include <QString>

namespace ssc::platform {

class Database;

// What a verifier (an employer, a bank, an office the citizen hands the printed record to) learns from a
// record's verification code (docs/records-and-lookups.md, "Verifying a printed record"): whether a record
// was issued under it, by which office, where and when, and the record's summary as the platform holds it,
// with the holder masked as on paper. Never the figures of every month, never a whole ID number.
struct RecordVerification {
    enum class Outcome { Genuine, Unknown, Failed } outcome = Outcome::Failed;
    // {"genuine": true, "verificationCode", "issuedAt", "issuedBy": {"office": {"zh_CN", "en"}, "place":
    // {"zh_CN", "en"}},
    //  "province": {"code", "name", "names"}, "year", "variant", "holder": "张*", "holderSsn": "11…17",
    //  "summary": {"contributions": [{"insurance", "paidMonths", "arrearsMonths", "transferredMonths"}],
    //              "accounts": [{"account", "closingCents"}], "benefits": [{"insurance", "kind", "months",
    //              "amountCents"}]}}
    QJsonObject json;
};

RecordVerification verifyRecord(Database& db, const QString& code);

} // namespace ssc::platform
