#include "demodata.h"

#include "auth/staffaccounts.h"
#include "auth/terminalauth.h"
#include "identity/checkcharacter.h"
#include "identity/socialsecuritynumber.h"
#include "storage/database.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSet>

#include <array>

namespace ssc::platform {
namespace {

struct Region {
    const char* cardRegion; // issuing region code
    const char* name;
    const char* district; // address code used in residents' ID numbers
};

constexpr std::array<Region, 6> regions{{{"110000", "北京市", "110105"},
                                         {"310000", "上海市", "310115"},
                                         {"440300", "深圳市", "440305"},
                                         {"330100", "杭州市", "330106"},
                                         {"510100", "成都市", "510107"},
                                         {"420100", "武汉市", "420106"}}};

constexpr std::array<const char*, 20> surnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                               "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
constexpr std::array<const char*, 24> givenParts{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊",
                                                 "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
                                                 "超", "秀", "霞", "平", "刚", "桂", "英", "华"};

class Generator {
public:
    explicit Generator(Database& db) : m_db(db) {}

    // A valid number not handed out before (a failed INSERT would abort a PostgreSQL transaction).
    QString ssn(const QString& address, QDate birth, bool male)
    {
        for (;;) {
            const int sequence = static_cast<int>(m_random.bounded(0, 499)) * 2 + (male ? 1 : 0);
            const QString seventeen = address + birth.toString(QStringLiteral("yyyyMMdd")) +
                                      QStringLiteral("%1").arg(sequence, 3, 10, QChar(u'0'));
            const QString number = seventeen + mod11CheckCharacter(seventeen);
            if (!m_used.contains(number)) {
                m_used.insert(number);
                return number;
            }
        }
    }

    QString name()
    {
        QString n = QString::fromUtf8(surnames[m_random.bounded(static_cast<quint32>(surnames.size()))]);
        const int parts = m_random.bounded(0, 3) == 0 ? 1 : 2;
        for (int i = 0; i < parts; ++i)
            n += QString::fromUtf8(givenParts[m_random.bounded(static_cast<quint32>(givenParts.size()))]);
        return n;
    }

    QString digits(int count)
    {
        QString out;
        for (int i = 0; i < count; ++i)
            out += QChar(u'0' + static_cast<char16_t>(m_random.bounded(10)));
        return out;
    }

    QDate birth(int fromYear, int toYear)
    {
        return QDate(fromYear, 1, 1).addDays(m_random.bounded(0, (toYear - fromYear + 1) * 365));
    }

    std::optional<qint64> person(const QString& key, const QString& name, const QString& ssn,
                                 const QString& guardianKey = {})
    {
        const IdCheck check = checkSocialSecurityNumber(ssn, {});
        if (!check.valid)
            return std::nullopt;
        QVariant guardian;
        if (!guardianKey.isEmpty()) {
            auto q = m_db.run(QStringLiteral("SELECT id FROM people WHERE demo_key = ?"), {guardianKey});
            if (q && q->next())
                guardian = q->value(0);
        }
        auto q = m_db.run(
            QStringLiteral("INSERT INTO people (ssn, id_kind, name, sex, birth_date, phone, demo_key, "
                           "guardian_person_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {check.normalized, idKindKey(check.kind), name, sexKey(check.sex),
             check.birthDate.toString(Qt::ISODate), QStringLiteral("13") + digits(9),
             key.isEmpty() ? QVariant() : QVariant(key), guardian});
        if (!q)
            return std::nullopt;
        ++people;
        return q->lastInsertId().isValid() ? q->lastInsertId().toLongLong() : lastId(check.normalized);
    }

