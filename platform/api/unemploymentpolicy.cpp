#include "unemploymentpolicy.h"

namespace ssc::platform {

UnemploymentPolicy unemploymentPolicy(const QString& provinceCode)
{
    // Monthly 失业保险金 standard and urban minimum living standard (城市低保), in fen: the demo's figures,
    // of the order the provinces publish; a real platform reads its region's from its configuration.
    struct Figures {
        const char* province;
        qint64 benefitFen;
        qint64 minimumLivingFen;
    };
    static const Figures figures[] = {{"110000", 228600, 145000}, {"310000", 217500, 151000},
                                      {"440000", 215200, 120000}, {"420000", 180000, 86000},
                                      {"330000", 209000, 120000}, {"510000", 169000, 76000}};
    UnemploymentPolicy policy;
    policy.benefitMonthlyFen = 180000; // a province the demo does not list
    policy.minimumLivingFen = 90000;
    for (const Figures& f : figures)
        if (provinceCode == QLatin1String(f.province)) {
            policy.benefitMonthlyFen = f.benefitFen;
            policy.minimumLivingFen = f.minimumLivingFen;
        }
    // The brief's national windows were 2020-03..12 (subsidy) and 2020-05..12 (temporary allowance); the
    // demo leaves both open so that its people can claim today.
    policy.subsidyWindow = {};
    policy.temporaryWindow = {};
    return policy;
}

} // namespace ssc::platform
