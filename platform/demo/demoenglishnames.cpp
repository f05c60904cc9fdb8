#include "demoenglishnames.h"

#include "seedonce.h"

namespace ssc::platform {
namespace {

// {statement, English, the Chinese it translates}, one a row so the data reads as a table.
const EnglishForms& english()
{
    static const char* card = "UPDATE cards SET region_name_en = ? WHERE region_name = ?";
    static const char* outlet = "UPDATE service_outlets SET region_name_en = ? WHERE region_name = ?";
    static const char* employment = "UPDATE employment_certificates SET issuer_en = ? WHERE issuer = ?";
    static const char* qualification = "UPDATE qualification_certificates SET issuer_en = ? WHERE issuer = ?";
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
    };
    return all;
}

} // namespace

bool nameDemoDataInEnglish(Database& db)
{
    return setEnglishForms(db, english());
}

} // namespace ssc::platform
