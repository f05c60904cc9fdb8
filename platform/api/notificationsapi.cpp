// Text messages about review decisions (docs/notifications.md, docs/api.md "Text messages"):
//   GET  /api/v1/sms/delivery-reports?id=&token=&status=   Kannel's delivery reports (the dlr-url it was
//   given) GET  /api/v1/staff/notifications?state=failed           texts in one state, for a reviewer at a
//   counter POST /api/v1/staff/notifications/{id}/retry             a failed or undelivered text queued again
#include "auth/audit.h"
#include "messages.h"
#include "privacy/masking.h"
#include "services.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;

const QStringList listedStates{QStringLiteral("pending"),     QStringLiteral("sending"),
                               QStringLiteral("sent"),        QStringLiteral("delivered"),
                               QStringLiteral("undelivered"), QStringLiteral("failed")};

// Kannel calls this with the code it puts in the dlr-url's %d. Only the text's own random token (sent to
// Kannel with it, nowhere else) makes a report count: whoever else can reach the platform learns nothing
// (the same 404 for every wrong id or token) and changes nothing.
ApiResult deliveryReport(PlatformServices& services, RequestContext& context)
{
    const QUrlQuery query(context.url);
    bool idOk = false;
    bool statusOk = false;
    const qint64 id = query.queryItemValue(QStringLiteral("id")).toLongLong(&idOk);
    const int status = query.queryItemValue(QStringLiteral("status")).toInt(&statusOk);
    const QString token = query.queryItemValue(QStringLiteral("token"));
    if (!idOk || !statusOk || token.isEmpty())
        return missingField("id, token, status");
    auto q = services.db.run(QStringLiteral("SELECT state FROM sms_notifications WHERE id = ? AND token = ?"),
                             {id, token});
    if (!q)
        return storageError();
    if (!q->next())
        return ApiResult::error(404, QStringLiteral("no_such_text"), messages::noSuchText());
    q->finish();
    const qint64 now = PlatformServices::nowMs();
    std::optional<QSqlQuery> update;
    if (status == 1) // on the phone: final
        update =
            services.db.run(QStringLiteral("UPDATE sms_notifications SET state = 'delivered', delivered_at "
                                           "= ?, last_error = NULL WHERE id = ?"),
                            {now, id});
    else if (status == 2 || status == 16) // not delivered, or refused by the SMS centre: final
        update = services.db.run(
            QStringLiteral("UPDATE sms_notifications SET state = 'undelivered', last_error = ? WHERE id = ? "
                           "AND state <> 'delivered'"),
            {QStringLiteral("delivery report %1").arg(status), id});
    else if (status == 8) // the SMS centre has it; the phone's report may follow
        update = services.db.run(
            QStringLiteral(
                "UPDATE sms_notifications SET accepted_at = ? WHERE id = ? AND accepted_at IS NULL"),
            {now, id});
    else
        return ApiResult::noContent(); // 4, buffered: nothing to record
    if (!update)
        return storageError();
    return ApiResult::noContent();
}

QJsonObject textJson(QSqlQuery& q)
{
    auto time = [&q](int column) {
        return q.value(column).isNull() ? QJsonValue() : QJsonValue(q.value(column).toLongLong());
    };
    return {
        {QStringLiteral("id"), q.value(0).toLongLong()},
        {QStringLiteral("receipt"), q.value(1).toString()},
        {QStringLiteral("status"), q.value(2).toString()},
        {QStringLiteral("state"), q.value(3).toString()},
        {QStringLiteral("attempts"), q.value(4).toInt()},
        {QStringLiteral("lastError"), q.value(5).isNull() ? QJsonValue() : QJsonValue(q.value(5).toString())},
        {QStringLiteral("createdAt"), time(6)},
        {QStringLiteral("sentAt"), time(7)},
        {QStringLiteral("deliveredAt"), time(8)},
        {QStringLiteral("phone"), mask(q.value(9).toString(), MaskKind::Phone)},
        {QStringLiteral("text"), q.value(10).toString()}};
}

