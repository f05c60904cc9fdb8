#include "fleetcommand.h"

#include "demoplatform.h"
#include "domain/terminalmode.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace ssc::ctl {
namespace {

class FleetText {
    Q_DECLARE_TR_FUNCTIONS(FleetText)
public:
    static QString usage()
    {
        return tr("usage: ssc-ctl fleet list|outdated --user MANAGER (password on standard input)");
    }
    static QString noTerminal()
    {
        return tr("this terminal has no platform credentials: platform/url, platform/terminalId and "
                  "platform/terminalSecret of a counter terminal");
    }
    static QString never() { return tr("never reported"); }
    static QString fine() { return tr("working"); }
    static QString needsUpdate(const QString& version, const QString& minimum)
    {
        return minimum.isEmpty() ? tr("version %1: cannot serve, needs an update").arg(version)
                                 : tr("version %1, platform wants %2 or newer").arg(version, minimum);
    }
};

PlatformResult call(PlatformClient& client, const QByteArray& method, const QString& path,
                    const QJsonObject& body = {})
{
    if (method == "POST")
        return postAndWait(client, path, body);
    PlatformResult result;
    QEventLoop loop;
    client.get(path, [&](const PlatformResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

QString problems(const QJsonObject& terminal)
{
    QStringList codes;
    for (const QJsonValue& p : terminal.value(QStringLiteral("problems")).toArray()) {
        const QJsonObject problem = p.toObject();
        const QString subject = problem.value(QStringLiteral("subject")).toString();
        codes << problem.value(QStringLiteral("code")).toString() +
                     (subject.isEmpty() ? QString() : QStringLiteral("(%1)").arg(subject));
    }
    return codes.isEmpty() ? FleetText::fine() : codes.join(QLatin1Char(','));
}

} // namespace

int runFleet(CommandContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("manager"), QStringLiteral("name"));
    parser.addOption(user);
    if (!parser.parse(context.arguments()))
        return context.usageError(parser.errorText());
    const QString what = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 || (what != u"list" && what != u"outdated") ||
        parser.value(user).isEmpty())
        return context.usageError(FleetText::usage());
    const Settings settings = Settings::standard();
    PlatformConfig config;
    config.baseUrl = QUrl(settings.value(keys::platformUrl).toString());
    config.terminalId = settings.value(keys::terminalId).toString();
    config.terminalSecret = settings.value(keys::terminalSecret).toString();
    config.mode = terminalModeFromKey(settings.value(keys::mode).toString()).value_or(TerminalMode::Kiosk);
    config.pinnedCertificateSha256 = settings.value(keys::platformPin).toString().toLatin1();
    config.timeoutMs = 10000;
    if (!config.baseUrl.isValid() || config.baseUrl.isEmpty() || config.terminalId.isEmpty())
        return context.usageError(FleetText::noTerminal());
    PlatformClient client(config);
    const QString password = QTextStream(stdin).readLine();
    const PlatformResult login =
        call(client, "POST", QStringLiteral("/api/v1/staff/login"),
             {{QStringLiteral("username"), parser.value(user)}, {QStringLiteral("password"), password}});
    if (!login.ok()) {
        context.printError(login.message());
        return Negative;
    }
    client.setStaffSession(login.body.value(QStringLiteral("staffSession")).toString());
    const PlatformResult fleet = call(client, "GET", QStringLiteral("/api/v1/staff/fleet"));
    call(client, "POST", QStringLiteral("/api/v1/staff/logout"));
    if (!fleet.ok()) {
        context.printError(fleet.message());
        return Negative;
    }
    const QString minimum = fleet.body.value(QStringLiteral("minimumTerminalVersion")).toString();
    QJsonArray shown;
    bool negative = false;
    for (const QJsonValue& v : fleet.body.value(QStringLiteral("terminals")).toArray()) {
        const QJsonObject t = v.toObject();
        const bool outdated = t.value(QStringLiteral("needsUpdate")).toBool();
        bool alert = false;
        for (const QJsonValue& p : t.value(QStringLiteral("problems")).toArray())
            alert |= p.toObject().value(QStringLiteral("alert")).toBool();
        if (what == u"outdated" && !outdated)
            continue;
        negative |= what == u"outdated" ? outdated : alert;
        shown.append(t);
        if (context.json())
            continue;
        const QString id = t.value(QStringLiteral("id")).toString();
        const QString mode = t.value(QStringLiteral("mode")).toString();
        if (!t.value(QStringLiteral("reported")).toBool()) {
            context.print(QStringList{id, mode, QStringLiteral("-"), FleetText::never()}.join(u'\t'));
            continue;
        }
        const QString seen = QDateTime::fromMSecsSinceEpoch(t.value(QStringLiteral("lastSeenAt")).toInteger())
                                 .toString(Qt::ISODate);
        const QString version = t.value(QStringLiteral("version")).toString();
        context.print(
            QStringList{id, mode, version, seen,
                        what == u"outdated" ? FleetText::needsUpdate(version, minimum) : problems(t)}
                .join(u'\t'));
    }
    if (context.json())
        context.printJson(
            QJsonObject{{QStringLiteral("minimumTerminalVersion"), minimum},
                        {QStringLiteral("apiVersion"), fleet.body.value(QStringLiteral("apiVersion"))},
                        {QStringLiteral("terminals"), shown}});
    return negative ? Negative : Ok;
}

} // namespace ssc::ctl
