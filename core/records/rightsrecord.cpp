#include "rightsrecord.h"

#include "payments/money.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ssc {
namespace {

// Ten billion yuan: no real monthly base, account or benefit comes near it; anything above is corrupt.
constexpr qint64 maxCents = 1'000'000'000'000;

const QStringList insuranceKeys{QStringLiteral("pension"), QStringLiteral("medical"),
                                QStringLiteral("unemployment"), QStringLiteral("injury"),
                                QStringLiteral("maternity")};

// Reading with a running "what was wrong" so a bad answer is logged precisely.
class Reader {
public:
    QString problem;

    bool fail(const QString& what)
    {
        if (problem.isEmpty())
            problem = what;
        return false;
    }

    QString text(const QJsonObject& o, const char* key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && (!required || !v.toString().isEmpty()) && v.toString().size() <= 200)
            return v.toString();
        if (!required && (v.isUndefined() || v.isNull()))
            return {};
        fail(QStringLiteral("%1 is not a text").arg(QLatin1String(key)));
        return {};
    }

    qint64 cents(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > double(maxCents) || d != double(qint64(d))) {
            fail(QStringLiteral("%1 is not an amount").arg(QLatin1String(key)));
            return 0;
        }
        return qint64(d);
    }

    int integer(const QJsonObject& o, const char* key, int low, int high)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < low || d > high || d != double(int(d))) {
            fail(QStringLiteral("%1 is out of range").arg(QLatin1String(key)));
            return low;
        }
        return int(d);
    }

    QString insurance(const QJsonObject& o)
    {
        const QString key = text(o, "insurance");
        if (!insuranceKeys.contains(key))
            fail(QStringLiteral("unknown insurance"));
        return key;
    }

    std::optional<MonthMark> mark(const QString& key)
    {
        if (key == u"paid")
            return MonthMark::Paid;
        if (key == u"arrears")
            return MonthMark::Arrears;
        if (key == u"transferred")
            return MonthMark::TransferredIn;
        if (key == u"not_due")
            return MonthMark::NotDue;
        fail(QStringLiteral("unknown month mark"));
        return std::nullopt;
    }

    InsuranceContributions contributions(const QJsonObject& o)
    {
        InsuranceContributions c;
        c.insurance = insurance(o);
        const QJsonArray months = o.value(QStringLiteral("months")).toArray();
        if (months.size() != 12) {
            fail(QStringLiteral("a contribution year needs 12 months"));
            return c;
        }
        for (int i = 0; i < 12; ++i) {
            const QJsonObject m = months[i].toObject();
            ContributionMonth& month = c.months[size_t(i)];
            month.month = integer(m, "month", 1, 12);
            if (month.month != i + 1)
                fail(QStringLiteral("months out of order"));
            month.baseCents = cents(m, "baseCents");
            month.employerCents = cents(m, "employerCents");
            month.personalCents = cents(m, "personalCents");
            month.mark = mark(text(m, "mark")).value_or(MonthMark::NotDue);
        }
        return c;
    }

    PersonalAccount account(const QJsonObject& o)
    {
        PersonalAccount a;
        a.account = text(o, "account");
        if (a.account != u"pension" && a.account != u"medical")
            fail(QStringLiteral("unknown account"));
        a.openingCents = cents(o, "openingCents");
        a.creditedCents = cents(o, "creditedCents");
        a.interestCents = cents(o, "interestCents");
        a.withdrawnCents = cents(o, "withdrawnCents");
        a.months = integer(o, "months", 0, 1200);
        if (a.withdrawnCents > a.openingCents + a.creditedCents + a.interestCents)
            fail(QStringLiteral("an account below zero"));
        return a;
    }

    BenefitReceived benefit(const QJsonObject& o)
    {
        return {insurance(o), text(o, "kind"), integer(o, "months", 1, 12), cents(o, "amountCents")};
    }

    HallPayment payment(const QJsonObject& o)
    {
        HallPayment p{insurance(o), integer(o, "forYear", 1990, 2100), cents(o, "amountCents"),
                      QDate::fromString(text(o, "paidOn"), Qt::ISODate), text(o, "receipt")};
        if (p.insurance != u"pension" && p.insurance != u"medical")
            fail(QStringLiteral("a payment for an insurance residents do not pay"));
        if (!p.paidOn.isValid() || p.amountCents <= 0)
            fail(QStringLiteral("a payment without a day or an amount"));
        if (o.contains(QLatin1String("grade")))
            p.grade = integer(o, "grade", 0, 99);
        return p;
    }

    template <typename Item, typename ReadOne>
    QList<Item> list(const QJsonObject& o, const char* key, ReadOne readOne)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray() || v.toArray().size() > 20) {
            fail(QStringLiteral("%1 is not a list").arg(QLatin1String(key)));
            return {};
        }
        QList<Item> items;
        for (const QJsonValue& item : v.toArray())
            items.append(readOne(item.toObject()));
        return items;
    }
};

} // namespace