const QString textColumns = QStringLiteral(
    "n.id, n.receipt, n.status, n.state, n.attempts, n.last_error, n.created_at, n.sent_at, n.delivered_at, "
    "p.phone, n.body FROM sms_notifications n JOIN people p ON p.id = n.person_id");

ApiResult list(PlatformServices& services, RequestContext& context)
{
    const auto staff = requireStaffFor(services, context, StaffDuty::Review);
    if (const auto* refused = std::get_if<ApiResult>(&staff))
        return *refused;
    const QUrlQuery query(context.url);
    const QString state = query.hasQueryItem(QStringLiteral("state"))
                              ? query.queryItemValue(QStringLiteral("state"))
                              : QStringLiteral("failed");
    if (!listedStates.contains(state))
        return missingField("state");
    if (!writeAudit(services.db, context.terminal.id, std::get<StaffAccounts::Staff>(staff).id,
                    QStringLiteral("texts_listed"), {{QStringLiteral("state"), state}}))
        return storageError();
    auto q = services.db.run(
        QStringLiteral("SELECT %1 WHERE n.state = ? ORDER BY n.created_at DESC, n.id DESC LIMIT 200")
            .arg(textColumns),
        {state});
    if (!q)
        return storageError();
    QJsonArray texts;
    while (q->next())
        texts.append(textJson(*q));
    return ApiResult::ok({{QStringLiteral("gatewayConfigured"), services.smsGateway},
                          {QStringLiteral("state"), state},
                          {QStringLiteral("texts"), texts}});
}

ApiResult retry(PlatformServices& services, RequestContext& context)
{
    const auto staff = requireStaffFor(services, context, StaffDuty::Review);
    if (const auto* refused = std::get_if<ApiResult>(&staff))
        return *refused;
    bool ok = false;
    const qint64 id = context.pathArguments.value(0).toLongLong(&ok);
    // The people's texts only, as the list shows: a hall manager's alert is not a reviewer's to send.
    auto q = services.db.run(
        QStringLiteral("SELECT person_id FROM sms_notifications WHERE id = ? AND person_id IS NOT NULL"),
        {id});
    if (!q)
        return storageError();
    if (!ok || !q->next())
        return ApiResult::error(404, QStringLiteral("no_such_text"), messages::noSuchText());
    const qint64 personId = q->value(0).toLongLong();
    q->finish();
    Transaction transaction(services.db);
    // Only a text that ended without reaching the phone; a pending or sent one is on its way already.
    auto update = services.db.run(
        QStringLiteral(
            "UPDATE sms_notifications SET state = 'pending', attempts = 0, next_attempt_at = ?, "
            "sent_at = NULL, last_error = NULL WHERE id = ? AND state IN ('failed', 'undelivered')"),
        {PlatformServices::nowMs(), id});
    if (!update)
        return storageError();
    if (update->numRowsAffected() != 1)
        return ApiResult::error(409, QStringLiteral("text_not_failed"), messages::textNotFailed());
    if (!auditPersonRead(services, context, std::get<StaffAccounts::Staff>(staff),
                         QStringLiteral("text_retried"), personId, {{QStringLiteral("text"), id}}))
        return storageError();
    if (!transaction.commit())
        return storageError();
    services.textQueued();
    auto row = services.db.run(QStringLiteral("SELECT %1 WHERE n.id = ?").arg(textColumns), {id});
    if (!row || !row->next())
        return storageError();
    return ApiResult::ok(textJson(*row));
}

} // namespace

void registerNotificationsApi(Router& router, PlatformServices& services)
{
    router.add(Method::Get, QStringLiteral("/api/v1/sms/delivery-reports"), Router::Access::Public,
               [&services](RequestContext& c) { return deliveryReport(services, c); });
    router.add(Method::Get, QStringLiteral("/api/v1/staff/notifications"), Router::Access::Terminal,
               [&services](RequestContext& c) { return list(services, c); });
    router.add(Method::Post, QStringLiteral("/api/v1/staff/notifications/{id}/retry"),
               Router::Access::Terminal, [&services](RequestContext& c) { return retry(services, c); });
}

} // namespace ssc::platform
