#include "demooutlets.h"

#include "seedonce.h"

#include <QStringList>

namespace ssc::platform {
namespace {

struct RegionRow {
    const char* code;
    const char* name;
    const char* district;
};

constexpr RegionRow regions[] = {{"110000", "北京市", "朝阳区"}, {"310000", "上海市", "浦东新区"},
                                 {"440300", "深圳市", "南山区"}, {"330100", "杭州市", "西湖区"},
                                 {"510100", "成都市", "武侯区"}, {"420100", "武汉市", "武昌区"}};

} // namespace

bool seedDemoOutlets(Database& db)
{
    return seedOnce(db, QStringLiteral("service_outlets"), [&db] {
        for (const RegionRow& r : regions) {
            const QString city = QString::fromUtf8(r.name);
            const QString district = QString::fromUtf8(r.district);
            const QList<QStringList> rows{
                {QStringLiteral("cross-province"), city + QStringLiteral("社保卡跨省服务中心"),
                 city + district + QStringLiteral("人民路 1 号社保服务大厅"),
                 QStringLiteral("工作日 9:00-17:00")},
                {QStringLiteral("instant-replacement"), district + QStringLiteral("社保卡即时补换网点"),
                 city + district + QStringLiteral("建设路 18 号合作银行营业厅"),
                 QStringLiteral("每天 9:00-17:30")},
                {QStringLiteral("instant-replacement"), city + QStringLiteral("市民中心即时补换窗口"),
                 city + QStringLiteral("市民中心二楼 12 号窗口"), QStringLiteral("工作日 8:30-17:00")},
                {QStringLiteral("online-channel"), city + QStringLiteral("人社局网上服务大厅"),
                 QStringLiteral("线上补换卡、修改密码、挂失"), QStringLiteral("全天")},
                {QStringLiteral("ecard-channel"), QStringLiteral("掌上12333"),
                 QStringLiteral("电子社保卡申领、展码、查询"), QStringLiteral("全天")},
                // 各地社保转移经办机构 (the brief, 社保关系转移 05): where to ask about a transfer.
                {QStringLiteral("transfer-agency"),
                 city + QStringLiteral("社会保险事业管理中心（关系转移接续）"),
                 city + district + QStringLiteral("民生路 6 号社保经办大厅 3 号窗口"),
                 QStringLiteral("工作日 9:00-17:00")},
            };
            for (const QStringList& row : rows) {
                if (!db.run(QStringLiteral(
                                "INSERT INTO service_outlets (region_code, region_name, kind, name, address, "
                                "phone, hours) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {QString::fromLatin1(r.code), city, row[0], row[1], row[2],
                             QStringLiteral("12333"), row[3]}))
                    return false;
            }
        }
        return true;
    });
}

} // namespace ssc::platform