    bool card(qint64 personId, const Region& region, const char* status, int generation = 3)
    {
        const QString identifier =
            QString::fromLatin1(region.cardRegion) + QStringLiteral("D156000005") +
            QString::number(m_random.generate64(), 16).rightJustified(16, u'0').toUpper().left(16);
        const QDate issued = QDate(2018, 1, 1).addDays(m_random.bounded(0, 2500));
        auto q = m_db.run(
            QStringLiteral("INSERT INTO cards (person_id, region_code, region_name, card_number, "
                           "card_identifier, status, generation, issued, expires, bank_account) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {personId, QString::fromLatin1(region.cardRegion), QString::fromUtf8(region.name),
             QChar(u'A' + static_cast<char16_t>(m_random.bounded(26))) + digits(8), identifier,
             QString::fromLatin1(status), generation, issued.toString(Qt::ISODate),
             issued.addYears(10).toString(Qt::ISODate), QStringLiteral("6217") + digits(15)});
        if (!q)
            return false;
        ++cards;
        return m_db
            .run(QStringLiteral("INSERT INTO ecard_claims (card_id, channel, claimed_on) VALUES "
                                "((SELECT id FROM cards WHERE card_identifier = ?), ?, ?)"),
                 {identifier, QStringLiteral("掌上12333"), issued.addDays(400).toString(Qt::ISODate)})
            .has_value();
    }

    int people = 0;
    int cards = 0;

private:
    qint64 lastId(const QString& ssn)
    {
        auto q = m_db.run(QStringLiteral("SELECT id FROM people WHERE ssn = ?"), {ssn});
        return q && q->next() ? q->value(0).toLongLong() : 0;
    }

