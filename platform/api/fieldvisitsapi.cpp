// Home visits that work offline (docs/security.md, "Field visits"; docs/api.md, "Field visits"):
//   GET  /api/v1/staff/visits                               the visiting staff member's open visits, and an
//                                                           offline sign-in credential for the rest of the
//                                                           day
//   GET  /api/v1/staff/offline-credentials/{id}             {"state": "valid" | "expired" | "revoked"}
//   POST /api/v1/staff/offline-credentials/revoke           every credential of the caller (a laptop lost)
// Downloading the list counts as finding each person on it by name and number, until the credential ends, so
// the recordings made at the homes are accepted when they arrive (after a new sign-in too). The platform
// still decides every recording itself.
#include "auth/audit.h"
#include "auth/secrets.h"
#include "messages.h"
#include "pensionstatus.h"
#include "privacy/masking.h"
#include "services.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;
using Staff = StaffAccounts::Staff;

// The end of today, local time: a visit day's credential lasts until midnight.
qint64 endOfToday()
{
    return QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
}

ApiResult visits(PlatformServices& services, RequestContext& context, const Staff& staff)
{
    const qint64 now = PlatformServices::nowMs();
    const qint64 until = endOfToday();
    const QString credential = newToken(18);
    auto q = services.db.run(
        QStringLiteral(
            "SELECT v.person_id, p.name, p.ssn, v.address FROM home_visits v JOIN people p ON p.id = "
            "v.person_id WHERE v.staff_id = ? AND v.done_at IS NULL ORDER BY v.id"),
        {staff.id});
    if (!q)
        return storageError();
    struct Row {
        qint64 person;
        QString name, ssn, address;
    };
    QList<Row> rows;
    while (q->next())
        rows.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toString()});
    q->finish();
    Transaction transaction(services.db);
    if (!services.db.run(
            QStringLiteral("INSERT INTO offline_credentials (id, staff_id, terminal_id, issued_at, "
                           "expires_at) VALUES (?, ?, ?, ?, ?)"),
            {tokenHash(credential), staff.id, context.terminal.id, now, until}))
        return storageError();
    QJsonArray list;
    for (const Row& row : rows) {
        const ApiResult certification =
            pensionCertificationOf(services, row.person, PensionReader::SomeoneElse);
        if (certification.isError())
            return certification;
        if (!rememberPersonFound(services, staff, row.person, until) ||
            !auditPersonRead(services, context, staff, QStringLiteral("visit_listed"), row.person))
            return storageError();
        // What the laptop needs at the door, and no more: the name masked, the number only as a salted hash
        // the clerk's typed name and number are checked against offline (the same look-up as online).
        const QByteArray salt = QByteArray::number(row.person) + credential.toLatin1();
        list.append(QJsonObject{{QStringLiteral("personId"), row.person},
                                {QStringLiteral("name"), mask(row.name, MaskKind::Name)},
                                {QStringLiteral("address"), row.address},
                                {QStringLiteral("lookupKey"),
                                 QString::fromLatin1(QCryptographicHash::hash(salt + '|' + row.name.toUtf8() +
                                                                                  '|' + row.ssn.toUtf8(),
                                                                              QCryptographicHash::Sha256)
                                                         .toHex())},
                                {QStringLiteral("certification"), certification.body}});
    }
    if (!transaction.commit())
        return storageError();
    return ApiResult::ok(
        {{QStringLiteral("visits"), list},
         {QStringLiteral("offlineCredential"),
          QJsonObject{{QStringLiteral("id"), credential}, {QStringLiteral("expiresAt"), until}}}});
}

// Asked by the laptop that holds the credential (this terminal), with no staff session: at start-up, so a
// credential revoked while the laptop was away is wiped as soon as it reaches the platform.
ApiResult credentialState(PlatformServices& services, RequestContext& context)
{
    auto q = services.db.run(
        QStringLiteral("SELECT expires_at, revoked_at FROM offline_credentials WHERE id = ? AND "
                       "terminal_id = ?"),
        {tokenHash(context.pathArguments.value(0)), context.terminal.id});
    if (!q)
        return storageError();
    if (!q->next())
        return ApiResult::ok(
            {{QStringLiteral("state"), QStringLiteral("revoked")}}); // unknown: not to be used
    const QString state = !q->value(1).isNull()                                   ? QStringLiteral("revoked")
                          : q->value(0).toLongLong() <= PlatformServices::nowMs() ? QStringLiteral("expired")
                                                                                  : QStringLiteral("valid");
    return ApiResult::ok({{QStringLiteral("state"), state}});
}

ApiResult revokeAll(PlatformServices& services, RequestContext& context, const Staff& staff)
{
    auto revoked = services.db.run(
        QStringLiteral(
            "UPDATE offline_credentials SET revoked_at = ? WHERE staff_id = ? AND revoked_at IS NULL"),
        {PlatformServices::nowMs(), staff.id});
    if (!revoked)
        return storageError();
    const int count = revoked->numRowsAffected();
    if (!writeAudit(services.db, context.terminal.id, staff.id, QStringLiteral("offline_credentials_revoked"),
                    {{QStringLiteral("count"), count}}))
        return storageError();
    return ApiResult::ok({{QStringLiteral("revoked"), count}});
}

Handler asVisitor(PlatformServices& services,
                  ApiResult (*handler)(PlatformServices&, RequestContext&, const Staff&))
{
    return [&services, handler](RequestContext& context) {
        const auto staff = requireStaffFor(services, context, StaffDuty::VisitHomes);
        if (const auto* refused = std::get_if<ApiResult>(&staff))
            return *refused;
        return handler(services, context, std::get<Staff>(staff));
    };
}

} // namespace

void registerFieldVisitsApi(Router& router, PlatformServices& services)
{
    const auto terminal = Router::Access::Terminal;
    router.add(Method::Get, QStringLiteral("/api/v1/staff/visits"), terminal, asVisitor(services, visits));
    router.add(Method::Get, QStringLiteral("/api/v1/staff/offline-credentials/{id}"), terminal,
               [&services](RequestContext& c) { return credentialState(services, c); });
    router.add(Method::Post, QStringLiteral("/api/v1/staff/offline-credentials/revoke"), terminal,
               asVisitor(services, revokeAll));
}

} // namespace ssc::platform
