#include "demooutlets.h"

#include "seedonce.h"

#include <QList>

namespace ssc::platform {
namespace {

// Each name in Chinese and in English: the official English of a city, pinyin for a district or street that
// has none (docs/glossary.md, "Place names").
struct RegionRow {
    const char* code;
    const char* name;
    const char* nameEn;
    const char* district;
    const char* districtEn;
};

constexpr RegionRow regions[] = {
    {"110000", "北京市", "Beijing", "朝阳区", "Chaoyang District"},
    {"310000", "上海市", "Shanghai", "浦东新区", "Pudong New Area"},
    {"440300", "深圳市", "Shenzhen", "南山区", "Nanshan District"},
    {"330100", "杭州市", "Hangzhou", "西湖区", "Xihu District"},
    {"510100", "成都市", "Chengdu", "武侯区", "Wuhou District"},
    {"420100", "武汉市", "Wuhan", "武昌区", "Wuchang District"},
};

struct Outlet {
    QString kind, name, nameEn, address, addressEn, hours, hoursEn;
};

// A region's outlets and channels, every text in both languages.
QList<Outlet> outletsOf(const RegionRow& r)
{
    const QString city = QString::fromUtf8(r.name);
    const QString district = QString::fromUtf8(r.district);
    const QString cityEn = QString::fromLatin1(r.nameEn);
    const QString districtEn = QString::fromLatin1(r.districtEn);
    const QString weekdays = QStringLiteral("工作日 9:00-17:00");
    const QString weekdaysEn = QStringLiteral("Weekdays 9:00-17:00");
    return {
        {QStringLiteral("cross-province"), city + QStringLiteral("社保卡跨省服务中心"),
         cityEn + QStringLiteral(" Social Security Card Cross-Province Service Centre"),
         city + district + QStringLiteral("人民路 1 号社保服务大厅"),
         QStringLiteral("Social Security Service Hall, 1 Renmin Road, %1, %2").arg(districtEn, cityEn),
         weekdays, weekdaysEn},
        {QStringLiteral("instant-replacement"), district + QStringLiteral("社保卡即时补换网点"),
         districtEn + QStringLiteral(" Instant Card Replacement Point"),
         city + district + QStringLiteral("建设路 18 号合作银行营业厅"),
         QStringLiteral("Partner bank branch, 18 Jianshe Road, %1, %2").arg(districtEn, cityEn),
         QStringLiteral("每天 9:00-17:30"), QStringLiteral("Every day 9:00-17:30")},
        {QStringLiteral("instant-replacement"), city + QStringLiteral("市民中心即时补换窗口"),
         cityEn + QStringLiteral(" Citizen Centre, instant card replacement window"),
         city + QStringLiteral("市民中心二楼 12 号窗口"),
         QStringLiteral("Window 12, 2nd floor, %1 Citizen Centre").arg(cityEn),
         QStringLiteral("工作日 8:30-17:00"), QStringLiteral("Weekdays 8:30-17:00")},
        {QStringLiteral("online-channel"), city + QStringLiteral("人社局网上服务大厅"),
         cityEn + QStringLiteral(" Human Resources and Social Security Bureau online service hall"),
         QStringLiteral("线上补换卡、修改密码、挂失"),
         QStringLiteral("Replace a card, change the PIN or report a card lost, online"),
         QStringLiteral("全天"), QStringLiteral("24 hours")},
        // The app's name has no official English form: pinyin, with what it is.
        {QStringLiteral("ecard-channel"), QStringLiteral("掌上12333"),
         QStringLiteral("Zhangshang 12333 (mobile app)"),
         QStringLiteral("申领电子社保卡、出示二维码、查询社保记录"),
         QStringLiteral("Apply for the e-card, show its code, look up your records"), QStringLiteral("全天"),
         QStringLiteral("24 hours")},
        // 各地社保转移经办机构 (the brief, 社保关系转移 05): where to ask about a transfer, in the glossary's
        // words.
        {QStringLiteral("transfer-agency"), city + QStringLiteral("社会保险事业管理中心（社保关系转移）"),
         cityEn + QStringLiteral(" Social Insurance Administration Centre (transfers)"),
         city + district + QStringLiteral("民生路 6 号社保经办大厅 3 号窗口"),
         QStringLiteral("Window 3, Social Insurance Service Hall, 6 Minsheng Road, %1, %2")
             .arg(districtEn, cityEn),
         weekdays, weekdaysEn},
    };
}

// The words an outlet list seeded before docs/glossary.md settled them still holds, and the plain words
// that replace them; set on every start, before the English (which is matched on the Chinese).
bool useGlossaryWords(Database& db)
{
    return db.run(QStringLiteral("UPDATE service_outlets SET address = ? WHERE address = ?"),
                  {QStringLiteral("申领电子社保卡、出示二维码、查询社保记录"),
                   QStringLiteral("电子社保卡申领、展码、查询")}) &&
           db.run(QStringLiteral("UPDATE service_outlets SET name = REPLACE(name, ?, ?) WHERE kind = ?"),
                  {QStringLiteral("（关系转移接续）"), QStringLiteral("（社保关系转移）"),
                   QStringLiteral("transfer-agency")});
}

// Set on every start, so an outlet list seeded before migration 35 gets its English too.
bool nameOutletsInEnglish(Database& db)
{
    for (const RegionRow& r : regions)
        for (const Outlet& o : outletsOf(r))
            if (!db.run(QStringLiteral("UPDATE service_outlets SET name_en = ?, address_en = ?, hours_en = ? "
                                       "WHERE region_code = ? AND name = ? AND address = ?"),
                        {o.nameEn, o.addressEn, o.hoursEn, QString::fromLatin1(r.code), o.name, o.address}))
                return false;
    return true;
}

} // namespace

bool seedDemoOutlets(Database& db)
{
    const bool seeded = seedOnce(db, QStringLiteral("service_outlets"), [&db] {
        for (const RegionRow& r : regions)
            for (const Outlet& o : outletsOf(r))
                if (!db.run(QStringLiteral(
                                "INSERT INTO service_outlets (region_code, region_name, kind, name, address, "
                                "phone, hours) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {QString::fromLatin1(r.code), QString::fromUtf8(r.name), o.kind, o.name,
                             o.address, QStringLiteral("12333"), o.hours}))
                    return false;
        return true;
    });
    return seeded && useGlossaryWords(db) && nameOutletsInEnglish(db);
}

} // namespace ssc::platform