    Database& m_db;
    QRandomGenerator m_random{20261129};
    QSet<QString> m_used;
};

// The named people every demo and test relies on: one for each case of the brief.
bool seedNamedPeople(Generator& g)
{
    const auto& beijing = regions[0];
    const auto& shanghai = regions[1];
    const auto& shenzhen = regions[2];
    struct Named {
        const char* key;
        const char* name;
        QString ssn;
        std::vector<std::pair<const Region*, const char*>> cards;
        const char* guardian = nullptr;
    };
    const std::vector<Named> named{
        {"zhang-wei", "张伟", g.ssn(QStringLiteral("110105"), {1985, 3, 12}, true), {{&beijing, "normal"}}},
        {"li-na",
         "李娜",
         g.ssn(QStringLiteral("310115"), {1990, 7, 2}, false),
         {{&shanghai, "normal"}, {&shenzhen, "normal"}}},
        {"wang-qiang-lost",
         "王强",
         g.ssn(QStringLiteral("440305"), {1979, 11, 30}, true),
         {{&shenzhen, "lost"}}},
        {"zhao-min-cancelled",
         "赵敏",
         g.ssn(QStringLiteral("330106"), {1982, 5, 5}, false),
         {{&regions[3], "cancelled"}}},
        {"sun-li-sealed",
         "孙丽",
         g.ssn(QStringLiteral("510107"), {2001, 9, 18}, false),
         {{&regions[4], "sealed"}}},
        {"liu-retiree",
         "刘建国",
         g.ssn(QStringLiteral("420106"), {1956, 4, 1}, true),
         {{&regions[5], "normal"}}},
        {"chen-unemployed",
         "陈杰",
         g.ssn(QStringLiteral("110105"), {1992, 12, 24}, true),
         {{&beijing, "normal"}}},
        {"hk-resident",
         "黄嘉欣",
         g.ssn(QStringLiteral("810000"), {1988, 6, 15}, false),
         {{&shenzhen, "normal"}}},
        {"foreigner",
         "Anna Schmidt",
         g.ssn(QStringLiteral("931276"), {1980, 2, 29}, false),
         {{&shanghai, "normal"}}},
        {"zhao-mover", // 社保关系转移: insured in Wuhan for years, now in Beijing
         "赵磊",
         g.ssn(QStringLiteral("420106"), {1980, 6, 15}, true),
         {{&beijing, "normal"}}},
        {"adult-child",
         "周小红",
         g.ssn(QStringLiteral("310115"), {1975, 8, 8}, false),
         {{&shanghai, "normal"}}},
        {"elderly-parent",
         "周德明",
         g.ssn(QStringLiteral("310115"), {1944, 1, 20}, true),
         {{&shanghai, "normal"}},
         "adult-child"},
    };
    for (const Named& n : named) {
        const auto id = g.person(QString::fromLatin1(n.key), QString::fromUtf8(n.name), n.ssn,
                                 n.guardian ? QString::fromLatin1(n.guardian) : QString());
        if (!id)
            return false;
        for (const auto& [region, status] : n.cards)
            if (!g.card(*id, *region, status))
                return false;
    }
    return true;
}

// The people of the other unemployment benefits (docs/demo.md), seeded after the generated people so that
// everyone seeded before them keeps their numbers: farmer-workers in Shenzhen whose employer alone paid
// unemployment insurance, one for 34 months (the one-off living allowance), one for 7 (the temporary one).
bool seedBenefitPeople(Generator& g)
{
    const auto& shenzhen = regions[2];
    const std::pair<const char*, const char*> keys[] = {{"ma-migrant", "马建军"}, {"gao-newcomer", "高秀英"}};
    const QString ssns[] = {g.ssn(QStringLiteral("510107"), {1988, 4, 10}, true),
                            g.ssn(QStringLiteral("510107"), {1996, 8, 2}, false)};
    for (int i = 0; i < 2; ++i) {
        const auto id =
            g.person(QString::fromLatin1(keys[i].first), QString::fromUtf8(keys[i].second), ssns[i]);
        if (!id || !g.card(*id, shenzhen, "normal"))
            return false;
    }
    return true;
}

} // namespace

DemoSeedReport seedDemoData(Database& db, int generatedPeople)
{
    DemoSeedReport report;
    auto seeded = db.run(QStringLiteral("SELECT COUNT(*) FROM people WHERE demo_key = 'zhang-wei'"));
    if (seeded && seeded->next() && seeded->value(0).toInt() > 0) {
        report.alreadySeeded = true;
        return report;
    }
    Transaction transaction(db);
    Generator g(db);
    if (!seedNamedPeople(g))
        return report;
    for (int i = 0; i < generatedPeople; ++i) {
        const Region& region = regions[static_cast<size_t>(i) % regions.size()];
        const bool male = i % 2 == 0;
        const auto id =
            g.person({}, g.name(), g.ssn(QString::fromLatin1(region.district), g.birth(1950, 2006), male));
        if (id)
            g.card(*id, region, i % 37 == 0 ? "lost" : "normal", i % 5 == 0 ? 2 : 3);
    }
    if (!seedBenefitPeople(g))
        return report;
    for (const char* mode : {"kiosk", "counter", "field"}) {
        const QString id = QStringLiteral("demo-") + QString::fromLatin1(mode);
        registerTerminal(db, id, QString::fromLatin1(mode),
                         QStringLiteral("Demo ") + QString::fromLatin1(mode), id + demoTerminalSecretSuffix);
    }
    StaffAccounts staff(db);
    staff.create(QStringLiteral("clerk01"), QStringLiteral("王芳"), QStringLiteral("clerk"),
                 demoStaffPassword);
    staff.create(QStringLiteral("visitor01"), QStringLiteral("李明"), QStringLiteral("visitor"),
                 demoStaffPassword);
    staff.create(QStringLiteral("reviewer01"), QStringLiteral("陈静"), QStringLiteral("reviewer"),
                 demoStaffPassword);
    staff.create(QStringLiteral("senior01"), QStringLiteral("刘洋"), QStringLiteral("clerk,reviewer"),
                 demoStaffPassword);
    staff.create(QStringLiteral("manager01"), QStringLiteral("赵敏"), QStringLiteral("manager"),
                 demoStaffPassword);
    if (!transaction.commit())
        return report;
    report.people = g.people;
    report.cards = g.cards;
    return report;
}

} // namespace ssc::platform
