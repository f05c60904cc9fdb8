#include "demoaveragewages.h"

#include "seedonce.h"

namespace ssc::platform {

bool seedDemoAverageWages(Database& db)
{
    return seedOnce(db, QStringLiteral("average_wages"), [&db] {
        // Monthly, in yuan, the year they were published for. Beijing 2024 is the figure its 2025 pensions
        // use (rules.md §5); the others are of the same order, for the demo only.
        const struct {
            const char* province;
            int year;
            int yuan;
        } wages[] = {{"110000", 2023, 11761}, {"110000", 2024, 12049}, {"310000", 2024, 12434},
                     {"440000", 2024, 9226},  {"420000", 2024, 7917},  {"330000", 2024, 9460},
                     {"510000", 2024, 8213}};
        for (const auto& w : wages)
            if (!db.run(
                    QStringLiteral(
                        "INSERT INTO average_wages (province_code, year, monthly_cents) VALUES (?, ?, ?)"),
                    {QString::fromLatin1(w.province), w.year, qint64(w.yuan) * 100}))
                return false;
        return true;
    });
}

} // namespace ssc::platform
