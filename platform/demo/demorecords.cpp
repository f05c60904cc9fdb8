#include "demorecords.h"

#include "seedonce.h"

#include <QSet>

#include <algorithm>

namespace ssc::platform {
namespace {

struct Province {
    const char* code;
    const char* name;
    const char* nameEn;
    const char* office; // the office that issues the province's records, in Chinese and English
    const char* officeEn;
    int firstYear;
    int lastYear;
    const char* upstream; // ok | timeout (the provincial system does not answer in time)
    QSet<QString> closed; // insurances not open for national query
};

const QStringList insurances{QStringLiteral("pension"), QStringLiteral("medical"),
                             QStringLiteral("unemployment"), QStringLiteral("injury"),
                             QStringLiteral("maternity")};

const std::vector<Province>& provinces()
{
    static const std::vector<Province> all{
        {"110000",
         "北京市",
         "Beijing",
         "北京市社会保险基金管理中心",
         "Beijing Social Insurance Fund Management Centre",
         2019,
         2025,
         "ok",
         {}},
        {"310000",
         "上海市",
         "Shanghai",
         "上海市社会保险事业管理中心",
         "Shanghai Social Insurance Administration Centre",
         2019,
         2025,
         "ok",
         {}},
        {"440000",
         "广东省",
         "Guangdong",
         "广东省社会保险基金管理局",
         "Guangdong Social Insurance Fund Administration",
         2020,
         2025,
         "ok",
         {QStringLiteral("injury"), QStringLiteral("maternity")}},
        {"420000",
         "湖北省",
         "Hubei",
         "湖北省社会保险服务中心",
         "Hubei Social Insurance Service Centre",
         2019,
         2025,
         "ok",
         {}},
        {"330000", "浙江省", "Zhejiang", "浙江省社会保险事业管理服务中心",
         "Zhejiang Social Insurance Administration and Service Centre", 2021, 2025, "ok",
         QSet<QString>(insurances.begin(), insurances.end())},
        {"510000",
         "四川省",
         "Sichuan",
         "四川省社会保险事业管理局",
         "Sichuan Social Insurance Administration",
         2019,
         2025,
         "timeout",
         {}},
    };
    return all;
}

// Contribution rates of an employee (employer, personal), in per mille of the base.
struct Rate {
    int employer;
    int personal;
};
Rate employeeRate(const QString& insurance)
{
    if (insurance == u"pension")
        return {160, 80};
    if (insurance == u"medical")
        return {80, 20};
    if (insurance == u"unemployment")
        return {5, 5};
    if (insurance == u"injury")
        return {4, 0};
    return {8, 0}; // maternity
}

// Credited interest rates of pension personal accounts (人社部 announcements), per mille.
int interestPerMille(int year)
{
    switch (year) {
    case 2019:
        return 761;
    case 2020:
        return 604;
    case 2021:
        return 669;
    case 2022:
        return 612;
    case 2023:
        return 397;
    case 2024:
        return 262;
    default:
        return 250;
    }
}

// One person's history in one province. A month mark is paid unless listed otherwise.
struct History {
    const char* demoKey;
    const char* province;
    const char* scheme; // employee | resident
    const char* employer;
    const char* startedOn;
    const char* retiredOn; // null while working
    int firstYear;
    int lastYear;
    qint64 firstBaseCents; // monthly base in the first year; +6 % a year
    int lastMonth;         // months after it in the last year are not due (left, or the year is running)
    int firstMonth = 1;    // months before it in the first year: transferred in from elsewhere
    std::vector<std::pair<int, int>> arrears{}; // (year, month)
    qint64 openingCents = 0;                    // pension account balance before the first year
    int openingMonths = 0;
    const char* benefitInsurance = nullptr;
    const char* benefitKind = nullptr;
    qint64 benefitMonthlyCents = 0;
    int benefitFromMonth = 1; // in each year from firstYear (only the last year for unemployment)
    // A farmer-worker (失业保险条例 §21): the employer alone pays unemployment insurance, and the months
    // before firstMonth are before the first job, not transferred in.
    bool employerOnly = false;
};

const std::vector<History>& histories()
{
    static const std::vector<History> all{
        {"zhang-wei",
         "110000",
         "employee",
         "北京华信科技有限公司",
         "2008-07-01",
         nullptr,
         2019,
         2025,
         900000,
         12,
         1,
         {{2024, 3}, {2024, 4}},
         6480000,
         126},
        {"li-na",
         "310000",
         "employee",
         "上海浦东软件园发展有限公司",
         "2013-07-01",
         nullptr,
         2019,
         2022,
         1100000,
         6,
         1,
         {},
         4950000,
         66},
        {"li-na",
         "440000",
         "employee",
         "深圳市南山云端科技有限公司",
         "2022-07-01",
         nullptr,
         2022,
         2025,
         1400000,
         12,
         7,
         {},
         0,
         0},
        {"chen-unemployed",
         "110000",
         "employee",
         "北京优品电子商务有限公司",
         "2015-03-01",
         nullptr,
         2019,
         2025,
         700000,
         6,
         1,
         {},
         1520000,
         46,
         "unemployment",
         "失业保险金",
         198000,
         9},
        {"liu-retiree",
         "420000",
         "employee",
         "武汉重型机床厂",
         "1976-09-01",
         "2016-04-01",
         2019,
         2025,
         0,
         0,
         1,
         {},
         8400000,
         475,
         "pension",
         "基本养老金",
         365000,
         1},
        // 社保关系转移: 14 years in Wuhan before the records begin, then Beijing from 2024, not transferred.
        {"zhao-mover",
         "420000",
         "employee",
         "武汉光谷软件有限公司",
         "2005-01-01",
         nullptr,
         2019,
         2023,
         600000,
         12,
         1,
         {},
         9500000,
         168},
        {"zhao-mover", "110000", "employee", "北京中关村智造科技有限公司", "2024-01-01", nullptr, 2024, 2025,
         1100000, 12},
        {"elderly-parent",
         "310000",
         "resident",
         nullptr,
         "2011-07-01",
         "2011-07-01",
         2019,
         2025,
         0,
         0,
         1,
         {},
         320000,
         0,
         "pension",
         "城乡居民基本养老金",
         143000,
         1},
        // The other unemployment benefits: farmer-workers in Shenzhen whose employer alone paid.
        {"ma-migrant",
         "440000",
         "employee",
         "深圳市宝安精工电子厂",
         "2023-01-01",
         nullptr,
         2023,
         2025,
         520000,
         10,
         1,
         {},
         0,
         0,
         nullptr,
         nullptr,
         0,
         1,
         true},
        {"gao-newcomer",
         "440000",
         "employee",
         "深圳市龙华物流有限公司",
         "2025-04-01",
         nullptr,
         2025,
         2025,
         480000,
         10,
         4,
         {},
         0,
         0,
         nullptr,
         nullptr,
         0,
         1,
         true},
        {"adult-child",
         "310000",
         "resident",
         nullptr,
         "2012-01-01",
         nullptr,
         2019,
         2025,
         300000,
         12,
         1,
         {},
         2100000,
         84},
    };
    return all;
}

class RecordSeeder {
public:
    explicit RecordSeeder(Database& db) : m_db(db) {}

