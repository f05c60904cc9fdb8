#pragma once

#include "forms/formdefinition.h"
#include "i18n/translatabletext.h"

#include <QDate>

#include <optional>

namespace ssc {

// Every kind of application the terminal files through POST /me/applications, and how each is reviewed
// (docs/api.md, "Applications"). The platform checks a submission against the same form the terminal showed.
//
//   unemployment-registration, unemployment-benefit:  submitted → approved | returned (with a reason)
//   labour-dispute:  submitted → accepted (受理) | returned (不予受理, with a reason);
//                    accepted → mediating (调解中); mediating → settled (调解成功) | arbitration
//                    (调解不成转仲裁)
//   pension-transfer:  submitted → agreed (转入地同意, 联系函) | returned;
//                      agreed → transferring (转出地转出); transferring → completed (转入地接续)
//   unemployment-subsidy, migrant-one-off-allowance, temporary-living-allowance:  as the benefit claim
//   employment-service:  submitted → contacted (the office got in touch) | returned
//   card-replacement (filed by POST /me/card-replacements, not by a form):  submitted (申请) → making (制卡)
//                      → ready (可领取); collected (已领取) only when the new card proves itself at a counter
std::optional<FormDefinition> applicationForm(const QString& kind, QDate today,
                                              const QString& maskedCardAccount = {});

// The status a review decision (approve, return, accept, mediate, settle, arbitrate) moves an application
// to, or nullopt when the decision does not apply to the application as it stands.
std::optional<QString> reviewedStatus(const QString& kind, const QString& status, const QString& decision);
bool decisionNeedsReason(const QString& decision);
// Whether the person may file another of this kind while this one stands.
bool blocksNewApplication(const QString& kind, const QString& status);

// The status in the citizen's words.
TranslatableText applicationStatusLabel(const QString& status);

} // namespace ssc
