#pragma once

namespace ssc {

class ModuleRegistry;

// 职业资格证书查询: the logged-in person's professional-technical and skills certificates, no extra input.
// Personal: visitors are asked to log in first.
void registerQualificationsModule(ModuleRegistry& registry);

} // namespace ssc
