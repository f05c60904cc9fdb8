#include "services.h"

#include "messages.h"

namespace ssc::platform {

ApiResult storageError()
{
    return ApiResult::error(503, QStringLiteral("storage_unavailable"), messages::storageUnavailable(),
                            messages::tryAgainLater());
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

std::variant<CitizenSessions::Session, ApiResult> requireCitizenSession(PlatformServices& services,
                                                                        RequestContext& context)
{
    auto session = services.sessions.find(context.header("X-SSC-Citizen-Session"), context.terminal.id,
                                          PlatformServices::nowMs());
    if (!session)
        return ApiResult::error(401, QStringLiteral("citizen_session_missing"), messages::sessionMissing(),
                                messages::loginAgain());
    return *session;
}

Handler forCitizen(PlatformServices& services,
                   std::function<ApiResult(RequestContext&, const CitizenSessions::Session&)> handler)
{
    return [&services, handler = std::move(handler)](RequestContext& context) {
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
    return *staff;
}

ApiResult startCitizenSession(PlatformServices& services, const TerminalIdentity& terminal, qint64 personId,
                              qint64 cardId, const QString& method)
{
    const auto session =
        services.sessions.create(personId, cardId, terminal.id, method, PlatformServices::nowMs());
    if (!session)
        return storageError();
    const auto description = services.sessions.describe(*session);
    if (!description)
        return storageError();
    return ApiResult::ok(*description);
}

} // namespace ssc::platform
