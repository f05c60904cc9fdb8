// Applications filed through the terminal's forms (docs/api.md, "Applications"):
//   POST /api/v1/me/applications        file one (Idempotency-Key): checked again here, filed once
//   GET  /api/v1/me/applications        the logged-in person's applications and how their review stands
//   POST /api/v1/me/payouts/{receipt}/account        a returned payout paid again to another account
//                                                    (payouts/payoutaccount.h)
//   POST /api/v1/demo/applications/{receipt}/review   the review side, simulated (demo only; ssc-ctl review)
#include "applicationrules.h"
#include "applications/applicationkinds.h"
#include "forms/formstate.h"
#include "messages.h"
#include "notifications/outbox.h"
#include "payouts/payoutaccount.h"
#include "payouts/payoutdue.h"
#include "payouts/payoutstate.h"
#include "refusal.h"
#include "services.h"
#include "storage/database.h"
#include "unemployment/benefitclaimform.h"

#include <QDate>
#include <QJsonArray>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;
using Session = CitizenSessions::Session;

// The form's own rules, run again on what arrived: a terminal that skipped them files nothing.
std::optional<ApiResult> checkValues(const FormDefinition& definition, const QJsonObject& values,
                                     const FormValues& onFile)
{
    FormState form(definition);
    form.prefillOnFile(onFile); // the masked phone the login answer sent, accepted unchanged
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

const QString applicationColumns =
    QStringLiteral("receipt, kind, status, status_reason, submitted_at, reviewed_at, subject");

QJsonObject applicationJson(QSqlQuery& q)
{
    QJsonObject a{{QStringLiteral("receipt"), q.value(0).toString()},
                  {QStringLiteral("kind"), q.value(1).toString()},
                  {QStringLiteral("status"), q.value(2).toString()},
                  {QStringLiteral("reason"), q.value(3).toString()},
                  {QStringLiteral("submittedAt"), q.value(4).toLongLong()},
                  {QStringLiteral("reviewedAt"),
                   q.value(5).isNull() ? QJsonValue() : QJsonValue(q.value(5).toLongLong())}};
    if (!q.value(6).toString().isEmpty())
        a.insert(QStringLiteral("subject"), q.value(6).toString()); // a dispute's employer, a service's offer
    return a;
}

ApiResult file(PlatformServices& services, RequestContext& context, const Session& session)
{
    const QString kind = context.bodyString("kind");
    const QDate today = QDate::currentDate();
    // Only the benefit claims' forms name the card's account (the choice they offer first).
    const auto definition = applicationForm(
        kind, today, isUnemploymentClaimKind(kind) ? cardAccountOffered(services, session) : QString());
    if (!definition)
        return refusal(400, "unknown_kind", messages::unknownApplicationKind());
    if (!context.body.value(QStringLiteral("committed")).toBool())
        return refusal(400, "commitment_missing", messages::commitmentMissing());
    const auto phone = phoneOnFile(services, session);
    if (!phone)
        return storageError();
    const QJsonObject arrived = context.body.value(QStringLiteral("values")).toObject();
    const QJsonObject values = withPhoneOnFile(*definition, arrived, *phone);
    // A retry of one already filed is answered from the submission, whatever has happened since.
    const ApiResult filed = [&]() -> ApiResult {
        if (auto problem = checkValues(*definition, arrived, {{QStringLiteral("phone"), phone->masked}}))
            return *problem;
        if (auto refused = applicationRefusal(services, session, kind, values, today))
            return *refused;
        if (auto unconfirmed = confirmationRefusal(services, context, session))
            return *unconfirmed;
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
        if (!useConfirmation(services, context))
            return ApiResult::error(409, QStringLiteral("confirmation_used"),
                                    messages::confirmationRequired());
        // A dispute's employer, or the employment service asked for.
        const QString subject = kind == u"employment-service"
                                    ? values.value(QStringLiteral("offer")).toString()
                                    : values.value(QStringLiteral("employerName")).toString();
        if (!services.db.run(QStringLiteral("INSERT INTO applications (receipt, person_id, kind, status, "
                                            "submitted_at, subject) VALUES (?, ?, ?, 'submitted', ?, ?)"),
                             {receipt, session.personId, kind, PlatformServices::nowMs(),
                              subject.isEmpty() ? QVariant() : QVariant(subject)}))
            return storageError();
    }
    if (!transaction.commit())
        return storageError();
    auto q = services.db.run(
        QStringLiteral("SELECT %1 FROM applications WHERE receipt = ?").arg(applicationColumns), {receipt});
    if (!q || !q->next())
        return storageError();
    QJsonObject body = applicationJson(*q);
    body.insert(QStringLiteral("replayed"), replayed);
    return ApiResult::ok(body, replayed ? 200 : 201);
}

ApiResult list(PlatformServices& services, const Session& session)
{
    const auto payouts = payoutsOf(services.db, session.personId); // a claim's payment, when approved
    auto q = services.db.run(QStringLiteral("SELECT %1 FROM applications WHERE person_id = ? "
                                            "ORDER BY submitted_at DESC, id DESC")
                                 .arg(applicationColumns),
                             {session.personId});
    if (!q || !payouts)
        return storageError();
    QJsonArray applications;
    while (q->next()) {
        QJsonObject a = applicationJson(*q);
        if (const auto payout = payouts->constFind(a.value(QStringLiteral("receipt")).toString());
            payout != payouts->cend())
            a.insert(QStringLiteral("payout"), *payout);
        applications.append(a);
    }
    return ApiResult::ok({{QStringLiteral("applications"), applications}});
}

// The review side, simulated: one decision moves an application one step along its kind's path.
ApiResult review(PlatformServices& services, RequestContext& context)
{
    const QString decision = context.bodyString("decision");
    const QString reason = context.bodyString("reason");
    if (decision.isEmpty())
        return missingField("decision");
    if (decisionNeedsReason(decision) && reason.isEmpty())
        return missingField("reason"); // a returned application always says why
    const QString receipt = context.pathArguments.value(0);
    auto q = services.db.run(
        QStringLiteral("SELECT kind, status, person_id FROM applications WHERE receipt = ?"), {receipt});
    if (!q)
        return storageError();
    if (!q->next())
        return refusal(404, "no_application_to_review", messages::noApplicationToReview());
    const QString kind = q->value(0).toString();
    const QString status = q->value(1).toString();
    const qint64 personId = q->value(2).toLongLong();
    q->finish();
    const auto next = reviewedStatus(kind, status, decision);
    if (!next)
        return ApiResult::error(409, QStringLiteral("decision_not_applicable"),
                                messages::decisionNotApplicable(), {}, {{QStringLiteral("status"), status}});
    // The status and the text telling the person commit together (docs/notifications.md).
    Transaction transaction(services.db);
    // Only from the status just read: two reviewers at once cannot both move it.
    const qint64 now = PlatformServices::nowMs();
    auto update =
        services.db.run(QStringLiteral("UPDATE applications SET status = ?, status_reason = ?, "
                                       "reviewed_at = ? WHERE receipt = ? AND status = ?"),
                        {*next, reason.isEmpty() ? QVariant() : QVariant(reason), now, receipt, status});
    if (!update)
        return storageError();
    if (update->numRowsAffected() != 1)
        return ApiResult::error(409, QStringLiteral("decision_not_applicable"),
                                messages::decisionNotApplicable());
    // An approved claim is due to be paid, in the same transaction (docs/operations.md, "Paying benefits").
    if (*next == u"approved")
        if (auto refused = recordPayoutDue(services, receipt, personId, kind, now))
            return *refused;
    if (!queueDecisionText(services.db, receipt, personId, kind, *next, now) || !transaction.commit())
        return storageError();
    services.textQueued();
    return ApiResult::ok({{QStringLiteral("receipt"), receipt}, {QStringLiteral("status"), *next}});
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
    router.add(Method::Post, QStringLiteral("/api/v1/me/payouts/{receipt}/account"), Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return payAgainToAccount(services, c, s);
               }));
    if (services.demo)
        router.add(Method::Post, QStringLiteral("/api/v1/demo/applications/{receipt}/review"),
                   Router::Access::Public, [&services](RequestContext& c) { return review(services, c); });
}

} // namespace ssc::platform
