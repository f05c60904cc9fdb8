#include "provinces.h"

namespace ssc {

const QList<Province>& provinces()
{
    static const QList<Province> all{
        {"11", {"Province", QT_TRANSLATE_NOOP("Province", "Beijing"), {}}},
        {"12", {"Province", QT_TRANSLATE_NOOP("Province", "Tianjin"), {}}},
        {"13", {"Province", QT_TRANSLATE_NOOP("Province", "Hebei"), {}}},
        {"14", {"Province", QT_TRANSLATE_NOOP("Province", "Shanxi"), {}}},
        {"15", {"Province", QT_TRANSLATE_NOOP("Province", "Inner Mongolia"), {}}},
        {"21", {"Province", QT_TRANSLATE_NOOP("Province", "Liaoning"), {}}},
        {"22", {"Province", QT_TRANSLATE_NOOP("Province", "Jilin"), {}}},
        {"23", {"Province", QT_TRANSLATE_NOOP("Province", "Heilongjiang"), {}}},
        {"31", {"Province", QT_TRANSLATE_NOOP("Province", "Shanghai"), {}}},
        {"32", {"Province", QT_TRANSLATE_NOOP("Province", "Jiangsu"), {}}},
        {"33", {"Province", QT_TRANSLATE_NOOP("Province", "Zhejiang"), {}}},
        {"34", {"Province", QT_TRANSLATE_NOOP("Province", "Anhui"), {}}},
        {"35", {"Province", QT_TRANSLATE_NOOP("Province", "Fujian"), {}}},
        {"36", {"Province", QT_TRANSLATE_NOOP("Province", "Jiangxi"), {}}},
        {"37", {"Province", QT_TRANSLATE_NOOP("Province", "Shandong"), {}}},
        {"41", {"Province", QT_TRANSLATE_NOOP("Province", "Henan"), {}}},
        {"42", {"Province", QT_TRANSLATE_NOOP("Province", "Hubei"), {}}},
        {"43", {"Province", QT_TRANSLATE_NOOP("Province", "Hunan"), {}}},
        {"44", {"Province", QT_TRANSLATE_NOOP("Province", "Guangdong"), {}}},
        {"45", {"Province", QT_TRANSLATE_NOOP("Province", "Guangxi"), {}}},
        {"46", {"Province", QT_TRANSLATE_NOOP("Province", "Hainan"), {}}},
        {"50", {"Province", QT_TRANSLATE_NOOP("Province", "Chongqing"), {}}},
        {"51", {"Province", QT_TRANSLATE_NOOP("Province", "Sichuan"), {}}},
        {"52", {"Province", QT_TRANSLATE_NOOP("Province", "Guizhou"), {}}},
        {"53", {"Province", QT_TRANSLATE_NOOP("Province", "Yunnan"), {}}},
        {"54", {"Province", QT_TRANSLATE_NOOP("Province", "Tibet"), {}}},
        {"61", {"Province", QT_TRANSLATE_NOOP("Province", "Shaanxi"), {}}},
        {"62", {"Province", QT_TRANSLATE_NOOP("Province", "Gansu"), {}}},
        {"63", {"Province", QT_TRANSLATE_NOOP("Province", "Qinghai"), {}}},
        {"64", {"Province", QT_TRANSLATE_NOOP("Province", "Ningxia"), {}}},
        {"65", {"Province", QT_TRANSLATE_NOOP("Province", "Xinjiang"), {}}},
    };
    return all;
}

QString provinceOfRegion(const QString& regionCode)
{
    const QString prefix = regionCode.left(2);
    for (const Province& p : provinces())
        if (prefix == QLatin1String(p.code))
            return prefix;
    return {};
}

QString provinceName(const QString& regionCode)
{
    const QString prefix = regionCode.left(2);
    for (const Province& p : provinces())
        if (prefix == QLatin1String(p.code))
            return p.name.translated();
    return {};
}

} // namespace ssc
