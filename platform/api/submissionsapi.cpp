// Submissions with an idempotency key: a retry after a timeout never files twice (docs/api.md).
#include "messages.h"
#include "services.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;

ApiResult receiptAnswer(const QString& receipt, qint64 createdAt, bool replayed)
{
    return ApiResult::ok({{QStringLiteral("receipt"), receipt},
                          {QStringLiteral("createdAt"), createdAt},
                          {QStringLiteral("replayed"), replayed}},
                         replayed ? 200 : 201);
}

// The stored submission for this key, compared with the payload now offered.
std::optional<ApiResult> existing(PlatformServices& services, const QString& terminalId, const QString& key,
                                  const QString& payloadHash)
{
    auto q = services.db.run(QStringLiteral("SELECT payload_hash, receipt, created_at FROM submissions WHERE "
                                            "terminal_id = ? AND idempotency_key = ?"),
                             {terminalId, key});
    if (!q)
        return storageError();
    if (!q->next())
        return std::nullopt;
    const bool same = q->value(0).toString() == payloadHash;
    const QString receipt = q->value(1).toString();
    const qint64 createdAt = q->value(2).toLongLong();
    q->finish();
    if (!same)
        return ApiResult::error(409, QStringLiteral("idempotency_conflict"), messages::idempotencyConflict());
    return receiptAnswer(receipt, createdAt, true);
}

ApiResult submit(PlatformServices& services, RequestContext& context)
{
    const QString kind = context.bodyString("kind").trimmed();
    if (kind.isEmpty() || kind.size() > 64)
        return missingField("kind");
    if (!context.body.value(QStringLiteral("payload")).isObject())
        return missingField("payload");
    return fileSubmission(services, context, kind, context.body.value(QStringLiteral("payload")).toObject());
}

// The key a terminal sent, or the 400 answer when it is missing or not 8 to 100 characters.
std::variant<QString, ApiResult> idempotencyKey(RequestContext& context)
{
    const QString key = context.header("Idempotency-Key").trimmed();
    if (key.size() < 8 || key.size() > 100)
        return ApiResult::error(400, QStringLiteral("idempotency_key_missing"),
                                messages::idempotencyKeyMissing());
    return key;
}

QString payloadHashOf(const QString& kind, const QByteArray& payload)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(kind.toUtf8() + '\n' + payload, QCryptographicHash::Sha256).toHex());
}

} // namespace

std::optional<ApiResult> filedBefore(PlatformServices& services, RequestContext& context, const QString& kind,
                                     const QJsonObject& payloadObject)
{
    const auto key = idempotencyKey(context);
    if (const auto* refused = std::get_if<ApiResult>(&key))
        return *refused;
    const QByteArray payload = QJsonDocument(payloadObject).toJson(QJsonDocument::Compact);
    return existing(services, context.terminal.id, std::get<QString>(key), payloadHashOf(kind, payload));
}

ApiResult fileSubmission(PlatformServices& services, RequestContext& context, const QString& kind,
                         const QJsonObject& payloadObject)
{
    const auto keyOrRefusal = idempotencyKey(context);
    if (const auto* refused = std::get_if<ApiResult>(&keyOrRefusal))
        return *refused;
    const QString key = std::get<QString>(keyOrRefusal);
    const QByteArray payload = QJsonDocument(payloadObject).toJson(QJsonDocument::Compact);
    const QString payloadHash = payloadHashOf(kind, payload);

    if (auto answer = existing(services, context.terminal.id, key, payloadHash))
        return *answer;
    const qint64 now = PlatformServices::nowMs();
    const QString receipt = QStringLiteral("R%1-%2").arg(
        QDateTime::fromMSecsSinceEpoch(now).toString(QStringLiteral("yyyyMMdd")),
        QString::fromLatin1(
            QCryptographicHash::hash((context.terminal.id + key).toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(12)
                .toUpper()));
    if (services.db.run(
            QStringLiteral("INSERT INTO submissions (terminal_id, idempotency_key, kind, payload, "
                           "payload_hash, receipt, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {context.terminal.id, key, kind, QString::fromUtf8(payload), payloadHash, receipt, now}))
        return receiptAnswer(receipt, now, false);
    // A concurrent request with the same key won the unique constraint: answer as a replay.
    if (auto answer = existing(services, context.terminal.id, key, payloadHash))
        return *answer;
    return storageError();
}

void registerSubmissionsApi(Router& router, PlatformServices& s)
{
    router.add(Method::Post, QStringLiteral("/api/v1/submissions"), Router::Access::Terminal,
               [&s](RequestContext& c) { return submit(s, c); });
}

} // namespace ssc::platform
