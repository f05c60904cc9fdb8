// GET /api/v1/me/unemployment-benefit: what the logged-in person may claim (brief "申领失业保险待遇"),
// decided by the platform from what it holds: unemployment insurance months paid (all provinces) and who paid
// them, the reason of the latest unemployment registration, whether that registration stands, the birth date
// for the near-retirement rule, 失业保险金 paid out, the region's policy; 失业保险金 and the three other
// benefits (docs/unemployment-benefits.md). The card's bank account is offered first, masked (docs/api.md,
// "Unemployment benefit").
#include "applicationrules.h"
#include "benefitassessment.h"
#include "insuredhistory.h"
#include "pensionstatus.h"
#include "storage/database.h"
#include "unemployment/unemploymentrules.h"
#include "unemploymentpolicy.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace ssc::platform {
namespace {

using Session = CitizenSessions::Session;

struct Registration {
    bool registered = false;
    int reasonCode = 0;
};

// The latest registration that was not returned, and the reason code it was filed with.
std::optional<Registration> latestRegistration(PlatformServices& services, qint64 personId)
{
    auto q = services.db.run(
        QStringLiteral("SELECT s.payload FROM applications a JOIN submissions s ON s.receipt = "
                       "a.receipt WHERE a.person_id = ? AND a.kind = 'unemployment-registration' "
                       "AND a.status IN ('submitted', 'approved') ORDER BY a.submitted_at DESC"),
        {personId});
    if (!q)
        return std::nullopt;
    Registration r;
    if (q->next()) {
        r.registered = true;
        const QJsonObject payload = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
        r.reasonCode = payload.value(QStringLiteral("values"))
                           .toObject()
                           .value(QStringLiteral("reason"))
                           .toString()
                           .toInt();
    }
    return r;
}

ApiResult benefit(PlatformServices& services, const Session& session)
{
    const auto assessed = assessUnemploymentBenefit(services, session);
    if (const auto* failure = std::get_if<ApiResult>(&assessed))
        return *failure;
    const BenefitAssessment& a = std::get<BenefitAssessment>(assessed);
    const BenefitEntitlement& e = a.entitlement;
    QJsonObject body{{QStringLiteral("entitled"), e.entitled},
                     {QStringLiteral("contributionMonths"), a.contributionMonths},
                     {QStringLiteral("registered"), a.registered},
                     {QStringLiteral("months"), e.months},
                     {QStringLiteral("nearRetirementMonths"), e.nearRetirementMonths}};
    if (!e.entitled) {
        body.insert(QStringLiteral("code"), e.code);
        body.insert(QStringLiteral("reason"), bilingual(e.reason));
        if (!e.instead.isEmpty())
            body.insert(QStringLiteral("instead"), bilingual(e.instead));
    }
    QJsonArray claims; // the other benefits, each with its own answer
    for (const OtherBenefit& other : a.others) {
        QJsonObject c{{QStringLiteral("kind"), other.kind},
                      {QStringLiteral("entitled"), other.entitled},
                      {QStringLiteral("months"), other.months},
                      {QStringLiteral("monthlyFen"), other.monthlyFen},
                      {QStringLiteral("totalFen"), other.totalFen}};
        if (!other.entitled) {
            c.insert(QStringLiteral("code"), other.code);
            c.insert(QStringLiteral("reason"), bilingual(other.reason));
        }
        claims.append(c);
    }
    body.insert(QStringLiteral("claims"), claims);
    QJsonArray accounts;
    if (!a.maskedCardAccount.isEmpty())
        accounts.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("card")},
                                    {QStringLiteral("account"), a.maskedCardAccount}});
    body.insert(QStringLiteral("accounts"), accounts); // another own account may be given when filing
    return ApiResult::ok(body);
}

} // namespace

std::variant<BenefitAssessment, ApiResult> assessUnemploymentBenefit(PlatformServices& services,
                                                                     const Session& session)
{
    auto record = insuredRecord(services, session.personId);
    auto person = services.db.run(QStringLiteral("SELECT birth_date, sex FROM people WHERE id = ?"),
                                  {session.personId});
    const auto registration = latestRegistration(services, session.personId);
    auto standing =
        services.db.run(QStringLiteral("SELECT COUNT(*) FROM applications WHERE person_id = ? AND kind = "
                                       "'unemployment-benefit' AND status IN ('submitted', 'approved')"),
                        {session.personId});
    const auto pension = drawsPension(services, session.personId);
    if (!record || !person || !person->next() || !registration || !standing || !standing->next() || !pension)
        return storageError();
    InsuredHistory& history = record->history;
    BenefitClaim claim;
    claim.contributionYears = history.paidMonths / 12.0;
    claim.personalContributions = history.paidMonths == 0 || history.personalPaidMonths > 0;
    claim.reasonCode = registration->reasonCode;
    claim.registered = registration->registered;
    claim.birthDate = QDate::fromString(person->value(0).toString(), Qt::ISODate);
    claim.group =
        person->value(1).toString() == u"female" ? RetirementGroup::WomanCadre : RetirementGroup::Man;
    const QDate today = QDate::currentDate();
    claim.startsOn = QDate(today.year(), today.month(), 1).addMonths(1);
    BenefitAssessment a;
    a.entitlement = assessBenefit(claim);
    a.contributionMonths = history.paidMonths;
    a.registered = claim.registered;
    a.maskedCardAccount = cardAccountOffered(services, session);
    history.registered = claim.registered;
    history.drawingPension = *pension;
    history.benefitClaimStanding = standing->value(0).toInt() > 0;
    // The months of the 失业保险金 paid out, as the contribution years give them (the benefit's own record
    // holds no duration).
    history.benefitMonthsDue = benefitMonthsForYears(claim.contributionYears);
    const UnemploymentPolicy policy = unemploymentPolicy(record->province);
    a.benefitMonthlyFen = policy.benefitMonthlyFen;
    a.others = {assessSubsidy(history, a.entitlement, policy, today), assessOneOffAllowance(history, policy),
                assessTemporaryAllowance(history, policy, today)};
    return a;
}

void registerBenefitApi(Router& router, PlatformServices& services)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/me/unemployment-benefit"),
               Router::Access::Terminal, forCitizen(services, [&services](RequestContext&, const Session& s) {
                   return benefit(services, s);
               }));
}

} // namespace ssc::platform