    bool provinces()
    {
        for (const Province& p : ssc::platform::provinces()) {
            if (!m_db.run(
                    QStringLiteral("INSERT INTO record_provinces (code, name, name_en, office_name, "
                                   "office_name_en, first_year, last_year, upstream) VALUES (?, ?, ?, ?, "
                                   "?, ?, ?, ?)"),
                    {QString::fromLatin1(p.code), QString::fromUtf8(p.name), QString::fromUtf8(p.nameEn),
                     QString::fromUtf8(p.office), QString::fromUtf8(p.officeEn), p.firstYear, p.lastYear,
                     QString::fromLatin1(p.upstream)}))
                return false;
            for (const QString& insurance : insurances)
                if (!m_db.run(QStringLiteral("INSERT INTO record_insurances (province_code, insurance, open) "
                                             "VALUES (?, ?, ?)"),
                              {QString::fromLatin1(p.code), insurance, p.closed.contains(insurance) ? 0 : 1}))
                    return false;
        }
        return true;
    }

    bool history(const History& h)
    {
        const bool retired = h.retiredOn != nullptr;
        const bool resident = QLatin1String(h.scheme) == u"resident";
        auto person = m_db.run(QStringLiteral("SELECT id FROM people WHERE demo_key = ?"),
                               {QString::fromLatin1(h.demoKey)});
        if (!person || !person->next())
            return false;
        m_person = person->value(0).toLongLong();
        person->finish();
        m_province = QString::fromLatin1(h.province);
        if (!m_db.run(QStringLiteral("INSERT INTO insurance_enrolments (person_id, province_code, scheme, "
                                     "employer, started_on, retired_on) VALUES (?, ?, ?, ?, ?, ?)"),
                      {m_person, m_province, QString::fromLatin1(h.scheme),
                       h.employer ? QVariant(QString::fromUtf8(h.employer)) : QVariant(),
                       QString::fromLatin1(h.startedOn),
                       retired ? QVariant(QString::fromLatin1(h.retiredOn)) : QVariant()}))
            return false;
        qint64 pensionBalance = h.openingCents;
        qint64 medicalBalance = h.openingCents / 12;
        int months = h.openingMonths;
        qint64 base = h.firstBaseCents;
        for (int year = h.firstYear; year <= h.lastYear; ++year, base = base * 106 / 100) {
            qint64 pensionCredited = 0;
            qint64 medicalCredited = 0;
            int monthsThisYear = 0;
            if (!retired) {
                const auto credited = resident ? residentYear(year, base) : employeeYear(h, year, base);
                if (!credited)
                    return false;
                pensionCredited = credited->pension;
                medicalCredited = credited->medical;
                monthsThisYear = credited->months;
            }
            months += monthsThisYear;
            const qint64 interest = pensionBalance * interestPerMille(year) / 10000;
            // A retiree draws the account down over 139 months (the divisor for retirement at 60).
            const qint64 withdrawn = retired ? pensionBalance * 12 / 139 : 0;
            if (!account(QStringLiteral("pension"), year, pensionBalance, pensionCredited, interest,
                         withdrawn, months))
                return false;
            pensionBalance += pensionCredited + interest - withdrawn;
            if (!resident) {
                // Retirees' medical accounts are credited from the pool: a fixed monthly sum.
                const qint64 medical = retired ? 12 * 18500 : medicalCredited;
                const qint64 spent = medical * 3 / 5;
                if (!account(QStringLiteral("medical"), year, medicalBalance, medical, 0, spent, months))
                    return false;
                medicalBalance += medical - spent;
            }
            if (!benefits(h, year))
                return false;
        }
        return true;
    }

private:
    struct Credited {
        qint64 pension = 0;
        qint64 medical = 0;
        int months = 0;
    };

