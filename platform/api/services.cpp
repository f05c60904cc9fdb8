#include "services.h"

#include "auth/audit.h"
#include "cardauth/cardproof.h"
#include "facesessionscope.h"
#include "identity/socialsecuritynumber.h"
#include "messages.h"
#include "storage/database.h"

namespace ssc::platform {

ApiResult storageError()
{
    // Retry-After: the database may be away for a failover (docs/scaling.md); terminals try again with the
    // same idempotency key.
    return ApiResult::error(503, QStringLiteral("storage_unavailable"), messages::storageUnavailable(),
                            messages::tryAgainLater())
        .withRetryAfter(2);
}

std::optional<ApiResult> overAccountRate(PlatformServices& services, const QString& account)
{
    const auto verdict = services.accountRates.admit(account, PlatformServices::nowMs());
    if (verdict.admitted)
        return std::nullopt;
    return ApiResult::error(429, QStringLiteral("too_many_requests"), messages::tooManyRequests(),
                            messages::tryAgainLater())
        .withRetryAfter(verdict.retryAfterSeconds);
}

std::variant<CardRecord, ApiResult> cardByIdentifier(PlatformServices& services, const QString& identifier)
{
    auto q = services.db.run(
        QStringLiteral("SELECT c.id, c.person_id, c.status, c.card_number, p.ssn FROM cards c "
                       "JOIN people p ON p.id = c.person_id WHERE c.card_identifier = ?"),
        {identifier});
    if (!q)
        return storageError();
    if (!q->next())
        return ApiResult::error(404, QStringLiteral("unknown_card"), messages::unknownCard(),
                                messages::askCounter());
    CardRecord card{q->value(0).toLongLong(), q->value(1).toLongLong(),
                    cardStatusFromKey(q->value(2).toString()).value_or(CardStatus::Cancelled),
                    q->value(3).toString(), q->value(4).toString()};
    q->finish();
    return card;
}

std::variant<CardRecord, ApiResult> ownCard(PlatformServices& services, const QString& identifier,
                                            qint64 personId)
{
    auto found = cardByIdentifier(services, identifier);
    if (const auto* card = std::get_if<CardRecord>(&found); card && card->personId != personId)
        return ApiResult::error(
            404, QStringLiteral("unknown_card"),
            {"PlatformApi", QT_TRANSLATE_NOOP("PlatformApi", "You hold no such card."), {}});
    return found;
}

std::variant<qint64, ApiResult> personByCodeOrCard(PlatformServices& services, RequestContext& context,
                                                   QString& method)
{
    if (const QString code = context.bodyString("code"); !code.isEmpty()) {
        method = QStringLiteral("ecard");
        const auto r = services.ecard.resolve(code, context.terminal.id, PlatformServices::nowMs());
        if (auto refused = ecardRefusal(r))
            return *refused;
        return r.personId;
    }
    if (context.bodyString("cardIdentifier").isEmpty())
        return missingField("code");
    method = QStringLiteral("card");
    const auto found = CardChallenges::verify(services, context);
    if (const auto* refused = std::get_if<ApiResult>(&found))
        return *refused;
    const CardRecord& card = std::get<CardRecord>(found);
    if (card.status != CardStatus::Normal)
        return cardRefusal(card.status);
    return card.personId;
}

ApiResult missingField(const char* name)
{
    TranslatableText text = messages::missingField();
    text.args << QString::fromLatin1(name);
    return ApiResult::error(400, QStringLiteral("missing_field"), text, {},
                            {{QStringLiteral("field"), QString::fromLatin1(name)}});
}

ApiResult cardRefusal(CardStatus status)
{
    return ApiResult::error(403, QStringLiteral("card_") + cardStatusKey(status),
                            CardStatusPolicy::refusalText(status), CardStatusPolicy::adviceText(status),
                            {{QStringLiteral("cardStatus"), cardStatusKey(status)}});
}

std::variant<qint64, ApiResult> actingClerk(PlatformServices& services, RequestContext& context)
{
    if (context.terminal.mode != u"counter")
        return qint64(0);
    auto staff = requireStaffFor(services, context, StaffDuty::FindPerson);
    if (auto* refused = std::get_if<ApiResult>(&staff))
        return *refused;
    return std::get<StaffAccounts::Staff>(staff).id;
}

std::variant<NamedPerson, ApiResult> personByNameAndNumber(PlatformServices& services,
                                                           const RequestContext& context)
{
    const QString name = context.bodyString("name").trimmed();
    const IdCheck ssn = checkSocialSecurityNumber(context.bodyString("ssn"));
    if (name.isEmpty())
        return missingField("name");
    if (!ssn.valid)
        return ApiResult::error(400, QStringLiteral("invalid_ssn"), messages::invalidSocialSecurityNumber());
    auto q = services.db.run(QStringLiteral("SELECT id, name FROM people WHERE ssn = ?"), {ssn.normalized});
    if (!q)
        return storageError();
    if (!q->next() || q->value(1).toString() != name)
        return ApiResult::error(404, QStringLiteral("person_not_found"),
                                messages::personNotFoundByNameAndNumber());
    NamedPerson person{q->value(0).toLongLong(), q->value(1).toString()};
    q->finish();
    return person;
}

std::variant<CitizenSessions::Session, ApiResult> requireCitizenSession(PlatformServices& services,
                                                                        RequestContext& context)
{
    // Read with the terminal when the request was authenticated (one round trip); otherwise here.
    const QString token = context.header("X-SSC-Citizen-Session");
    const TerminalIdentity& looked = context.terminal;
    std::optional<CitizenSessions::Session> session;
    if (!looked.sessionLookedUp)
        session = services.sessions.find(token, context.terminal.id, PlatformServices::nowMs());
    else if (looked.session)
        session = CitizenSessions::Session{token,
                                           looked.session->personId,
                                           looked.session->cardId,
                                           looked.session->method,
                                           looked.session->expiresAt,
                                           context.terminal.id};
    if (!session)
        return ApiResult::error(401, QStringLiteral("citizen_session_missing"), messages::sessionMissing(),
                                messages::loginAgain());
    if (auto refused = overAccountRate(services, QStringLiteral("person:%1").arg(session->personId)))
        return *refused;
    // A session opened by face alone reaches only what the one table allows (facesessionscope.h).
    if (session->method == u"face" && !faceSessionAllows(context.route))
        return ApiResult::error(403, QStringLiteral("face_session_not_enough"),
                                messages::faceSessionNotEnough(), messages::askCounter(),
                                {{QStringLiteral("sessionMethod"), session->method}});
    return *session;
}

Handler forCitizen(PlatformServices& services,
                   std::function<Reply(RequestContext&, const CitizenSessions::Session&)> handler)
{
    return [&services, handler = std::move(handler)](RequestContext& context) -> Reply {
        auto session = requireCitizenSession(services, context);
        if (auto* refused = std::get_if<ApiResult>(&session))
            return *refused;
        return handler(context, std::get<CitizenSessions::Session>(session));
    };
}

std::variant<StaffAccounts::Staff, ApiResult> requireStaff(PlatformServices& services,
                                                           RequestContext& context)
{
    auto staff = services.staff.sessionStaff(context.header("X-SSC-Staff-Session"), context.terminal.id,
                                             PlatformServices::nowMs());
    if (!staff)
        return ApiResult::error(401, QStringLiteral("staff_session_missing"),
                                messages::staffSessionMissing());
    if (auto refused = overAccountRate(services, QStringLiteral("staff:%1").arg(staff->id)))
        return *refused;
    return *staff;
}

std::variant<StaffAccounts::Staff, ApiResult> requireStaffFor(PlatformServices& services,
                                                              RequestContext& context, StaffDuty duty)
{
    auto staff = requireStaff(services, context);
    if (const auto* member = std::get_if<StaffAccounts::Staff>(&staff);
        member && !StaffRoles::allow(member->role, duty, context.terminal.mode)) {
        writeAudit(services.db, context.terminal.id, member->id, QStringLiteral("staff_role_refused"),
                   {{QStringLiteral("path"), context.url.path()}});
        return ApiResult::error(403, QStringLiteral("staff_role_forbidden"), messages::staffRoleForbidden());
    }
    return staff;
}

bool rememberPersonFound(PlatformServices& services, const StaffAccounts::Staff& staff, qint64 personId,
                         qint64 until)
{
    const qint64 now = PlatformServices::nowMs();
    return bool(services.db.run(
        QStringLiteral(
            "INSERT INTO staff_people_found (staff_id, person_id, found_at, until) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (staff_id, person_id) DO UPDATE SET found_at = excluded.found_at, until = "
            "CASE WHEN excluded.until > staff_people_found.until THEN excluded.until ELSE "
            "staff_people_found.until END"),
        {staff.id, personId, now, until}));
}

std::optional<ApiResult> personNotFoundFirst(PlatformServices& services, const StaffAccounts::Staff& staff,
                                             qint64 personId)
{
    auto q = services.db.run(
        QStringLiteral(
            "SELECT COUNT(*) FROM staff_people_found WHERE staff_id = ? AND person_id = ? AND until > ?"),
        {staff.id, personId, PlatformServices::nowMs()});
    if (!q || !q->next())
        return storageError();
    const bool found = q->value(0).toInt() > 0;
    q->finish();
    if (!found)
        return ApiResult::error(403, QStringLiteral("find_person_first"), messages::findPersonFirst());
    return std::nullopt;
}

bool auditPersonRead(PlatformServices& services, RequestContext& context, const StaffAccounts::Staff& staff,
                     const QString& action, qint64 personId, QJsonObject detail)
{
    detail.insert(QStringLiteral("person"), personId);
    return writeAudit(services.db, context.terminal.id, staff.id, action, detail, personId);
}

ApiResult startCitizenSession(PlatformServices& services, const TerminalIdentity& terminal, qint64 personId,
                              qint64 cardId, const QString& method)
{
    // The person's own logins are in their access log too (GET /me/access-log): where and how.
    const auto description =
        services.sessions.open(personId, cardId, terminal.id, method, PlatformServices::nowMs(),
                               auditInsert(terminal.id, 0, QStringLiteral("citizen_login"),
                                           {{QStringLiteral("method"), method}}, personId));
    if (!description)
        return storageError();
    return ApiResult::ok(*description);
}

std::optional<ApiResult> unknownPerson(PlatformServices& services, qint64 personId)
{
    auto q = services.db.run(QStringLiteral("SELECT COUNT(*) FROM people WHERE id = ?"), {personId});
    if (!q || !q->next())
        return storageError();
    if (q->value(0).toInt() == 0)
        return ApiResult::error(404, QStringLiteral("person_not_found"),
                                messages::personNotFoundByNameAndNumber());
    return std::nullopt;
}

} // namespace ssc::platform
