#include "applicationkinds.h"

#include "disputes/disputeform.h"
#include "pension/transferform.h"
#include "unemployment/benefitclaimform.h"
#include "unemployment/employmentservices.h"
#include "unemployment/registrationform.h"

namespace ssc {
namespace {

struct Transition {
    const char* from;
    const char* decision;
    const char* to;
};

const Transition unemploymentReview[] = {{"submitted", "approve", "approved"},
                                         {"submitted", "return", "returned"}};
const Transition disputeProgress[] = {{"submitted", "accept", "accepted"},
                                      {"submitted", "return", "returned"},
                                      {"accepted", "mediate", "mediating"},
                                      {"mediating", "settle", "settled"},
                                      {"mediating", "arbitrate", "arbitration"}};

// 社保转移: the new place agrees (联系函 to the old place) or returns it; the old place moves the record and
// funds; the new place completes it. Each step up to 15 working days.
const Transition transferProgress[] = {{"submitted", "agree", "agreed"},
                                       {"submitted", "return", "returned"},
                                       {"agreed", "transfer", "transferring"},
                                       {"transferring", "complete", "completed"}};

// 补换卡 (cardreplacementapi.cpp): the card office makes the card and it waits at the counter; collected
// (已领取) only when the new card proves itself at a counter, never by a review decision.
// An employment service asked for (employmentservices.h): the office contacts the citizen, or returns it.
const Transition serviceRequest[] = {{"submitted", "contact", "contacted"},
                                     {"submitted", "return", "returned"}};

const Transition replacementProgress[] = {{"submitted", "make", "making"}, {"making", "ready", "ready"}};

} // namespace

std::optional<FormDefinition> applicationForm(const QString& kind, QDate today,
                                              const QString& maskedCardAccount)
{
    if (kind == u"unemployment-registration")
        return unemploymentRegistrationForm(today);
    if (isUnemploymentClaimKind(kind))
        return unemploymentClaimForm(kind, maskedCardAccount);
    if (kind == u"labour-dispute")
        return disputeForm(today);
    if (kind == u"pension-transfer")
        return pensionTransferForm();
    if (kind == u"employment-service")
        return employmentServiceForm();
    return std::nullopt;
}

std::optional<QString> reviewedStatus(const QString& kind, const QString& status, const QString& decision)
{
    auto find = [&](const auto& transitions) -> std::optional<QString> {
        for (const Transition& t : transitions)
            if (status == QLatin1String(t.from) && decision == QLatin1String(t.decision))
                return QString::fromLatin1(t.to);
        return std::nullopt;
    };
    if (kind == u"labour-dispute")
        return find(disputeProgress);
    if (kind == u"pension-transfer")
        return find(transferProgress);
    if (kind == u"card-replacement")
        return find(replacementProgress);
    if (kind == u"employment-service")
        return find(serviceRequest);
    if (applicationForm(kind, QDate::currentDate()))
        return find(unemploymentReview);
    return std::nullopt;
}

bool decisionNeedsReason(const QString& decision)
{
    return decision == u"return";
}

bool blocksNewApplication(const QString& kind, const QString& status)
{
    // Disputes with different employers (or a new one with the same) may run side by side.
    if (kind == u"employment-service") // one request of each offer at a time (the caller compares offers)
        return status == u"submitted";
    if (kind == u"pension-transfer") // one transfer at a time; a new one once it is done or returned
        return status == u"submitted" || status == u"agreed" || status == u"transferring";
    return kind != u"labour-dispute" && (status == u"submitted" || status == u"approved");
}

TranslatableText applicationStatusLabel(const QString& status)
{
    const char* const context = "ApplicationStatus";
    if (status == u"submitted")
        return {context, QT_TRANSLATE_NOOP("ApplicationStatus", "Submitted, waiting for review"), {}};
    if (status == u"approved")
        return {context, QT_TRANSLATE_NOOP("ApplicationStatus", "Approved"), {}};
    if (status == u"returned")
        return {context, QT_TRANSLATE_NOOP("ApplicationStatus", "Returned"), {}};
    if (status == u"accepted")
        return {
            context, QT_TRANSLATE_NOOP("ApplicationStatus", "Accepted, a mediator is being assigned"), {}};
    if (status == u"mediating")
        return {context, QT_TRANSLATE_NOOP("ApplicationStatus", "In mediation"), {}};
    if (status == u"settled")
        return {context, QT_TRANSLATE_NOOP("ApplicationStatus", "Settled by mediation"), {}};
    if (status == u"arbitration")
        return {context, QT_TRANSLATE_NOOP("ApplicationStatus", "Not settled: passed on to arbitration"), {}};
    if (status == u"agreed")
        return {context,
                QT_TRANSLATE_NOOP("ApplicationStatus",
                                  "Agreed by the new place: the old place is asked to transfer"),
                {}};
    if (status == u"transferring")
        return {context,
                QT_TRANSLATE_NOOP("ApplicationStatus", "The old place is moving your record and funds"),
                {}};
    if (status == u"completed")
        return {context,
                QT_TRANSLATE_NOOP("ApplicationStatus", "Transferred: your relation is at the new place"),
                {}};
    if (status == u"contacted")
        return {
            context, QT_TRANSLATE_NOOP("ApplicationStatus", "The employment service has contacted you"), {}};
    if (status == u"making")
        return {context, QT_TRANSLATE_NOOP("ApplicationStatus", "The new card is being made"), {}};
    if (status == u"ready")
        return {
            context, QT_TRANSLATE_NOOP("ApplicationStatus", "Ready to collect at the service counter"), {}};
    if (status == u"collected")
        return {context,
                QT_TRANSLATE_NOOP("ApplicationStatus",
                                  "Collected: the new card is in use, the old one cancelled"),
                {}};
    return {context, QT_TRANSLATE_NOOP("ApplicationStatus", "Unknown status"), {}};
}

} // namespace ssc