    std::optional<Credited> employeeYear(const History& h, int year, qint64 base)
    {
        Credited credited;
        for (const QString& insurance : insurances) {
            Rate rate = employeeRate(insurance);
            if (h.employerOnly && insurance == u"unemployment")
                rate.personal = 0;
            for (int month = 1; month <= 12; ++month) {
                QString mark = QStringLiteral("paid");
                if (year == h.lastYear && month > h.lastMonth)
                    mark = QStringLiteral("not_due");
                else if (year == h.firstYear && month < h.firstMonth)
                    // Injury and maternity insurance are not carried over in a transfer.
                    mark = rate.personal > 0 && !h.employerOnly ? QStringLiteral("transferred")
                                                                : QStringLiteral("not_due");
                else if (std::find(h.arrears.begin(), h.arrears.end(), std::pair{year, month}) !=
                         h.arrears.end())
                    mark = QStringLiteral("arrears");
                const bool due = mark != u"not_due";
                const qint64 employer = due ? base * rate.employer / 1000 : 0;
                const qint64 personal = due ? base * rate.personal / 1000 : 0;
                if (!contribution(insurance, year, month, due ? base : 0, employer, personal, mark))
                    return std::nullopt;
                const bool credits = mark == u"paid" || mark == u"transferred";
                if (credits && insurance == u"pension") {
                    credited.pension += personal;
                    ++credited.months;
                }
                if (credits && insurance == u"medical")
                    credited.medical += personal + base * 8 / 1000; // part of the employer's share
            }
        }
        return credited;
    }

