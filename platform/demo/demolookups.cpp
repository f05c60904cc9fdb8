#include "demolookups.h"

#include "seedonce.h"

#include <array>

namespace ssc::platform {
namespace {

struct Row {
    const char* sql;
    std::vector<const char*> values; // UTF-8; "@key" is the id of the demo person with that key
};

// One statement a row keeps the data readable as a table.
const std::vector<Row>& rows()
{
    static const char* certificate =
        "INSERT INTO employment_certificates (person_id, certificate_number, issuer, "
        "issued_on, status) VALUES (?, ?, ?, ?, ?)";
    static const char* event =
        "INSERT INTO employment_events (certificate_id, kind, started_on, ended_on, detail) "
        "VALUES ((SELECT id FROM employment_certificates WHERE certificate_number = ?), ?, ?, "
        "?, ?)";
    static const char* policy =
        "INSERT INTO employment_policies (certificate_id, policy, started_on, ended_on, "
        "detail) VALUES ((SELECT id FROM employment_certificates WHERE certificate_number = "
        "?), ?, ?, ?, ?)";
    static const char* exam = "INSERT INTO exams (code, name, first_year) VALUES (?, ?, ?)";
    static const char* score =
        "INSERT INTO exam_scores (person_id, exam_code, year, subject, score, pass_mark, "
        "passed) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static const char* diploma =
        "INSERT INTO technical_diplomas (person_id, school, school_kind, major, level, "
        "certificate_number, graduated_on) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static const std::vector<Row> all{
        {certificate,
         {"@chen-unemployed", "1101052015000123", "北京市朝阳区人力资源和社会保障局", "2015-03-01",
          "unemployed"}},
        {event, {"1101052015000123", "employment", "2015-03-01", "2025-06-30", "北京优品电子商务有限公司"}},
        {event,
         {"1101052015000123", "unemployment", "2025-07-15", nullptr, "失业登记（非本人意愿中断就业）"}},
        {policy,
         {"1101052015000123", "失业保险金", "2025-09-01", "2026-08-31", "每月 1,980.00 元，共 12 个月"}},
        {policy, {"1101052015000123", "职业培训补贴", "2025-10-08", "2025-12-20", "电子商务师（四级）培训"}},
        {certificate,
         {"@zhang-wei", "1101052008000456", "北京市朝阳区人力资源和社会保障局", "2008-07-01", "employed"}},
        {event, {"1101052008000456", "employment", "2008-07-01", "2012-02-29", "北京京城物流有限公司"}},
        {event, {"1101052008000456", "employment", "2012-03-01", nullptr, "北京华信科技有限公司"}},
        {exam, {"accounting", "会计专业技术资格考试", "2014"}},
        {exam, {"constructor", "一级建造师执业资格考试", "2014"}},
        {exam, {"software", "计算机技术与软件专业技术资格（水平）考试", "2014"}},
        {exam, {"economics", "经济专业技术资格考试", "2014"}},
        {score, {"@zhang-wei", "accounting", "2016", "中级会计实务", "78", "60", "1"}},
        {score, {"@zhang-wei", "accounting", "2016", "财务管理", "72", "60", "1"}},
        {score, {"@zhang-wei", "accounting", "2016", "经济法", "65", "60", "1"}},
        {score, {"@zhang-wei", "constructor", "2023", "建设工程经济", "62", "60", "1"}},
        {score, {"@zhang-wei", "constructor", "2023", "建设工程法规及相关知识", "55", "60", "0"}},
        {score, {"@li-na", "software", "2019", "软件设计师（基础知识）", "58", "45", "1"}},
        {score, {"@li-na", "software", "2019", "软件设计师（应用技术）", "49", "45", "1"}},
        {diploma,
         {"@chen-unemployed", "北京市工业技师学院", "technician-college", "电气自动化设备安装与维修",
          "预备技师", "110000201600012345", "2016-06-30"}},
        {diploma,
         {"@chen-unemployed", "北京市电子信息技工学校", "technical-school", "计算机应用与维修", "中级工",
          "110000201200067890", "2012-07-01"}},
        {diploma,
         {"@zhang-wei", "北京市第一高级技工学校", "senior-technical-school", "数控加工", "高级工",
          "110000201500054321", "2015-06-30"}},
    };
    return all;
}

// The English forms of what has one (migration 20), set on every start so a demo database seeded before
// has them too: {statement, English, the Chinese it translates}. Employers keep their registered Chinese
// names.
const EnglishForms& english()
{
    static const char* exam = "UPDATE exams SET name_en = ? WHERE name = ?";
    static const char* subject = "UPDATE exam_scores SET subject_en = ? WHERE subject = ?";
    static const char* school = "UPDATE technical_diplomas SET school_en = ? WHERE school = ?";
    static const char* major = "UPDATE technical_diplomas SET major_en = ? WHERE major = ?";
    static const char* level = "UPDATE technical_diplomas SET level_en = ? WHERE level = ?";
    static const char* policy = "UPDATE employment_policies SET policy_en = ? WHERE policy = ?";
    static const char* detail = "UPDATE employment_policies SET detail_en = ? WHERE detail = ?";
    static const EnglishForms all{
        {exam, "Accounting Professional Qualification Examination", "会计专业技术资格考试"},
        {exam, "Class 1 Constructor Qualification Examination", "一级建造师执业资格考试"},
        {exam, "Computer Technology and Software Professional Qualification Examination",
         "计算机技术与软件专业技术资格（水平）考试"},
        {exam, "Economics Professional Qualification Examination", "经济专业技术资格考试"},
        {subject, "Intermediate Accounting Practice", "中级会计实务"},
        {subject, "Financial Management", "财务管理"},
        {subject, "Economic Law", "经济法"},
        {subject, "Construction Engineering Economics", "建设工程经济"},
        {subject, "Construction Law and Regulations", "建设工程法规及相关知识"},
        {subject, "Software Designer (Fundamentals)", "软件设计师（基础知识）"},
        {subject, "Software Designer (Applied Technology)", "软件设计师（应用技术）"},
        {school, "Beijing Industrial Technician College", "北京市工业技师学院"},
        {school, "Beijing Electronic Information Technical School", "北京市电子信息技工学校"},
        {school, "Beijing No. 1 Senior Technical School", "北京市第一高级技工学校"},
        {major, "Electrical Automation Equipment Installation and Maintenance", "电气自动化设备安装与维修"},
        {major, "Computer Application and Maintenance", "计算机应用与维修"},
        {major, "CNC Machining", "数控加工"},
        {level, "Preparatory technician", "预备技师"},
        {level, "Intermediate worker", "中级工"},
        {level, "Senior worker", "高级工"},
        {policy, "Unemployment benefit", "失业保险金"},
        {policy, "Vocational training subsidy", "职业培训补贴"},
        {detail, "1,980.00 yuan a month for 12 months", "每月 1,980.00 元，共 12 个月"},
        {detail, "E-commerce specialist (level 4) training", "电子商务师（四级）培训"},
    };
    return all;
}

} // namespace

bool seedDemoLookups(Database& db)
{
    const bool seeded = seedOnce(db, QStringLiteral("exams"), [&db] {
        for (const Row& row : rows()) {
            QVariantList values;
            for (const char* v : row.values) {
                if (!v)
                    values << QVariant();
                else if (v[0] == '@') {
                    auto person = db.run(QStringLiteral("SELECT id FROM people WHERE demo_key = ?"),
                                         {QString::fromLatin1(v + 1)});
                    if (!person || !person->next())
                        return false;
                    values << person->value(0);
                } else
                    values << QString::fromUtf8(v);
            }
            if (!db.run(QString::fromLatin1(row.sql), values))
                return false;
        }
        return true;
    });
    return seeded && setEnglishForms(db, english());
}

} // namespace ssc::platform
