#pragma once

#include <QDate>

#include <optional>

namespace ssc {

// 养老保险待遇资格认证 (issue 7; the brief's section of that name): who must certify and when. Recipients of
// an enterprise, institution or resident pension certify once per cycle (12 months; some regions 6); the
// terminal says "certified until …" or "due". Plain rule: the platform decides with it, the screens show it.
enum class PensionGroup { EnterpriseRetiree, InstitutionRetiree, ResidentPensioner };

struct CertificationStatus {
    enum class State { Certified, Due } state = State::Due;
    QDate certifiedUntil; // the end of the cycle the last certification covers (invalid: never certified)
};

CertificationStatus certificationStatus(std::optional<QDate> lastCertified, int cycleMonths, QDate today);

// "enterprise" | "institution" | "resident", as the platform stores it.
const char* pensionGroupKey(PensionGroup group);
std::optional<PensionGroup> pensionGroupFromKey(const QString& key);

} // namespace ssc