    // Residents pay once a year (in March): a chosen grade for pension, a fixed premium for medical; the
    // government's subsidy is shown in the employer column.
    std::optional<Credited> residentYear(int year, qint64 grade)
    {
        Credited credited;
        const qint64 medicalPremium = 35000 + (year - 2019) * 2000;
        for (const QString& insurance : {QStringLiteral("pension"), QStringLiteral("medical")}) {
            const bool pension = insurance == u"pension";
            for (int month = 1; month <= 12; ++month) {
                const bool paidNow = month == 3;
                const qint64 amount = pension ? grade : medicalPremium;
                const qint64 subsidy = pension ? 6000 : medicalPremium * 2;
                if (!contribution(insurance, year, month, paidNow ? amount : 0, paidNow ? subsidy : 0,
                                  paidNow ? amount : 0,
                                  paidNow ? QStringLiteral("paid") : QStringLiteral("not_due")))
                    return std::nullopt;
            }
            if (pension) {
                credited.pension = grade + 6000;
                credited.months = 12;
            }
        }
        return credited;
    }

    bool contribution(const QString& insurance, int year, int month, qint64 base, qint64 employer,
                      qint64 personal, const QString& mark)
    {
        return m_db
            .run(QStringLiteral("INSERT INTO contribution_months (person_id, province_code, insurance, year, "
                                "month, base_cents, employer_cents, personal_cents, mark) VALUES "
                                "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {m_person, m_province, insurance, year, month, base, employer, personal, mark})
            .has_value();
    }

    bool account(const QString& name, int year, qint64 opening, qint64 credited, qint64 interest,
                 qint64 withdrawn, int months)
    {
        return m_db
            .run(QStringLiteral(
                     "INSERT INTO account_years (person_id, province_code, account, year, "
                     "opening_cents, credited_cents, interest_cents, withdrawn_cents, months) VALUES "
                     "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {m_person, m_province, name, year, opening, credited, interest, withdrawn, months})
            .has_value();
    }

    bool benefits(const History& h, int year)
    {
        if (!h.benefitInsurance)
            return true;
        const bool unemployment = QLatin1String(h.benefitInsurance) == u"unemployment";
        if (unemployment && year != h.lastYear)
            return true;
        const int months = 12 - h.benefitFromMonth + 1;
        const qint64 monthly = unemployment ? h.benefitMonthlyCents
                                            : h.benefitMonthlyCents * (100 + 3 * (year - h.firstYear)) / 100;
        return m_db
            .run(QStringLiteral(
                     "INSERT INTO benefit_payments (person_id, province_code, year, insurance, kind, "
                     "months, amount_cents) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {m_person, m_province, year, QString::fromLatin1(h.benefitInsurance),
                  QString::fromUtf8(h.benefitKind), months, monthly * months})
            .has_value();
    }

    Database& m_db;
    qint64 m_person = 0;
    QString m_province;
};

} // namespace

bool seedDemoRecords(Database& db)
{
    const bool seeded = seedOnce(db, QStringLiteral("record_provinces"), [&db] {
        RecordSeeder seeder(db);
        if (!seeder.provinces())
            return false;
        for (const History& h : histories())
            if (!seeder.history(h))
                return false;
        return true;
    });
    // A demo database seeded before migration 19 gets its provinces' offices and English names now.
    for (const Province& p : provinces())
        if (seeded && !db.run(QStringLiteral("UPDATE record_provinces SET name_en = ?, office_name = ?, "
                                             "office_name_en = ? WHERE code = ? AND office_name IS NULL"),
                              {QString::fromUtf8(p.nameEn), QString::fromUtf8(p.office),
                               QString::fromUtf8(p.officeEn), QString::fromLatin1(p.code)}))
            return false;
    return seeded;
}

} // namespace ssc::platform
