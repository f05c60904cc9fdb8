#include "certification.h"

#include <QString>

namespace ssc {

CertificationStatus certificationStatus(std::optional<QDate> lastCertified, int cycleMonths, QDate today)
{
    CertificationStatus status;
    if (!lastCertified || !lastCertified->isValid() || cycleMonths <= 0)
        return status; // never certified: due now
    status.certifiedUntil = lastCertified->addMonths(cycleMonths);
    status.state = today < status.certifiedUntil ? CertificationStatus::State::Certified
                                                 : CertificationStatus::State::Due;
    return status;
}

const char* pensionGroupKey(PensionGroup group)
{
    switch (group) {
    case PensionGroup::EnterpriseRetiree:
        return "enterprise";
    case PensionGroup::InstitutionRetiree:
        return "institution";
    case PensionGroup::ResidentPensioner:
        return "resident";
    }
    return "enterprise";
}

std::optional<PensionGroup> pensionGroupFromKey(const QString& key)
{
    for (const PensionGroup g :
         {PensionGroup::EnterpriseRetiree, PensionGroup::InstitutionRetiree, PensionGroup::ResidentPensioner})
        if (key == QLatin1String(pensionGroupKey(g)))
            return g;
    return std::nullopt;
}

} // namespace ssc
