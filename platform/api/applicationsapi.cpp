// Applications filed through the terminal's forms (docs/api.md, "Applications"):
//   POST /api/v1/me/applications        file one (Idempotency-Key): checked again here, filed once
//   GET  /api/v1/me/applications        the logged-in person's applications and how their review stands
//   POST /api/v1/demo/applications/{receipt}/review   the review side, simulated (demo only; ssc-ctl review)
#include "forms/formstate.h"
#include "messages.h"
#include "services.h"
#include "storage/database.h"
#include "unemployment/registrationform.h"
#include "unemployment/unemploymentrules.h"

#include <QDate>
#include <QJsonArray>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;
using Session = CitizenSessions::Session;

ApiResult refusal(int status, const char* code, const TranslatableText& message)
{
    return ApiResult::error(status, QString::fromLatin1(code), message);
}

// The form's own rules, run again on what arrived: a terminal that skipped them files nothing.
std::optional<ApiResult> checkValues(const QJsonObject& values, QDate today)
{
    FormState form(unemploymentRegistrationForm(today));
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!form.definition().field(it.key()) || !it.value().isString())
            return ApiResult::error(400, QStringLiteral("invalid_field"), messages::invalidField(), {},
                                    {{QStringLiteral("field"), it.key()}});
        form.set(it.key(), it.value().toString());
    }
    for (int step = 0; step < form.stepCount(); ++step) {
        const auto problems = form.problems(step);
        if (!problems.isEmpty())
            return ApiResult::error(400, QStringLiteral("invalid_field"), problems.first(), {},
                                    {{QStringLiteral("field"), problems.firstKey()}});
    }
    return std::nullopt;
}

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
    auto pension = services.db.run(
        QStringLiteral(
            "SELECT COUNT(*) FROM insurance_enrolments WHERE person_id = ? AND retired_on IS NOT NULL"),
        {personId});
    auto registered =
        services.db.run(QStringLiteral("SELECT COUNT(*) FROM applications WHERE person_id = ? AND kind = "
                                       "'unemployment-registration' AND status IN ('submitted', 'approved')"),
                        {personId});
    if (!pension || !pension->next() || !registered || !registered->next())
        return storageError();
    a.receivingPension = pension->value(0).toInt() > 0;
    a.alreadyRegistered = registered->value(0).toInt() > 0;
    return a;
}

QJsonObject applicationJson(QSqlQuery& q)
{
    return {{QStringLiteral("receipt"), q.value(0).toString()},
            {QStringLiteral("kind"), q.value(1).toString()},
            {QStringLiteral("status"), q.value(2).toString()},
            {QStringLiteral("reason"), q.value(3).toString()},
            {QStringLiteral("submittedAt"), q.value(4).toLongLong()},
            {QStringLiteral("reviewedAt"),
             q.value(5).isNull() ? QJsonValue() : QJsonValue(q.value(5).toLongLong())}};
}

ApiResult file(PlatformServices& services, RequestContext& context, const Session& session)
{
    const QString kind = context.bodyString("kind");
    if (kind != u"unemployment-registration")
        return refusal(400, "unknown_kind", messages::unknownApplicationKind());
    if (!context.body.value(QStringLiteral("committed")).toBool())
        return refusal(400, "commitment_missing", messages::commitmentMissing());
    const QJsonObject values = context.body.value(QStringLiteral("values")).toObject();
    const QDate today = QDate::currentDate();
    // A retry of one already filed is answered from the submission, whatever has happened since.
    const ApiResult filed = [&]() -> ApiResult {
        if (auto problem = checkValues(values, today))
            return *problem;
        auto who = applicant(services, session.personId);
        if (auto* failure = std::get_if<ApiResult>(&who))
            return *failure;
        const Eligibility eligible = checkRegistration(std::get<RegistrationApplicant>(who), today);
        if (!eligible.eligible)
            return ApiResult::error(409, eligible.code, eligible.reason);
        return ApiResult::ok({});
    }();
    const QJsonObject payload{{QStringLiteral("values"), values},
                              {QStringLiteral("person"), session.personId}};
    Transaction transaction(services.db);
    ApiResult answer = fileSubmission(services, context, kind, payload);
    if (answer.isError())
        return answer;
    const QString receipt = answer.body.value(QStringLiteral("receipt")).toString();
    const bool replayed = answer.body.value(QStringLiteral("replayed")).toBool();
    if (!replayed) {
        if (filed.isError())
            return filed; // the transaction is rolled back: nothing is filed
        if (!services.db.run(QStringLiteral("INSERT INTO applications (receipt, person_id, kind, status, "
                                            "submitted_at) VALUES (?, ?, ?, 'submitted', ?)"),
                             {receipt, session.personId, kind, PlatformServices::nowMs()}))
            return storageError();
    }
    if (!transaction.commit())
        return storageError();
    auto q = services.db.run(
        QStringLiteral("SELECT receipt, kind, status, status_reason, submitted_at, reviewed_at "
                       "FROM applications WHERE receipt = ?"),
        {receipt});
    if (!q || !q->next())
        return storageError();
    QJsonObject body = applicationJson(*q);
    body.insert(QStringLiteral("replayed"), replayed);
    return ApiResult::ok(body, replayed ? 200 : 201);
}

ApiResult list(PlatformServices& services, const Session& session)
{
    auto q = services.db.run(
        QStringLiteral("SELECT receipt, kind, status, status_reason, submitted_at, reviewed_at "
                       "FROM applications WHERE person_id = ? ORDER BY submitted_at DESC, id DESC"),
        {session.personId});
    if (!q)
        return storageError();
    QJsonArray applications;
    while (q->next())
        applications.append(applicationJson(*q));
    return ApiResult::ok({{QStringLiteral("applications"), applications}});
}

ApiResult review(PlatformServices& services, RequestContext& context)
{
    const QString decision = context.bodyString("decision");
    if (decision != u"approve" && decision != u"return")
        return missingField("decision");
    const QString reason = context.bodyString("reason");
    if (decision == u"return" && reason.isEmpty())
        return missingField("reason"); // a returned application always says why
    auto q = services.db.run(
        QStringLiteral("UPDATE applications SET status = ?, status_reason = ?, reviewed_at = ? "
                       "WHERE receipt = ? AND status = 'submitted'"),
        {decision == u"approve" ? QStringLiteral("approved") : QStringLiteral("returned"),
         reason.isEmpty() ? QVariant() : QVariant(reason), PlatformServices::nowMs(),
         context.pathArguments.value(0)});
    if (!q)
        return storageError();
    if (q->numRowsAffected() != 1)
        return refusal(404, "no_application_to_review", messages::noApplicationToReview());
    return ApiResult::ok({{QStringLiteral("receipt"), context.pathArguments.value(0)}});
}

} // namespace

void registerApplicationsApi(Router& router, PlatformServices& services)
{
    router.add(Method::Post, QStringLiteral("/api/v1/me/applications"), Router::Access::Terminal,
               forCitizen(services,
                          [&services](RequestContext& c, const Session& s) { return file(services, c, s); }));
    router.add(
        Method::Get, QStringLiteral("/api/v1/me/applications"), Router::Access::Terminal,
        forCitizen(services, [&services](RequestContext&, const Session& s) { return list(services, s); }));
    if (services.demo)
        router.add(Method::Post, QStringLiteral("/api/v1/demo/applications/{receipt}/review"),
                   Router::Access::Public, [&services](RequestContext& c) { return review(services, c); });
}

} // namespace ssc::platform
