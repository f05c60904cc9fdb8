// POST /api/v1/me/evidence {"name", "data": base64}: a dispute's evidence file, checked again here exactly as
// the terminal checked it (a terminal that skipped the check stores nothing hostile), then kept once per
// person and content: sending the same file twice answers the same id (docs/api.md, "Evidence").
#include "evidencecheck.h"
#include "messages.h"
#include "services.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace ssc::platform {
namespace {

using Session = CitizenSessions::Session;

ApiResult answer(const QString& id, const EvidenceVerdict& verdict, qint64 size, bool replayed)
{
    return ApiResult::ok({{QStringLiteral("id"), id},
                          {QStringLiteral("name"), verdict.name},
                          {QStringLiteral("mimeType"), evidenceMimeType(verdict.type)},
                          {QStringLiteral("size"), size},
                          {QStringLiteral("entries"), QJsonArray::fromStringList(verdict.entries)},
                          {QStringLiteral("replayed"), replayed}},
                         replayed ? 200 : 201);
}

ApiResult upload(PlatformServices& services, RequestContext& context, const Session& session)
{
    const QString name = context.bodyString("name");
    if (name.isEmpty())
        return missingField("name");
    const auto decoded = QByteArray::fromBase64Encoding(context.bodyString("data").toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return ApiResult::error(400, QStringLiteral("evidence_encoding"), messages::evidenceEncoding());
    const QByteArray& bytes = decoded.decoded;
    const EvidenceVerdict verdict = checkEvidence(name, bytes);
    if (!verdict.accepted)
        return ApiResult::error(422, verdict.code, verdict.reason, {},
                                {{QStringLiteral("entry"), verdict.entry}});
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString id = QStringLiteral("E") +
                       QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(session.personId) +
                                                                        ':' + sha.toLatin1(),
                                                                    QCryptographicHash::Sha256)
                                               .toHex()
                                               .left(16)
                                               .toUpper());
    auto existing = services.db.run(QStringLiteral("SELECT COUNT(*) FROM evidence WHERE id = ?"), {id});
    if (!existing || !existing->next())
        return storageError();
    if (existing->value(0).toInt() > 0)
        return answer(id, verdict, bytes.size(), true);
    existing->finish();
    QString entries = verdict.entries.join(u'\n');
    if (entries.isNull())
        entries = QStringLiteral(""); // stored as an empty text, not NULL
    if (!services.db.run(QStringLiteral("INSERT INTO evidence (id, person_id, name, mime_type, size, sha256, "
                                        "entries, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {id, session.personId, verdict.name, evidenceMimeType(verdict.type), bytes.size(),
                          sha, entries, bytes, PlatformServices::nowMs()}))
        return storageError();
    return answer(id, verdict, bytes.size(), false);
}

} // namespace

void registerEvidenceApi(Router& router, PlatformServices& services)
{
    router.add(QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/me/evidence"),
               Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c, const Session& s) {
                   return upload(services, c, s);
               }));
}

} // namespace ssc::platform
