#include "recordverification.h"

#include "http/apiresult.h"
#include "privacy/masking.h"
#include "rightsrecordstore.h"

#include <QDateTime>
#include <QJsonArray>

namespace ssc::platform {
namespace {

QJsonArray contributionSummary(const QJsonArray& contributions)
{
    QJsonArray list;
    for (const QJsonValue& insurance : contributions) {
        int paid = 0;
        int arrears = 0;
        int transferred = 0;
        for (const QJsonValue& month : insurance[QStringLiteral("months")].toArray()) {
            const QString mark = month[QStringLiteral("mark")].toString();
            paid += mark == u"paid";
            arrears += mark == u"arrears";
            transferred += mark == u"transferred";
        }
        list.append(QJsonObject{{QStringLiteral("insurance"), insurance[QStringLiteral("insurance")]},
                                {QStringLiteral("paidMonths"), paid},
                                {QStringLiteral("arrearsMonths"), arrears},
                                {QStringLiteral("transferredMonths"), transferred}});
    }
    return list;
}

QJsonArray accountSummary(const QJsonArray& accounts)
{
    QJsonArray list;
    for (const QJsonValue& a : accounts) {
        const auto cents = [&a](const char* key) { return a[QLatin1String(key)].toInteger(); };
        list.append(QJsonObject{
            {QStringLiteral("account"), a[QStringLiteral("account")]},
            {QStringLiteral("closingCents"), cents("openingCents") + cents("creditedCents") +
                                                 cents("interestCents") - cents("withdrawnCents")}});
    }
    return list;
}

// Without the receipts' own verification codes: this page is for whoever holds the record's code.
QJsonArray paymentSummary(const QJsonArray& payments)
{
    QJsonArray list;
    for (const QJsonValue& value : payments) {
        QJsonObject payment = value.toObject();
        payment.remove(QStringLiteral("receipt"));
        list.append(payment);
    }
    return list;
}

} // namespace

RecordVerification verifyRecord(Database& db, const QString& code)
{
    RightsRecordStore store(db);
    bool failed = false;
    const auto issued = store.issued(code, &failed);
    if (failed)
        return {};
    if (!issued)
        return {RecordVerification::Outcome::Unknown, {}};
    const auto province = store.province(issued->provinceCode, &failed);
    if (failed || !province)
        return {};
    // What the paper showed: a record of the year it was printed in runs to its printing day.
    const QDate printedOn = QDateTime::fromMSecsSinceEpoch(issued->issuedAtMs).date();
    const QDate cutoff = printedOn.year() == issued->year ? printedOn : QDate(issued->year, 12, 31);
    const RightsRecordStore::Record record = store.record(issued->personId, *province, issued->year, cutoff);
    if (record.outcome != RightsRecordStore::Outcome::Found)
        return {};
    const QJsonObject holder = record.json[QStringLiteral("holder")].toObject();
    return {
        RecordVerification::Outcome::Genuine,
        {{QStringLiteral("genuine"), true},
         {QStringLiteral("verificationCode"), code.trimmed().toUpper()},
         {QStringLiteral("issuedAt"),
          QDateTime::fromMSecsSinceEpoch(issued->issuedAtMs).toUTC().toString(Qt::ISODate)},
         {QStringLiteral("issuedBy"),
          QJsonObject{{QStringLiteral("office"), issuingOfficeJson(*province)},
                      {QStringLiteral("place"), bilingualPair(issued->place, issued->placeEn)}}},
         {QStringLiteral("province"), provinceJson(*province)},
         {QStringLiteral("year"), issued->year},
         {QStringLiteral("variant"), record.json[QStringLiteral("variant")]},
         {QStringLiteral("holder"), mask(holder[QStringLiteral("name")].toString(), MaskKind::Name)},
         {QStringLiteral("holderSsn"), mask(holder[QStringLiteral("ssn")].toString(), MaskKind::IdNumber)},
         {QStringLiteral("summary"),
          QJsonObject{
              {QStringLiteral("contributions"),
               contributionSummary(record.json[QStringLiteral("contributions")].toArray())},
              {QStringLiteral("accounts"), accountSummary(record.json[QStringLiteral("accounts")].toArray())},
              {QStringLiteral("benefits"), record.json[QStringLiteral("benefits")]},
              {QStringLiteral("payments"),
               paymentSummary(record.json[QStringLiteral("payments")].toArray())}}}}};
}

} // namespace ssc::platform
