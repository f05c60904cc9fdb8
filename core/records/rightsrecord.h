#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace ssc {

// 社会保险个人权益记录单 (rules.md §10) as the platform sends it, checked, and the rules that decide which
// sections a document shows. No widgets and no drawing: documents/ renders it, modules/records shows it.
enum class RecordVariant { Employee, Resident };
enum class MonthMark { Paid, Arrears, TransferredIn, NotDue };

struct ContributionMonth {
    int month = 0;
    qint64 baseCents = 0;
    qint64 employerCents = 0; // for residents: the government's subsidy
    qint64 personalCents = 0;
    MonthMark mark = MonthMark::NotDue;
};

struct InsuranceContributions {
    QString insurance; // pension | medical | unemployment | injury | maternity
    std::array<ContributionMonth, 12> months;

    qint64 employerTotal() const;
    qint64 personalTotal() const;
};

struct PersonalAccount {
    QString account; // pension | medical
    qint64 openingCents = 0;
    qint64 creditedCents = 0;
    qint64 interestCents = 0;
    qint64 withdrawnCents = 0;
    int months = 0; // months of contributions in total at the year's end

    qint64 closingCents() const { return openingCents + creditedCents + interestCents - withdrawnCents; }
};

struct BenefitReceived {
    QString insurance;
    QString kind; // the benefit's name as the province gives it (基本养老金, 失业保险金 …)
    int months = 0;
    qint64 amountCents = 0;
};

// A resident contribution paid through the platform during the record's year (扫码缴费, docs/payments.md).
struct HallPayment {
    QString insurance; // pension | medical: the residents' schemes
    int forYear = 0;   // the year it covers (medical is paid the year before)
    qint64 amountCents = 0;
    QDate paidOn;
    QString receipt; // the receipt's verification code
    int grade = 0;   // the pension's grade in the table it was paid under (第11档); 0: one amount only
};

struct RightsRecord {
    QString provinceCode;
    QString provinceName;
    int year = 0;
    RecordVariant variant = RecordVariant::Employee;
    QString holderName;
    QString holderSsn;
    QString holderSex; // male | female
    QString employer;
    QString startedOn;
    bool retired = false;
    QList<InsuranceContributions> contributions;
    QList<PersonalAccount> accounts;
    QList<BenefitReceived> benefits;
    QList<HallPayment> payments;
    QStringList closedInsurances; // not open for national query in this province
    QString verificationCode;
    QString verifyUrl;
    QDate cutoff;
    QDateTime issuedAt;
    QJsonObject issuingOffice; // {"zh_CN", "en"}: the office whose record this is, printed on it
    QJsonObject issuedAtPlace; // {"zh_CN", "en"}: the terminal it was issued at, as the platform names it

    // Contributions are not shown for retirees; benefits only when some were received (the brief).
    bool showsContributions() const { return !retired && !contributions.isEmpty(); }
    bool showsBenefits() const { return !benefits.isEmpty(); }
    bool showsPayments() const { return !payments.isEmpty(); }
    // Employees: pension and medical accounts; residents: the pension account.
    QList<PersonalAccount> shownAccounts() const;
};

struct RightsRecordParse {
    std::optional<RightsRecord> record;
    QString problem; // for the log, when the platform's answer was not a well-formed record
};

// Reads the platform's JSON (docs/api.md, "Rights records"). Anything missing, unknown or out of range makes
// the whole record unreadable: a record with a wrong figure must never be printed.
RightsRecordParse parseRightsRecord(const QJsonObject& json);

// "12,345.67": yuan with two decimals and thousands separators, the way the documents print amounts.
QString formatYuan(qint64 cents);

} // namespace ssc
