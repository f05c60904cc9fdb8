#include "demoenglishnames.h"

#include "seedonce.h"

namespace ssc::platform {
namespace {

// {statement, English, the Chinese it translates}, one a row so the data reads as a table (for the terminals:
// {statement, its name in English or Chinese, the terminal's id}).
const EnglishForms& english()
{
    static const char* card = "UPDATE cards SET region_name_en = ? WHERE region_name = ?";
    static const char* outlet = "UPDATE service_outlets SET region_name_en = ? WHERE region_name = ?";
    static const char* employment = "UPDATE employment_certificates SET issuer_en = ? WHERE issuer = ?";
    static const char* qualification = "UPDATE qualification_certificates SET issuer_en = ? WHERE issuer = ?";
    static const char* certificate = "UPDATE qualification_certificates SET name_en = ? WHERE name = ?";
    static const char* level = "UPDATE qualification_certificates SET level_en = ? WHERE level = ?";
    // The demo terminals' names were English before migration 35: both forms set by id.
    static const char* terminal = "UPDATE terminals SET name_en = ? WHERE id = ?";
    static const char* terminalZh = "UPDATE terminals SET name = ? WHERE id = ?";
    static const EnglishForms all{
        {card, "Beijing", "北京市"},
        {card, "Shanghai", "上海市"},
        {card, "Shenzhen", "深圳市"},
        {card, "Hangzhou", "杭州市"},
        {card, "Chengdu", "成都市"},
        {card, "Wuhan", "武汉市"},
        {outlet, "Beijing", "北京市"},
        {outlet, "Shanghai", "上海市"},
        {outlet, "Shenzhen", "深圳市"},
        {outlet, "Hangzhou", "杭州市"},
        {outlet, "Chengdu", "成都市"},
        {outlet, "Wuhan", "武汉市"},
        {employment, "Human Resources and Social Security Bureau of Chaoyang District, Beijing",
         "北京市朝阳区人力资源和社会保障局"},
        {qualification, "Ministry of Finance; Ministry of Human Resources and Social Security",
         "财政部 人力资源社会保障部"},
        {qualification, "Beijing Vocational Skill Testing Guidance Centre", "北京市职业技能鉴定指导中心"},
        {qualification,
         "Ministry of Human Resources and Social Security; Ministry of Industry and Information Technology",
         "人力资源社会保障部 工业和信息化部"},
        {certificate, "Accounting Professional Qualification", "会计专业技术资格"},
        {certificate, "Electrician", "电工"},
        {certificate, "Computer and Software Professional Qualification (Software Designer)",
         "计算机技术与软件专业技术资格（软件设计师）"},
        {level, "Intermediate", "中级"},
        {level, "Level 4 (intermediate worker)", "四级/中级工"},
        {terminal, "Demo kiosk", "demo-kiosk"},
        {terminal, "Demo counter", "demo-counter"},
        {terminal, "Demo field terminal", "demo-field"},
        {terminalZh, "演示自助机", "demo-kiosk"},
        {terminalZh, "演示柜台", "demo-counter"},
        {terminalZh, "演示外勤终端", "demo-field"},
    };
    return all;
}

} // namespace

bool nameDemoDataInEnglish(Database& db)
{
    return setEnglishForms(db, english());
}

} // namespace ssc::platform
