#include "applicationrules.h"

#include "applications/applicationkinds.h"
#include "benefitassessment.h"
#include "messages.h"
#include "pensionstatus.h"
#include "pensiontransfercheck.h"
#include "privacy/masking.h"
#include "storage/database.h"
#include "unemployment/benefitclaimform.h"
#include "unemployment/unemploymentrules.h"

namespace ssc::platform {
namespace {

using Session = CitizenSessions::Session;

// Who the person is, as registration eligibility needs it.
std::variant<RegistrationApplicant, ApiResult> applicant(PlatformServices& services, qint64 personId)
{
    auto person =
        services.db.run(QStringLiteral("SELECT birth_date, sex FROM people WHERE id = ?"), {personId});
    if (!person || !person->next())
        return storageError();
    RegistrationApplicant a;
    a.birthDate = QDate::fromString(person->value(0).toString(), Qt::ISODate);
    // The form does not ask a woman's post; the later (cadre) age is applied here and the review decides.
    a.group = person->value(1).toString() == u"female" ? RetirementGroup::WomanCadre : RetirementGroup::Man;
    person->finish();
    const auto pension = drawsPension(services, personId);
    if (!pension)
        return storageError();
    a.receivingPension = *pension;
    return a;
}

// An application of this kind the person has that stands in the way of a new one.
std::variant<bool, ApiResult> hasStanding(PlatformServices& services, qint64 personId, const QString& kind)
{
    auto q = services.db.run(
        QStringLiteral("SELECT status FROM applications WHERE person_id = ? AND kind = ?"), {personId, kind});
    if (!q)
        return storageError();
    while (q->next())
        if (blocksNewApplication(kind, q->value(0).toString()))
            return true;
    return false;
}

std::optional<ApiResult> registrationRefusal(PlatformServices& services, const Session& session, QDate today)
{
    auto who = applicant(services, session.personId);
    if (auto* failure = std::get_if<ApiResult>(&who))
        return *failure;
    auto standing = hasStanding(services, session.personId, QStringLiteral("unemployment-registration"));
    if (auto* failure = std::get_if<ApiResult>(&standing))
        return *failure;
    RegistrationApplicant& a = std::get<RegistrationApplicant>(who);
    a.alreadyRegistered = std::get<bool>(standing);
    const Eligibility eligible = checkRegistration(a, today);
    if (!eligible.eligible)
        return ApiResult::error(409, eligible.code, eligible.reason);
    return std::nullopt;
}

// Any of the four unemployment claims: due as the platform decides it, and not one of that kind standing.
std::optional<ApiResult> benefitRefusal(PlatformServices& services, const Session& session,
                                        const QString& kind)
{
    const auto assessed = assessUnemploymentBenefit(services, session);
    if (const auto* failure = std::get_if<ApiResult>(&assessed))
        return *failure;
    const BenefitAssessment& a = std::get<BenefitAssessment>(assessed);
    if (kind == u"unemployment-benefit" && !a.entitlement.entitled)
        return ApiResult::error(409, a.entitlement.code, a.entitlement.reason);
    for (const OtherBenefit& other : a.others)
        if (other.kind == kind && !other.entitled)
            return ApiResult::error(409, other.code, other.reason);
    auto standing = hasStanding(services, session.personId, kind);
    if (auto* failure = std::get_if<ApiResult>(&standing))
        return *failure;
    if (std::get<bool>(standing))
        return ApiResult::error(409, QStringLiteral("already_claimed"), messages::benefitAlreadyClaimed());
    return std::nullopt;
}

// An employment service: for people registered as unemployed, one request of each offer waiting at a time.
std::optional<ApiResult> serviceRequestRefusal(PlatformServices& services, const Session& session,
                                               const QJsonObject& values)
{
    auto registered = hasStanding(services, session.personId, QStringLiteral("unemployment-registration"));
    if (auto* failure = std::get_if<ApiResult>(&registered))
        return *failure;
    if (!std::get<bool>(registered))
        return ApiResult::error(409, QStringLiteral("not_registered"), messages::registerFirst());
    auto q =
        services.db.run(QStringLiteral("SELECT COUNT(*) FROM applications WHERE person_id = ? AND kind = "
                                       "'employment-service' AND subject = ? AND status = 'submitted'"),
                        {session.personId, values.value(QStringLiteral("offer")).toString()});
    if (!q || !q->next())
        return storageError();
    if (q->value(0).toInt() > 0)
        return ApiResult::error(409, QStringLiteral("already_requested"),
                                messages::serviceAlreadyRequested());
    return std::nullopt;
}

std::optional<ApiResult> disputeRefusal(PlatformServices& services, const Session& session,
                                        const QJsonObject& values)
{
    const QString evidence = values.value(QStringLiteral("evidence")).toString();
    if (evidence.isEmpty())
        return std::nullopt;
    for (const QString& id : evidence.split(u',')) {
        auto q =
            services.db.run(QStringLiteral("SELECT COUNT(*) FROM evidence WHERE id = ? AND person_id = ?"),
                            {id, session.personId});
        if (!q || !q->next())
            return storageError();
        if (q->value(0).toInt() != 1) // someone else's, or never uploaded: the same answer
            return ApiResult::error(400, QStringLiteral("unknown_evidence"), messages::unknownEvidence(), {},
                                    {{QStringLiteral("field"), QStringLiteral("evidence")}});
    }
    return std::nullopt;
}

} // namespace

QString cardAccountOffered(PlatformServices& services, const Session& session)
{
    auto card =
        services.db.run(QStringLiteral("SELECT bank_account FROM cards WHERE id = ?"), {session.cardId});
    if (!card || !card->next() || card->value(0).toString().isEmpty())
        return {};
    return mask(card->value(0).toString(), MaskKind::BankAccount);
}

std::optional<PhoneOnFile> phoneOnFile(PlatformServices& services, const Session& session)
{
    auto q = services.db.run(QStringLiteral("SELECT phone FROM people WHERE id = ?"), {session.personId});
    if (!q || !q->next())
        return std::nullopt;
    PhoneOnFile phone{q->value(0).toString(), {}};
    q->finish();
    if (!phone.whole.isEmpty())
        phone.masked = mask(phone.whole, MaskKind::Phone);
    return phone;
}

QJsonObject withPhoneOnFile(const FormDefinition& definition, QJsonObject values, const PhoneOnFile& phone)
{
    if (phone.masked.isEmpty())
        return values;
    for (const FormStep& step : definition.steps)
        for (const FormField& f : step.fields)
            if (f.prefillFrom == u"phone" && values.value(f.key).toString() == phone.masked)
                values.insert(f.key, phone.whole);
    return values;
}

std::optional<ApiResult> applicationRefusal(PlatformServices& services, const Session& session,
                                            const QString& kind, const QJsonObject& values, QDate today)
{
    if (kind == u"unemployment-registration")
        return registrationRefusal(services, session, today);
    if (isUnemploymentClaimKind(kind))
        return benefitRefusal(services, session, kind);
    if (kind == u"employment-service")
        return serviceRequestRefusal(services, session, values);
    if (kind == u"labour-dispute")
        return disputeRefusal(services, session, values);
    if (kind == u"pension-transfer") {
        auto standing = hasStanding(services, session.personId, kind);
        if (auto* failure = std::get_if<ApiResult>(&standing))
            return *failure;
        if (std::get<bool>(standing))
            return ApiResult::error(409, QStringLiteral("already_applied"),
                                    messages::transferAlreadyApplied());
        return transferRefusal(services, session.personId, values);
    }
    return ApiResult::error(400, QStringLiteral("unknown_kind"), messages::unknownApplicationKind());
}

} // namespace ssc::platform
