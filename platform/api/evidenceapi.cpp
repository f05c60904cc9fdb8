// POST /api/v1/me/evidence {"name", "data": base64}: a dispute's evidence file, checked again here exactly as
// the terminal checked it (a terminal that skipped the check stores nothing hostile), then kept once per
// person and content: sending the same file twice answers the same id (docs/api.md, "Evidence").
#include "evidencecheck.h"
#include "keys/dataseal.h"
#include "messages.h"
#include "services.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace ssc::platform {
namespace {

using Session = CitizenSessions::Session;

// A 10 MiB evidence file arrives as base64 inside JSON: 4/3 of it plus the name.
constexpr qint64 largestEvidenceBody = 14 * 1024 * 1024;

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

// The file decoded and checked, on the worker pool: no database there.
struct Checked {
    std::optional<ApiResult> refused;
    QByteArray bytes;
    EvidenceVerdict verdict;
};

Checked check(const QString& name, const QString& base64)
{
    Checked out;
    const auto decoded =
        QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        out.refused =
            ApiResult::error(400, QStringLiteral("evidence_encoding"), messages::evidenceEncoding());
        return out;
    }
    out.bytes = decoded.decoded;
    out.verdict = checkEvidence(name, out.bytes);
    if (!out.verdict.accepted)
        out.refused = ApiResult::error(422, out.verdict.code, out.verdict.reason, {},
                                       {{QStringLiteral("entry"), out.verdict.entry}});
    return out;
}

ApiResult keep(PlatformServices& services, const Session& session, const Checked& checked)
{
    if (checked.refused)
        return *checked.refused;
    const QByteArray& bytes = checked.bytes;
    const EvidenceVerdict& verdict = checked.verdict;
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
    const auto content = dataseal::seal(services.keys, bytes, dataseal::place("evidence", "content", id));
    if (!content)
        return storageError();
    if (!services.db.run(QStringLiteral("INSERT INTO evidence (id, person_id, name, mime_type, size, sha256, "
                                        "entries, content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {id, session.personId, verdict.name, evidenceMimeType(verdict.type), bytes.size(),
                          sha, entries, *content, PlatformServices::nowMs()}))
        return storageError();
    return answer(id, verdict, bytes.size(), false);
}

Reply upload(PlatformServices& services, RequestContext& context, const Session& session)
{
    const QString name = context.bodyString("name");
    if (name.isEmpty())
        return missingField("name");
    // Decoding and checking the file (archives opened, images decoded) on the worker pool.
    return Deferred{
        [&services, name, data = context.bodyString("data"), session]() -> std::function<ApiResult()> {
            auto checked = std::make_shared<Checked>(check(name, data));
            return [&services, session, checked] { return keep(services, session, *checked); };
        }};
}

} // namespace

void registerEvidenceApi(Router& router, PlatformServices& services)
{
    router.add(QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/me/evidence"),
               Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c,
                                                const Session& s) { return upload(services, c, s); }),
               largestEvidenceBody);
}

} // namespace ssc::platform
