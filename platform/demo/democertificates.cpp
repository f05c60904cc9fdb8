#include "democertificates.h"

#include "seedonce.h"

namespace ssc::platform {
namespace {

struct CertificateRow {
    const char* demoKey;
    const char* category; // professional | skill
    const char* name;
    const char* level;
    const char* number;
    const char* issuer;
    const char* issuedOn;
};

constexpr CertificateRow certificates[] = {
    {"zhang-wei", "professional", "会计专业技术资格", "中级", "Z2016110105000123",
     "财政部 人力资源社会保障部", "2016-10-20"},
    {"zhang-wei", "skill", "电工", "四级/中级工", "1211000000400123", "北京市职业技能鉴定指导中心",
     "2012-06-30"},
    {"li-na", "professional", "计算机技术与软件专业技术资格（软件设计师）", "中级", "R2019310115000456",
     "人力资源社会保障部 工业和信息化部", "2019-05-25"},
};

} // namespace

bool seedDemoCertificates(Database& db)
{
    return seedOnce(db, QStringLiteral("qualification_certificates"), [&db] {
        for (const CertificateRow& c : certificates)
            if (!db.run(QStringLiteral(
                            "INSERT INTO qualification_certificates (person_id, category, name, level, "
                            "certificate_number, issuer, issued_on) VALUES ((SELECT id FROM people "
                            "WHERE demo_key = ?), ?, ?, ?, ?, ?, ?)"),
                        {QString::fromLatin1(c.demoKey), QString::fromLatin1(c.category),
                         QString::fromUtf8(c.name), QString::fromUtf8(c.level), QString::fromLatin1(c.number),
                         QString::fromUtf8(c.issuer), QString::fromLatin1(c.issuedOn)}))
                return false;
        return true;
    });
}

} // namespace ssc::platform
