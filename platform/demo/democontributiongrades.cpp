#include "democontributiongrades.h"

#include "payments/contributiongrades.h"
#include "payments/residentcontributions.h"
#include "seedonce.h"

namespace ssc::platform {

bool seedDemoContributionGrades(Database& db)
{
    using payments::ResidentContributions;
    using payments::ResidentItem;
    return seedOnce(db, QStringLiteral("contribution_grades"), [&db] {
        // The province's table (no region), in force since before any demo payment: the pension's grades
        // since 国发〔2014〕8号, the medical amount since the 2025 notice. No city has its own in the demo.
        const std::pair<ResidentItem, QDate> tables[] = {{ResidentItem::Pension, QDate(2014, 2, 21)},
                                                         {ResidentItem::Medical, QDate(2025, 1, 1)}};
        for (const auto& [item, from] : tables)
            if (!ContributionGrades(db).insert(ResidentContributions::key(item), QString(), from,
                                               ResidentContributions::demoGradesFen(item), 0))
                return false;
        return true;
    });
}

} // namespace ssc::platform
