// Audited reveals of full numbers (docs/api.md, "The citizen's access log"): the login answer carries every
// number masked, and these two routes are the only way to a full one.
//   POST /api/v1/staff/reveal   a clerk or visiting staff member, with a reason: whose numbers, which fields
//   POST /api/v1/me/reveal      the citizen at a kiosk, their own numbers to themselves
// Each is written to the audit (with whose data it was) before any value is answered: no record, no numbers.
#include "auth/audit.h"
#include "revealfields.h"
#include "services.h"
#include "storage/database.h"

#include <QJsonArray>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;

TranslatableText text(const char* source)
{
    return {"PlatformApi", source, {}};
}

// The full values of the fields asked for, of the person whose citizen session is open on this terminal.
std::optional<QJsonObject> fullValues(PlatformServices& services, qint64 personId, const QStringList& fields)
{
    auto p = services.db.run(QStringLiteral("SELECT name, ssn, phone FROM people WHERE id = ?"), {personId});
    if (!p || !p->next())
        return std::nullopt;
    QJsonObject person;
    const char* personKeys[] = {"name", "ssn", "phone"};
    for (int i = 0; i < 3; ++i)
        if (fields.contains(QLatin1String(personKeys[i])))
            person.insert(QLatin1String(personKeys[i]), p->value(i).toString());
    p->finish();
    QJsonArray cards;
    if (fields.contains(u"cardNumber") || fields.contains(u"bankAccount")) {
        auto c =
            services.db.run(QStringLiteral("SELECT card_identifier, card_number, bank_account FROM cards "
                                           "WHERE person_id = ? ORDER BY id"),
                            {personId});
        if (!c)
            return std::nullopt;
        while (c->next()) {
            QJsonObject card{{QStringLiteral("cardIdentifier"), c->value(0).toString()}};
            if (fields.contains(u"cardNumber"))
                card.insert(QStringLiteral("cardNumber"), c->value(1).toString());
            if (fields.contains(u"bankAccount"))
                card.insert(QStringLiteral("bankAccount"), c->value(2).toString());
            cards.append(card);
        }
        c->finish();
    }
    return QJsonObject{{QStringLiteral("person"), person}, {QStringLiteral("cards"), cards}};
}

// The fields asked for, each once; or the 400 answer naming the fields that can be shown.
std::variant<QStringList, ApiResult> fieldsAsked(RequestContext& context)
{
    QStringList fields;
    for (const QJsonValue& f : context.body.value(QStringLiteral("fields")).toArray()) {
        if (!revealableFields().contains(f.toString()))
            return ApiResult::error(
                400, QStringLiteral("bad_field"),
                text(QT_TRANSLATE_NOOP("PlatformApi", "Only these fields can be shown in full: %1.")), {},
                {{QStringLiteral("fields"), QJsonArray::fromStringList(revealableFields())}});
        if (!fields.contains(f.toString()))
            fields << f.toString();
    }
    if (fields.isEmpty())
        return missingField("fields");
    return fields;
}

ApiResult staffReveal(PlatformServices& services, RequestContext& context)
{
    auto staff = requireStaffFor(services, context, StaffDuty::FindPerson);
    if (auto* refused = std::get_if<ApiResult>(&staff))
        return *refused;
    auto session = requireCitizenSession(services, context);
    if (auto* refused = std::get_if<ApiResult>(&session))
        return *refused;
    const qint64 personId = std::get<CitizenSessions::Session>(session).personId;
    auto fields = fieldsAsked(context);
    if (auto* refused = std::get_if<ApiResult>(&fields))
        return *refused;
    const QString reason = context.bodyString("reason");
    if (reason.isEmpty())
        return missingField("reason");
    if (!revealReasons().contains(reason))
        return ApiResult::error(
            400, QStringLiteral("bad_reason"),
            text(QT_TRANSLATE_NOOP("PlatformApi", "Please say why the numbers are shown in full.")), {},
            {{QStringLiteral("reasons"), QJsonArray::fromStringList(revealReasons())}});
    const QStringList& asked = std::get<QStringList>(fields);
    if (!auditPersonRead(services, context, std::get<StaffAccounts::Staff>(staff),
                         QStringLiteral("numbers_revealed"), personId,
                         {{QStringLiteral("fields"), QJsonArray::fromStringList(asked)},
                          {QStringLiteral("reason"), reason}}))
        return storageError();
    const auto values = fullValues(services, personId, asked);
    return values ? ApiResult::ok(*values) : storageError();
}

// A kiosk has no clerk: the person asks to see their own numbers, on their own session. Counters and field
// terminals go through a member of staff and a reason (staffReveal), so a clerk cannot skip the reason here.
ApiResult ownReveal(PlatformServices& services, RequestContext& context,
                    const CitizenSessions::Session& session)
{
    if (context.terminal.mode != u"kiosk")
        return ApiResult::error(
            403, QStringLiteral("reveal_needs_staff"),
            text(QT_TRANSLATE_NOOP("PlatformApi", "At a counter, the clerk shows the numbers in full.")));
    auto fields = fieldsAsked(context);
    if (auto* refused = std::get_if<ApiResult>(&fields))
        return *refused;
    const QStringList& asked = std::get<QStringList>(fields);
    if (!writeAudit(services.db, context.terminal.id, 0, QStringLiteral("own_numbers_revealed"),
                    {{QStringLiteral("fields"), QJsonArray::fromStringList(asked)}}, session.personId))
        return storageError();
    const auto values = fullValues(services, session.personId, asked);
    return values ? ApiResult::ok(*values) : storageError();
}

} // namespace

void registerRevealApi(Router& router, PlatformServices& services)
{
    router.add(Method::Post, QStringLiteral("/api/v1/staff/reveal"), Router::Access::Terminal,
               [&services](RequestContext& c) { return staffReveal(services, c); });
    router.add(Method::Post, QStringLiteral("/api/v1/me/reveal"), Router::Access::Terminal,
               forCitizen(services, [&services](RequestContext& c, const CitizenSessions::Session& s) {
                   return ownReveal(services, c, s);
               }));
}

} // namespace ssc::platform
