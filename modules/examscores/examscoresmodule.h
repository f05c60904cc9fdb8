#pragma once

namespace ssc {

class ModuleRegistry;

// 专业技术人员考试成绩查询: by examination and year.
void registerExamScoresModule(ModuleRegistry& registry);

} // namespace ssc
