// The fleet (docs/api.md, "Fleet"): terminals' heartbeats, and the hall manager's view of the hall's
// terminals, what is wrong with them and which need an update.
#include "fleet/compatibility.h"
#include "fleet/fleetstore.h"
#include "services.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ssc::platform {
namespace {

using Method = QHttpServerRequest::Method;

QString bounded(const QJsonValue& value, int length = 80)
{
    return value.toString().left(length);
}

// Only what the heartbeat defines, each string bounded: the report is stored and shown as it is, so nothing
// else a terminal sends (and nothing about a person) gets in.
QJsonObject reportFrom(const QJsonObject& body, const TerminalIdentity& terminal)
{
    QJsonArray devices;
    for (const QJsonValue& value : body.value(QStringLiteral("devices")).toArray()) {
        if (devices.size() >= 32)
            break;
        const QJsonObject device = value.toObject();
        devices.append(
            QJsonObject{{QStringLiteral("kind"), bounded(device.value(QStringLiteral("kind")), 16)},
                        {QStringLiteral("name"), bounded(device.value(QStringLiteral("name")))},
                        {QStringLiteral("working"), device.value(QStringLiteral("working")).toBool(true)}});
    }
    QJsonObject report{{QStringLiteral("mode"), terminal.mode}, {QStringLiteral("devices"), devices}};
    const QJsonObject printer = body.value(QStringLiteral("printer")).toObject();
    if (!printer.isEmpty()) {
        QJsonArray reasons;
        for (const QJsonValue& reason : printer.value(QStringLiteral("reasons")).toArray())
            if (reasons.size() < 16)
                reasons.append(bounded(reason, 48));
        report.insert(QStringLiteral("printer"),
                      QJsonObject{{QStringLiteral("queue"), bounded(printer.value(QStringLiteral("queue")))},
                                  {QStringLiteral("reachable"),
                                   printer.value(QStringLiteral("reachable")).toBool(true)},
                                  {QStringLiteral("reasons"), reasons}});
    }
    for (const char* number : {"outboxDepth", "freeDiskMb"}) {
        const QJsonValue value = body.value(QLatin1String(number));
        if (value.isDouble())
            report.insert(QLatin1String(number), value.toInteger());
    }
    // An error's code (platform_unreachable, print_failed…), never a message: messages may name people.
    const QString lastError = bounded(body.value(QStringLiteral("lastError")), 48);
    if (!lastError.isEmpty() && lastError.contains(QRegularExpression(QStringLiteral("^[a-z0-9_.]+$"))))
        report.insert(QStringLiteral("lastError"), lastError);
    return report;
}

QJsonObject versionsJson(const PlatformServices& services)
{
    return {{QStringLiteral("apiVersion"), fleet::platformApiVersion},
            {QStringLiteral("minimumTerminalVersion"), services.fleet.minimumTerminalVersion},
            {QStringLiteral("heartbeatSeconds"), services.fleet.heartbeatSeconds}};
}

ApiResult heartbeat(PlatformServices& services, RequestContext& context)
{
    FleetStore::Heartbeat beat;
    beat.version = bounded(context.body.value(QStringLiteral("version")), 32);
    if (beat.version.isEmpty())
        return missingField("version");
    beat.apiVersion = context.body.value(QStringLiteral("apiVersion")).toInt();
    beat.compatibility = context.bodyString("compatibility");
    if (beat.compatibility != u"api_mismatch" && beat.compatibility != u"too_old")
        beat.compatibility = QStringLiteral("ok");
    beat.report = reportFrom(context.body, context.terminal);
    const qint64 now = PlatformServices::nowMs();
    const auto opened =
        FleetStore(services.db, services.fleet.quietWindowMs).record(context.terminal.id, beat, now);
    if (!opened)
        return storageError();
    if (!opened->isEmpty())
        services.textQueued(); // the hall managers' texts, when they have numbers
    QJsonObject answer = versionsJson(services);
    answer.insert(QStringLiteral("receivedAt"), now);
    return ApiResult::ok(answer);
}

QJsonObject terminalJson(const PlatformServices& services, const FleetStore::Terminal& t)
{
    QJsonObject json{{QStringLiteral("id"), t.id},
                     {QStringLiteral("name"), bilingualPair(t.name, t.nameEn)},
                     {QStringLiteral("mode"), t.mode}};
    if (t.lastSeenAt == 0) {
        json.insert(QStringLiteral("reported"), false);
        return json;
    }
    QJsonArray problems;
    for (const TerminalProblem& p : t.problems) {
        QJsonObject problem{{QStringLiteral("code"), p.code}, {QStringLiteral("alert"), p.alert}};
        if (!p.subject.isEmpty())
            problem.insert(QStringLiteral("subject"), p.subject);
        problems.append(problem);
    }
    QJsonArray incidents;
    for (const FleetStore::Incident& i : t.incidents) {
        QJsonObject incident{{QStringLiteral("kind"), i.kind},
                             {QStringLiteral("openedAt"), i.openedAt},
                             {QStringLiteral("flaps"), i.flaps}};
        if (i.clearedAt != 0)
            incident.insert(QStringLiteral("clearedAt"), i.clearedAt);
        incidents.append(incident);
    }
    const bool needsUpdate = t.last.compatibility != u"ok" ||
                             !fleet::meetsMinimum(t.last.version, services.fleet.minimumTerminalVersion);
    json.insert(QStringLiteral("reported"), true);
    json.insert(QStringLiteral("lastSeenAt"), t.lastSeenAt);
    json.insert(QStringLiteral("version"), t.last.version);
    json.insert(QStringLiteral("apiVersion"), t.last.apiVersion);
    json.insert(QStringLiteral("compatibility"), t.last.compatibility);
    json.insert(QStringLiteral("needsUpdate"), needsUpdate);
    json.insert(QStringLiteral("report"), t.last.report);
    json.insert(QStringLiteral("problems"), problems);
    json.insert(QStringLiteral("incidents"), incidents);
    return json;
}

ApiResult fleetView(PlatformServices& services, RequestContext& context)
{
    const auto staff = requireStaffFor(services, context, StaffDuty::WatchFleet);
    if (const auto* refusal = std::get_if<ApiResult>(&staff))
        return *refusal;
    FleetStore store(services.db, services.fleet.quietWindowMs);
    const qint64 now = PlatformServices::nowMs();
    // Silence is looked for now too, not only by the platform's timer: the page is never behind it.
    const auto hall = store.hallOf(context.terminal.id);
    const auto silent = hall ? store.sweepSilent(now, services.fleet.silentAfterMs) : std::nullopt;
    if (!silent)
        return storageError();
    if (!silent->isEmpty())
        services.textQueued();
    const auto terminals = store.terminals(*hall, now, services.fleet.silentAfterMs);
    if (!terminals)
        return storageError();
    QJsonArray list;
    for (const FleetStore::Terminal& t : *terminals)
        list.append(terminalJson(services, t));
    QJsonObject answer = versionsJson(services);
    answer.insert(QStringLiteral("hall"), *hall);
    answer.insert(QStringLiteral("silentAfterSeconds"), services.fleet.silentAfterMs / 1000);
    answer.insert(QStringLiteral("terminals"), list);
    answer.insert(QStringLiteral("time"), now);
    return ApiResult::ok(answer);
}

} // namespace

void registerFleetApi(Router& router, PlatformServices& s)
{
    const auto terminal = Router::Access::Terminal;
    router.add(Method::Post, QStringLiteral("/api/v1/terminals/heartbeat"), terminal,
               [&s](RequestContext& c) { return heartbeat(s, c); });
    router.add(Method::Get, QStringLiteral("/api/v1/staff/fleet"), terminal,
               [&s](RequestContext& c) { return fleetView(s, c); });
}

} // namespace ssc::platform
