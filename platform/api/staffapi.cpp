// Staff accounts: login, logout, and audited actions taken on a terminal (docs/api.md).
#include "auth/audit.h"
#include "auth/staffroles.h"
#include "messages.h"
#include "services.h"

#include <QDateTime>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;

bool staffTerminal(const TerminalIdentity& terminal)
{
    return terminal.mode == u"counter" || terminal.mode == u"field";
}

ApiResult notOnKiosk()
{
    return ApiResult::error(403, QStringLiteral("staff_not_on_kiosk"), messages::staffOnly());
}

QJsonObject staffJson(const StaffAccounts::Staff& staff)
{
    return {{QStringLiteral("username"), staff.username},
            {QStringLiteral("displayName"), staff.displayName},
            {QStringLiteral("role"), staff.role}};
}

// A sign-in refused until `until`: when, in words, in the body and in Retry-After (seconds).
ApiResult blocked(int status, const char* code, TranslatableText text, qint64 until)
{
    text.args << QDateTime::fromMSecsSinceEpoch(until).toString(QStringLiteral("HH:mm:ss"));
    ApiResult answer = ApiResult::error(status, QString::fromLatin1(code), text, {},
                                        {{QStringLiteral("lockedUntil"), until}});
    const qint64 seconds = std::max<qint64>(1, (until - PlatformServices::nowMs() + 999) / 1000);
    answer.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
    return answer;
}

ApiResult login(PlatformServices& services, RequestContext& context)
{
    if (!staffTerminal(context.terminal))
        return notOnKiosk();
    // As typed: the account decides what the name means (normalised, never trimmed; staffusername.h).
    const QString username = context.bodyString("username");
    const QString password = context.bodyString("password");
    if (username.trimmed().isEmpty())
        return missingField("username");
    if (password.isEmpty())
        return missingField("password");
    const auto result =
        services.staff.login(username, password, context.terminal.id, PlatformServices::nowMs());
    using Outcome = StaffAccounts::LoginResult::Outcome;
    switch (result.outcome) {
    case Outcome::Ok:
        if (!StaffRoles::fitTerminal(result.staff.role, context.terminal.mode)) {
            services.staff.logout(result.token, context.terminal.id, PlatformServices::nowMs());
            return ApiResult::error(403, QStringLiteral("staff_role_not_for_terminal"),
                                    messages::staffRoleNotForTerminal());
        }
        return ApiResult::ok({{QStringLiteral("staffSession"), result.token},
                              {QStringLiteral("expiresAt"), result.expiresAt},
                              {QStringLiteral("staff"), staffJson(result.staff)}});
    case Outcome::Wrong:
        return ApiResult::error(401, QStringLiteral("wrong_password"), messages::wrongPassword(), {},
                                {{QStringLiteral("wrongBeforePause"), result.wrongBeforePause}});
    case Outcome::Locked:
        return blocked(423, "account_locked", messages::accountLocked(), result.lockedUntil);
    case Outcome::Paused:
        return blocked(429, "terminal_sign_in_paused", messages::terminalSignInPaused(), result.lockedUntil);
    case Outcome::BadUsername:
        return result.usernameProblem == StaffUsernameProblem::SurroundingSpace
                   ? ApiResult::error(400, QStringLiteral("username_spaces"), messages::usernameSpaces())
                   : ApiResult::error(400, QStringLiteral("username_invalid"), messages::usernameInvalid());
    case Outcome::StorageError:
        break;
    }
    return storageError();
}

ApiResult logout(PlatformServices& services, RequestContext& context)
{
    if (!services.staff.logout(context.header("X-SSC-Staff-Session"), context.terminal.id,
                               PlatformServices::nowMs()))
        return ApiResult::error(401, QStringLiteral("staff_session_missing"),
                                messages::staffSessionMissing());
    return ApiResult::noContent();
}

// A staff action the terminal performed (revealing a masked number, ending a case, ...).
ApiResult recordAction(PlatformServices& services, RequestContext& context)
{
    auto staff = requireStaff(services, context);
    if (auto* refusal = std::get_if<ApiResult>(&staff))
        return *refusal;
    const QString action = context.bodyString("action").trimmed();
    if (action.isEmpty() || action.size() > 64)
        return missingField("action");
    if (!writeAudit(services.db, context.terminal.id, std::get<StaffAccounts::Staff>(staff).id,
                    QStringLiteral("terminal:") + action,
                    context.body.value(QStringLiteral("detail")).toObject()))
        return storageError();
    return ApiResult::ok({{QStringLiteral("recorded"), true}}, 201);
}

} // namespace

void registerStaffApi(Router& router, PlatformServices& s)
{
    const auto terminal = Router::Access::Terminal;
    router.add(Method::Post, QStringLiteral("/api/v1/staff/login"), terminal,
               [&s](RequestContext& c) { return login(s, c); });
    router.add(Method::Post, QStringLiteral("/api/v1/staff/logout"), terminal,
               [&s](RequestContext& c) { return logout(s, c); });
    router.add(Method::Post, QStringLiteral("/api/v1/audit/events"), terminal,
               [&s](RequestContext& c) { return recordAction(s, c); });
}

} // namespace ssc::platform