qint64 InsuranceContributions::employerTotal() const
{
    qint64 sum = 0;
    for (const ContributionMonth& m : months)
        sum += m.employerCents;
    return sum;
}

qint64 InsuranceContributions::personalTotal() const
{
    qint64 sum = 0;
    for (const ContributionMonth& m : months)
        sum += m.personalCents;
    return sum;
}

QList<PersonalAccount> RightsRecord::shownAccounts() const
{
    QList<PersonalAccount> shown;
    for (const PersonalAccount& a : accounts)
        if (a.account == u"pension" || variant == RecordVariant::Employee)
            shown.append(a);
    return shown;
}

RightsRecordParse parseRightsRecord(const QJsonObject& json)
{
    Reader read;
    RightsRecord r;
    const QJsonObject province = json.value(QStringLiteral("province")).toObject();
    r.provinceCode = read.text(province, "code");
    r.provinceName = read.text(province, "name");
    if (!QRegularExpression(QStringLiteral("^\\d{6}$")).match(r.provinceCode).hasMatch())
        read.fail(QStringLiteral("province code"));
    r.year = read.integer(json, "year", 1990, 2100);
    const QString variant = read.text(json, "variant");
    if (variant != u"employee" && variant != u"resident")
        read.fail(QStringLiteral("unknown variant"));
    r.variant = variant == u"resident" ? RecordVariant::Resident : RecordVariant::Employee;
    const QJsonObject holder = json.value(QStringLiteral("holder")).toObject();
    r.holderName = read.text(holder, "name");
    r.holderSsn = read.text(holder, "ssn");
    r.holderSex = read.text(holder, "sex", false);
    r.employer = read.text(json, "employer", false);
    r.startedOn = read.text(json, "startedOn", false);
    if (!json.value(QStringLiteral("retired")).isBool())
        read.fail(QStringLiteral("retired is not a yes or no"));
    r.retired = json.value(QStringLiteral("retired")).toBool();
    r.contributions = read.list<InsuranceContributions>(
        json, "contributions", [&read](const QJsonObject& o) { return read.contributions(o); });
    r.accounts = read.list<PersonalAccount>(json, "accounts",
                                            [&read](const QJsonObject& o) { return read.account(o); });
    r.benefits = read.list<BenefitReceived>(json, "benefits",
                                            [&read](const QJsonObject& o) { return read.benefit(o); });
    // Platforms before payments (migration 31) send no payments at all.
    if (json.contains(QStringLiteral("payments")))
        r.payments = read.list<HallPayment>(json, "payments",
                                            [&read](const QJsonObject& o) { return read.payment(o); });
    for (const QJsonValue& v : json.value(QStringLiteral("closedInsurances")).toArray())
        if (insuranceKeys.contains(v.toString()))
            r.closedInsurances.append(v.toString());
        else
            read.fail(QStringLiteral("unknown closed insurance"));
    r.verificationCode = read.text(json, "verificationCode");
    if (!QRegularExpression(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$"))
             .match(r.verificationCode)
             .hasMatch())
        read.fail(QStringLiteral("verification code"));
    r.verifyUrl = read.text(json, "verifyUrl");
    if (!r.verifyUrl.startsWith(u"https://"))
        read.fail(QStringLiteral("verification address"));
    r.cutoff = QDate::fromString(read.text(json, "cutoff"), Qt::ISODate);
    r.issuedAt = QDateTime::fromString(read.text(json, "issuedAt"), Qt::ISODate);
    if (!r.cutoff.isValid() || !r.issuedAt.isValid())
        read.fail(QStringLiteral("dates"));
    const QJsonObject issuedBy = json.value(QStringLiteral("issuedBy")).toObject();
    r.issuingOffice = issuedBy.value(QStringLiteral("office")).toObject();
    read.text(r.issuingOffice, "zh_CN");
    read.text(r.issuingOffice, "en", false);
    // Where it was printed: optional, but in both languages when there.
    const QJsonValue place = issuedBy.value(QStringLiteral("place"));
    if (!place.isUndefined() && !place.isNull() && !place.isObject())
        read.fail(QStringLiteral("place is not bilingual"));
    r.issuedAtPlace = place.toObject();
    read.text(r.issuedAtPlace, "zh_CN", false);
    read.text(r.issuedAtPlace, "en", false);
    if (!read.problem.isEmpty())
        return {std::nullopt, read.problem};
    return {r, {}};
}

QString formatYuan(qint64 cents)
{
    return payments::groupedYuanText(cents); // the record's cents are the payments' fen
}

} // namespace ssc
