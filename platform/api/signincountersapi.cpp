// The hall manager's view of wrong sign-ins (docs/api.md, "Staff"): the counters of accounts and terminals,
// and clearing one. Only a manager, at a counter; every clearing audited.
#include "auth/audit.h"
#include "messages.h"
#include "services.h"
#include "storage/database.h"

#include <QJsonArray>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;
using Kind = SignInThrottle::Kind;

// Whether a counted account name belongs to an account: a counter for a name nobody has is shown as such,
// without the name (it may be a password typed into the wrong field).
bool accountExists(PlatformServices& services, const QString& username)
{
    auto q = services.db.run(QStringLiteral("SELECT 1 FROM staff WHERE username = ?"), {username});
    const bool exists = q && q->next();
    if (q)
        q->finish();
    return exists;
}

// A terminal's name in both languages and its mode, for the manager who knows the hall's terminals by where
// they stand and what they are; a null name and no mode for an id no terminal has (a guessed one).
void insertTerminal(PlatformServices& services, const QString& terminalId, QJsonObject& counter)
{
    auto q = services.db.run(QStringLiteral("SELECT name, name_en, mode FROM terminals WHERE id = ?"),
                             {terminalId});
    QJsonValue name; // null for an id no terminal has
    if (q && q->next()) {
        name = bilingualPair(q->value(0).toString(), q->value(1).toString());
        counter.insert(QStringLiteral("terminalMode"), q->value(2).toString());
    }
    counter.insert(QStringLiteral("terminalName"), name);
    if (q)
        q->finish();
}

ApiResult list(PlatformServices& services, RequestContext& context)
{
    const auto staff = requireStaffFor(services, context, StaffDuty::ManageSignIns);
    if (const auto* refusal = std::get_if<ApiResult>(&staff))
        return *refusal;
    const auto counters = services.staff.throttle().counters();
    if (!counters)
        return storageError();
    const qint64 now = PlatformServices::nowMs();
    QJsonArray shown;
    int unknownNames = 0;
    for (const SignInThrottle::Counter& c : *counters) {
        if (c.kind == Kind::Account && !accountExists(services, c.name)) {
            ++unknownNames;
            continue;
        }
        QJsonObject counter{{QStringLiteral("kind"), SignInThrottle::kindKey(c.kind)},
                            {QStringLiteral("name"), c.name},
                            {QStringLiteral("failures"), c.failures},
                            {QStringLiteral("lastFailureAt"), c.lastFailureAt}};
        if (c.kind == Kind::Terminal)
            insertTerminal(services, c.name, counter);
        if (c.blockedUntil > now)
            counter.insert(QStringLiteral("blockedUntil"), c.blockedUntil);
        shown.append(counter);
    }
    writeAudit(services.db, context.terminal.id, std::get<StaffAccounts::Staff>(staff).id,
               QStringLiteral("sign_in_counters_read"));
    return ApiResult::ok(
        {{QStringLiteral("counters"), shown}, {QStringLiteral("unknownNames"), unknownNames}});
}

ApiResult clear(PlatformServices& services, RequestContext& context)
{
    const auto staff = requireStaffFor(services, context, StaffDuty::ManageSignIns);
    if (const auto* refusal = std::get_if<ApiResult>(&staff))
        return *refusal;
    const auto kind = SignInThrottle::kindFromKey(context.bodyString("kind"));
    const QString name = context.bodyString("name");
    if (!kind)
        return ApiResult::error(400, QStringLiteral("sign_in_counter_kind"), messages::signInCounterKind());
    if (name.isEmpty())
        return missingField("name");
    const auto cleared = services.staff.throttle().clear(*kind, name);
    if (!cleared)
        return storageError();
    if (!*cleared)
        return ApiResult::error(404, QStringLiteral("sign_in_counter_unknown"),
                                messages::signInCounterUnknown());
    writeAudit(services.db, context.terminal.id, std::get<StaffAccounts::Staff>(staff).id,
               QStringLiteral("sign_in_counter_cleared"),
               {{QStringLiteral("kind"), SignInThrottle::kindKey(*kind)}, {QStringLiteral("name"), name}});
    return ApiResult::ok({{QStringLiteral("cleared"), true}});
}

} // namespace

void registerSignInCountersApi(Router& router, PlatformServices& s)
{
    const auto terminal = Router::Access::Terminal;
    router.add(Method::Get, QStringLiteral("/api/v1/staff/sign-in-counters"), terminal,
               [&s](RequestContext& c) { return list(s, c); });
    router.add(Method::Post, QStringLiteral("/api/v1/staff/sign-in-counters/clear"), terminal,
               [&s](RequestContext& c) { return clear(s, c); });
}

} // namespace ssc::platform
